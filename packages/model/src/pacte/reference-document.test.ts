import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeParseWith } from "../validate";
import {
  KNOWN_REFERENCE_DOCUMENT_PART_IDS,
  REFERENCE_DOCUMENT_PARTS,
  ReferenceDocumentPartIdSchema,
  ReferenceDocumentPartSchema,
  ReferenceDocumentSchema,
} from "./reference-document";

describe("REFERENCE_DOCUMENT_PARTS", () => {
  it("validates against ReferenceDocumentPartSchema", () => {
    expect(z.array(ReferenceDocumentPartSchema).parse(REFERENCE_DOCUMENT_PARTS)).toEqual(REFERENCE_DOCUMENT_PARTS);
  });

  it("holds the three parts in order: objectives, roadmaps, contractual framework", () => {
    expect(REFERENCE_DOCUMENT_PARTS.map((p) => [p.order, p.id])).toEqual([
      [1, "objectifs-orientations"],
      [2, "feuilles-de-route"],
      [3, "cadre-contractuel"],
    ]);
    expect(REFERENCE_DOCUMENT_PARTS.map((p) => p.id)).toEqual(KNOWN_REFERENCE_DOCUMENT_PART_IDS);
    expect(REFERENCE_DOCUMENT_PARTS[1]?.title).toContain("Feuilles de route");
    expect(REFERENCE_DOCUMENT_PARTS[2]?.title).toContain("contractuel");
  });

  it.each([{ order: 0 }, { order: 1.5 }, { id: "Annexes" }, { id: "" }, { title: "" }])("rejects a part with %j", (patch) => {
    expect(ReferenceDocumentPartSchema.safeParse({ ...REFERENCE_DOCUMENT_PARTS[0], ...patch }).success).toBe(false);
  });
});

describe("the reference document has at least three parts: its list is open", () => {
  it("accepts a part id the sources do not name", () => {
    expect(ReferenceDocumentPartIdSchema.parse("annexes")).toBe("annexes");
  });

  it("accepts a fourth part, in order", () => {
    const parts = [...REFERENCE_DOCUMENT_PARTS, { order: 4, id: "annexes", title: "Annexes" }];
    expect(ReferenceDocumentSchema.parse({ parts }).parts.map((p) => p.id)).toEqual([...KNOWN_REFERENCE_DOCUMENT_PART_IDS, "annexes"]);
  });

  it("refuses fewer than three parts", () => {
    expect(ReferenceDocumentSchema.safeParse({ parts: REFERENCE_DOCUMENT_PARTS.slice(0, 2) }).success).toBe(false);
  });

  it("reports a part out of order and a repeated id, with the part's path and a French message", () => {
    const parts = [
      REFERENCE_DOCUMENT_PARTS[0],
      { order: 3, id: "feuilles-de-route", title: "Feuilles" },
      { order: 3, id: "objectifs-orientations", title: "Doublon" },
    ];
    const r = safeParseWith(ReferenceDocumentSchema, { parts });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ["pacte.part_order", ["parts", 1, "order"]],
        ["pacte.part_duplicate", ["parts", 2, "id"]],
      ]);
      expect(r.issues[0]?.message).toContain("la partie n° 2 était attendue");
    }
  });

  it("is frozen: the shipped list cannot be changed in place", () => {
    expect(Object.isFrozen(REFERENCE_DOCUMENT_PARTS)).toBe(true);
    expect(Object.isFrozen(REFERENCE_DOCUMENT_PARTS[0])).toBe(true);
  });
});
