// End to end, where the renderers may be imported (@pacte/contract depends on neither): a
// sample contract of each shipped profile composes into a document that both renderers render,
// and the text read back by real tools holds every action title and every yearly total.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contractToDocument, contractTotals, parseContract, type Contract } from "@pacte/contract";
import { bordeauxInput, calpaeInput, creuseInput } from "@pacte/contract/samples";
import { formatEuros } from "@pacte/document";
import { renderDocx } from "@pacte/docx";
import { renderPdf } from "@pacte/pdf";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";

const creuseContract = (): Contract => parseContract(creuseInput());
const bordeauxContract = (): Contract => parseContract(bordeauxInput());
const calpaeContract = (): Contract => parseContract(calpaeInput());

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const POPPLER = has("pdftotext");
const SOFFICE = has("soffice");
const work = mkdtempSync(join(tmpdir(), "pacte-contract-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Folds every kind of space and line break into one plain space, and typographic apostrophes into one. */
const fold = (s: string) => s.replace(/[\s\u00A0\u202F\u2009]+/g, " ").replace(/[’']/g, "'").trim();

/** What must come back: every action title, and every yearly total (State, collectivity, all parties). */
function expectedTexts(contract: Contract): string[] {
  const totals = contractTotals(contract);
  const amounts = totals.byYear.flatMap((y) => [y.amounts.state, y.amounts.collectivite, y.amounts.total]);
  return [...contract.actions.map((a) => a.title), ...amounts.map((c) => formatEuros(c))].map(fold);
}

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  return fold(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 << 20 }).toString("utf8"));
}

function docxXmlText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
  // Paragraph and cell ends become spaces; runs join; entities decoded.
  const text = xml
    .replace(/<\/w:p>|<w:tab\/>|<w:br\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  return fold(text);
}

const cases = [
  ["département (Creuse, 12 actions, axes 1, 3, 4)", "creuse", creuseContract],
  ["métropole (Bordeaux, four axes)", "bordeaux", bordeauxContract],
  ["CALPAE 2019 (Pyrénées-Orientales, socle and initiatives)", "calpae", calpaeContract],
] as const;

describe.each(cases)("the %s contract", (_label, name, make) => {
  const contract = make();
  const document = contractToDocument(contract);
  const expected = expectedTexts(contract);

  it("has the actions and totals the test looks for", () => {
    expect(contract.actions.length).toBeGreaterThanOrEqual(name === "creuse" ? 12 : 4);
    if (name === "calpae") {
      // A CALPAE is older than the Pacte: socle and initiatives locales, no axis.
      expect(contract.actions.every((a) => a.axis === undefined)).toBe(true);
      expect(new Set(contract.actions.map((a) => a.part))).toEqual(new Set(["socle", "initiative"]));
    } else {
      expect(new Set(contract.actions.map((a) => a.axis)).size).toBe(name === "creuse" ? 3 : 4);
    }
  });

  it.skipIf(!POPPLER)("reads as a juriste would sign it: no zero commitment, one « Fait à », no Pacte in a CALPAE", async () => {
    const text = pdfText(await renderPdf(document), `${name}-juriste`);
    // A thousands group has three digits: a « 0,00 € » not glued to a digit is an amount of zero.
    expect(text).not.toMatch(/(?<!\d)0,00 €/u);
    expect(text).not.toContain("zéro euro");
    expect(text.match(/Fait à /gu)).toHaveLength(1);
    if (name === "calpae") {
      expect(text).not.toContain("Pacte des solidarités");
      expect(text).toContain("fixées par avenant");
    }
  }, 120_000);

  // Generous timeouts: renders share the machine with the other packages' tests.
  it.skipIf(!POPPLER)("renders to a PDF whose text holds every action title and yearly total", async () => {
    const text = pdfText(await renderPdf(document), name);
    for (const t of expected) expect(text, t).toContain(t);
  }, 120_000);

  it("renders to a DOCX whose text holds every action title and yearly total", async () => {
    const text = docxXmlText(await renderDocx(document));
    for (const t of expected) expect(text, t).toContain(t);
  }, 120_000);
});

describe("a draft (« projet »)", () => {
  const draft = contractToDocument(creuseContract(), { draft: true, draftDate: "2024-05-03" });

  it.skipIf(!POPPLER)("shows « PROJET » on every page of the PDF, and the draft date", async () => {
    const file = join(work, "draft.pdf");
    writeFileSync(file, await renderPdf(draft));
    const pages = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 << 20 }).toString("utf8").split("\f").filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThan(5);
    for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain("PROJET");
    expect(fold(pages[1] ?? "")).toContain("Projet du 3 mai 2024");
  }, 120_000);

  it("puts « PROJET » in the DOCX header of every page, the first included", async () => {
    const files = unzipSync(await renderDocx(draft));
    const headers = Object.keys(files).filter((n) => /^word\/header\d*\.xml$/u.test(n));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(strFromU8(files[h]!), h).toContain("PROJET");
    // The default header serves every page: no distinct first page without it.
    const sections = strFromU8(files["word/document.xml"]!).match(/<w:sectPr>.*?<\/w:sectPr>/gsu) ?? [];
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section).toContain('<w:headerReference w:type="default"');
      expect(section.includes('<w:titlePg w:val="false"/>') || section.includes('w:type="first"')).toBe(true);
    }
  }, 120_000);
});

describe("the département contract in LibreOffice", () => {
  it.skipIf(!SOFFICE || !POPPLER)("opens, converts to PDF, and reads back every action title and yearly total", async () => {
    const contract = creuseContract();
    const file = join(work, "creuse.docx");
    writeFileSync(file, await renderDocx(contractToDocument(contract)));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", join(work, "lo"), file], { timeout: 180_000, stdio: "ignore" });
    const text = pdfText(readFileSync(join(work, "lo", "creuse.pdf")), "creuse-lo");
    for (const t of expectedTexts(contract)) expect(text, t).toContain(t);
  }, 240_000);
});
