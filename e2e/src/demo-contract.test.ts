// The demo contract (examples/contrat-departement/contrat.yaml, what `npm run demo` renders) as an
// accessible PDF: « Tagged: yes », pdfinfo -struct-text reads the text in the order pdftotext
// reads it (artifacts aside), and the structure checker's verdict.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { contractToDocument, validateContract } from "@pacte/contract";
import { renderPdf } from "@pacte/pdf";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkAccessiblePdf, failureLines, HAS_POPPLER, type AccessiblePdfCheck } from "./tagged-pdf";

const DEMO = fileURLToPath(new URL("../../examples/contrat-departement/contrat.yaml", import.meta.url));

describe("the demo contract's PDF", () => {
  let checked: AccessiblePdfCheck;
  beforeAll(async () => {
    const result = validateContract(parse(readFileSync(DEMO, "utf8")));
    if (!result.success) throw new Error(`the demo contract is invalid: ${result.issues.map((i) => i.message).join("; ")}`);
    checked = await checkAccessiblePdf(await renderPdf(contractToDocument(result.data)));
  }, 240_000);

  it.skipIf(!HAS_POPPLER)("is « Tagged: yes », and pdfinfo -struct-text gives the text in the order pdftotext gives it, artifacts aside", () => {
    expect(checked.poppler).toEqual([]);
    expect(checked.report.pageTexts.length).toBeGreaterThan(10);
  });

  it("holds the headings, tables, table of contents and signature fields in its structure tree", () => {
    const all = (role: string) => {
      const out: string[] = [];
      const walk = (e: NonNullable<typeof checked.report.root>): void => {
        if (e.role === role) out.push(e.text);
        e.children.forEach(walk);
      };
      if (checked.report.root) walk(checked.report.root);
      return out;
    };
    expect(all("H1").length).toBeGreaterThan(10);
    expect(all("Table").length).toBeGreaterThan(10);
    expect(all("TOCI").length).toBeGreaterThan(10);
    expect(all("Form")).toHaveLength(2);
  });

  it("passes the structure checker, the fiche-action tables' labels heading their rows (TH, Scope Row)", () => {
    expect(failureLines(checked.report.failures)).toEqual([]);
  });
});
