import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { md5, toHex } from "../internal/hash";
import { fontkit, PDFArray, PDFDocument, PDFHexString } from "../internal/pdf-lib";
import { needs, qpdfCheck, runOnPdf, tools } from "../../test/pdf-object-tools";
import { EncryptedOutputError, PdfObjectError } from "./errors";
import { addExternalLink, addInternalLink } from "./links";
import { addOutline } from "./outline";
import { applyMetadata, applyPdfA } from "./pdfa";
import { saveDeterministic } from "./save";
import { addSignatureField } from "./signature-field";

const require = createRequire(import.meta.url);
const fontBytes = new Uint8Array(readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")));

const NNBSP = "\u202F";
const NBSP = "\u00A0";
const LINES = [
  `«${NNBSP}Contrat local des solidarités${NNBSP}» – l’État s’engage${NNBSP};`,
  `Montant${NBSP}: 1${NNBSP}234${NNBSP}567,89${NBSP}€ — cœur, Œuvre, Łódź…`,
];

/** The whole PDF-object layer on a small document: text, outline, links, signature, metadata. */
async function sampleDocument(options: { title?: string; pdfa?: boolean } = {}): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fontBytes, { subset: true, customName: "PACTEA+DejaVuSans" });
  for (let p = 0; p < 3; p++) {
    const page = pdf.addPage([595.28, 841.89]);
    LINES.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 16, size: 11, font }));
  }
  addOutline(pdf, [
    { title: "Préambule", level: 1, pageIndex: 0, top: 800 },
    { title: "Article 1", level: 2, pageIndex: 1, top: 800 },
  ]);
  addInternalLink(pdf, pdf.getPage(0), { x: 56, y: 700, width: 200, height: 14 }, { pageIndex: 2, top: 800 });
  addExternalLink(pdf, pdf.getPage(0), { x: 56, y: 680, width: 200, height: 14 }, "https://www.legifrance.gouv.fr/");
  addSignatureField(pdf, pdf.getPage(2), { x: 56, y: 120, width: 220, height: 90 }, "signature-etat");
  const meta = {
    title: options.title ?? "Contrat local des solidarités",
    authors: ["Préfecture"],
    producer: "@pacte/pdf 0.1.0",
    language: "fr-FR",
    createdAt: "2024-03-12T10:00:00Z",
  };
  if (options.pdfa ?? true) applyPdfA(pdf, meta);
  else applyMetadata(pdf, meta);
  return pdf;
}

function trailerId(pdf: PDFDocument): string[] {
  const id = pdf.context.lookup(pdf.context.trailerInfo.ID, PDFArray);
  return id.asArray().map((h) => (h as PDFHexString).asString());
}

describe("saveDeterministic", () => {
  it("gives byte-identical output for identical input, and another ID for other content", async () => {
    const a = await saveDeterministic(await sampleDocument(), { pdfa: true });
    const b = await saveDeterministic(await sampleDocument(), { pdfa: true });
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await saveDeterministic(await sampleDocument({ title: "Contrat local des solidarités (bis)" }), { pdfa: true });
    const idA = trailerId(await PDFDocument.load(a, { updateMetadata: false }));
    const idC = trailerId(await PDFDocument.load(c, { updateMetadata: false }));
    expect(idC[0]).not.toBe(idA[0]);
  });

  it("writes a trailer /ID of two equal MD5s of the file saved with the placeholder", async () => {
    const bytes = await saveDeterministic(await sampleDocument(), { pdfa: true });
    const id = trailerId(await PDFDocument.load(bytes, { updateMetadata: false }));
    expect(id).toHaveLength(2);
    expect(id[0]).toMatch(/^[0-9A-F]{32}$/);
    expect(id[1]).toBe(id[0]);
    const text = Buffer.from(bytes).toString("latin1");
    const placeholder = "4070616374652F7064663A49442E2E2E";
    const restored = new Uint8Array(Buffer.from(text.split(id[0]!).join(placeholder), "latin1"));
    expect(text.split(id[0]!)).toHaveLength(3);
    expect(toHex(md5(restored)).toUpperCase()).toBe(id[0]);
  });

  it("starts with a PDF 1.7 header and a binary comment line (PDF/A §6.1.2)", async () => {
    const bytes = await saveDeterministic(await sampleDocument(), { pdfa: true });
    expect(Buffer.from(bytes.subarray(0, 10)).toString("latin1")).toBe("%PDF-1.7\n%");
    expect([...bytes.subarray(10, 14)].every((b) => b >= 128)).toBe(true);
  });

  it("refuses to write an encrypted document", async () => {
    const pdf = await sampleDocument({ pdfa: false });
    pdf.encrypt({ userPassword: "secret", ownerPassword: "owner" });
    await expect(saveDeterministic(pdf, { pdfa: false })).rejects.toThrow(EncryptedOutputError);
  });

  it("refuses pdfa: true when applyPdfA was not called", async () => {
    const pdf = await sampleDocument({ pdfa: false });
    await expect(saveDeterministic(pdf, { pdfa: true })).rejects.toThrow(PdfObjectError);
    await expect(saveDeterministic(await sampleDocument({ pdfa: false }), { pdfa: false })).resolves.toBeInstanceOf(Uint8Array);
  });

  it.skipIf(!tools.qpdf)(needs("qpdf", "passes qpdf --check with no warning, with or without PDF/A"), async () => {
    for (const pdfa of [true, false]) {
      const check = qpdfCheck(await saveDeterministic(await sampleDocument({ pdfa }), { pdfa }));
      expect(check.stderr).toBe("");
      expect(check.stdout).not.toMatch(/warning|error:/i);
      expect(check.stdout).toContain("No syntax or stream encoding errors found");
      expect(check.code).toBe(0);
    }
  });

  it.skipIf(!tools.pdfinfo || !tools.pdffonts || !tools.pdftotext)(
    needs("pdfinfo", "is read by poppler: metadata, no encryption, XMP, fonts embedded, text back"),
    async () => {
      const bytes = await saveDeterministic(await sampleDocument(), { pdfa: true });
      const info = runOnPdf("pdfinfo", ["{}"], bytes).stdout;
      expect(info).toMatch(/^Title:\s+Contrat local des solidarités$/m);
      expect(info).toMatch(/^Producer:\s+@pacte\/pdf 0\.1\.0$/m);
      expect(info).toMatch(/^Encrypted:\s+no$/m);
      expect(info).toMatch(/^Pages:\s+3$/m);
      expect(info).toMatch(/^PDF version:\s+1\.7$/m);
      expect(runOnPdf("pdfinfo", ["-meta", "{}"], bytes).stdout).toContain("<pdfaid:part>2</pdfaid:part>");
      const fonts = runOnPdf("pdffonts", ["{}"], bytes).stdout.trim().split("\n").slice(2);
      expect(fonts).toHaveLength(1);
      expect(fonts[0]).toMatch(/^PACTEA\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      const text = runOnPdf("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", "{}", "-"], bytes).stdout;
      // poppler prints U+00A0 and U+202F as plain spaces.
      const fold = (s: string) => s.replace(/[\u00A0\u202F]/g, " ");
      for (const line of LINES) expect(text).toContain(fold(line));
    },
  );
});
