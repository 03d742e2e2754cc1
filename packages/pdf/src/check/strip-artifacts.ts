import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from "../internal/pdf-lib";
import { contentOperators } from "./content-operators";

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * The same PDF with every artifact taken out of its pages' content — each `/Artifact … BDC` (or
 * `BMC`) sequence, with what it draws, up to its `EMC` — so that a text extraction tool
 * (`pdftotext`) reads only the tagged content, which can then be compared with the text of the
 * structure tree (`pdfinfo -struct-text`). Nothing else changes; for tests and tools, not for
 * publishing.
 *
 * @example
 * const bare = await stripArtifacts(await renderPdf(doc)); // no page header, footer, leader, border…
 */
export async function stripArtifacts(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const page of pdf.getPages()) {
    const contents = page.node.lookup(PDFName.of("Contents"));
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    const parts: Uint8Array[] = [];
    for (const stream of streams) {
      if (stream instanceof PDFRawStream) parts.push(decodePDFRawStream(stream).decode(), Uint8Array.of(0x0a));
      else if (stream instanceof PDFStream) parts.push(stream.getContents(), Uint8Array.of(0x0a));
    }
    const content = concat(parts);
    const kept: Uint8Array[] = [];
    let depth = 0;
    let artifactDepth = -1;
    let from = 0;
    for (const op of contentOperators(content)) {
      if (op.operator === "BMC" || op.operator === "BDC") {
        if (artifactDepth < 0 && op.operands[0]?.kind === "name" && op.operands[0].value === "Artifact") {
          kept.push(content.subarray(from, op.start));
          artifactDepth = depth;
        }
        depth++;
      } else if (op.operator === "EMC") {
        depth--;
        if (depth === artifactDepth) {
          artifactDepth = -1;
          from = op.end;
        }
      }
    }
    if (artifactDepth < 0) kept.push(content.subarray(from));
    page.node.set(PDFName.of("Contents"), pdf.context.register(pdf.context.flateStream(concat(kept))));
  }
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}
