import { readableText } from "../test-support/readable-text";
import { describe, expect, it } from "vitest";
import { createAmendment } from "../amend/amendment";
import { calpaeContract, creuseContract, creuseInput } from "../test-support/fixtures";
import { amendmentToDocument } from "./amendment-to-document";
import { contractToDocument } from "./contract-to-document";
import { DRAFT_MARK, draftMarks } from "./draft-marks";

describe("draftMarks", () => {
  it("puts « PROJET » at the top of every page, the first included, and the draft date before the footer", () => {
    const marks = draftMarks({ draft: true, draftDate: "2024-05-03" }, { left: [{ type: "text", text: "CLS no 1" }] });
    expect(marks?.header).toEqual({ center: [{ type: "text", text: DRAFT_MARK, bold: true }], firstPage: true });
    expect(marks?.footer.left).toEqual([{ type: "text", text: "Projet du 3 mai 2024 – " }, { type: "text", text: "CLS no 1" }]);
    expect(marks?.footer.firstPage).toBe(true);
  });

  it("says « Projet » without a date when none is given (no clock), and nothing when no draft is asked", () => {
    expect(draftMarks({ draft: true }, undefined)?.footer.left).toEqual([{ type: "text", text: "Projet" }]);
    expect(draftMarks({}, undefined)).toBeUndefined();
    expect(draftMarks({ draft: false, draftDate: "2024-05-03" }, undefined)).toBeUndefined();
  });
});

describe("a draft composition", () => {
  it.each([
    ["a CLS", creuseContract],
    ["a CALPAE", calpaeContract],
  ])("marks %s « PROJET » on every page and dates it with the draft date", (_, make) => {
    const doc = contractToDocument(make(), { draft: true, draftDate: "2024-05-03" });
    expect(doc.header?.center).toEqual([{ type: "text", text: "PROJET", bold: true }]);
    expect(doc.header?.firstPage).toBe(true);
    expect(doc.meta.createdAt).toBe("2024-05-03");
    expect(doc.footer?.left?.[0]).toEqual({ type: "text", text: "Projet du 3\u00A0mai\u00A02024 – " });
  });

  it("leaves a final composition without a mark", () => {
    const doc = contractToDocument(creuseContract());
    expect(JSON.stringify(doc.header ?? {})).not.toContain(DRAFT_MARK);
    expect(readableText(doc).join("\n")).not.toContain("Projet du");
  });

  it("marks an avenant too", () => {
    const revised = creuseInput();
    revised.actions[0]!.title = "Accueil des jeunes enfants des familles pauvres";
    const r = createAmendment(creuseInput(), revised, { number: 1, date: "2025-03-14", reasons: ["Intitulé"] });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const doc = amendmentToDocument(r.data, { draft: true });
    expect(doc.header?.center).toEqual([{ type: "text", text: "PROJET", bold: true }]);
  });
});
