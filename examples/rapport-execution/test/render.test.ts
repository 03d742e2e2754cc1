// The report rendered in-process, as a service would: the same input gives the same bytes in
// both formats, run after run; the PDF is PDF/A-2a and qpdf finds nothing wrong in it; LibreOffice
// opens the DOCX and finds the balance in it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseContract, parseContractText } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { renderDocx } from "@pacte/docx";
import { executionReportToDocument, validateExecution } from "@pacte/execution";
import { renderPdf } from "@pacte/pdf";
import { afterAll, describe, expect, it } from "vitest";

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const work = mkdtempSync(join(tmpdir(), "pacte-rapport-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const contract = parseContract(creuseInput());
const text = parseContractText(readFileSync(new URL("../rapport-2024.yaml", import.meta.url), "utf8"), { format: "yaml" });
if (!text.success) throw new Error("rapport-2024.yaml should be readable");
const checked = validateExecution(text.data, contract);

describe("the Creuse's 2024 report, rendered", () => {
  it("validates against the demo contract, without a warning", () => {
    expect(checked.success && checked.warnings).toEqual([]);
  });

  it("gives byte-identical PDF and DOCX, run after run; the PDF is PDF/A-2a and reads cleanly", async () => {
    if (!checked.success) throw new Error("invalid report");
    const [pdf1, pdf2] = [await renderPdf(executionReportToDocument(checked.data, contract)), await renderPdf(executionReportToDocument(checked.data, contract))];
    const [docx1, docx2] = [await renderDocx(executionReportToDocument(checked.data, contract)), await renderDocx(executionReportToDocument(checked.data, contract))];
    expect(Buffer.compare(pdf1, pdf2)).toBe(0);
    expect(Buffer.compare(docx1, docx2)).toBe(0);
    expect(Buffer.from(pdf1).toString("latin1")).toMatch(/pdfaid:part>2<|pdfaid:part="2"/);
    expect(Buffer.from(pdf1).toString("latin1")).toMatch(/pdfaid:conformance>A<|pdfaid:conformance="A"/);
    writeFileSync(join(work, "rapport.pdf"), pdf1);
    writeFileSync(join(work, "rapport.docx"), docx1);
    if (has("qpdf")) expect(spawnSync("qpdf", ["--check", join(work, "rapport.pdf")]).status).toBe(0);
  }, 120_000);

  it.skipIf(!has("soffice") || !has("pdftotext"))("opens in LibreOffice, which finds the balance in the DOCX", () => {
    const docx = join(work, "rapport.docx");
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "lo")}`, "--headless", "--convert-to", "pdf", "--outdir", join(work, "lo-out"), docx], { stdio: "ignore", timeout: 110_000 });
    const converted = execFileSync("pdftotext", ["-enc", "UTF-8", join(work, "lo-out", "rapport.pdf"), "-"], { encoding: "utf8" }).replace(/[\s\u00A0\u202F]+/g, " ");
    expect(converted).toContain("Solde à verser 36 871,25 €");
    expect(converted).toContain("de verser à la collectivité le solde de 36 871,25 € au titre de 2024.");
  }, 120_000);
});
