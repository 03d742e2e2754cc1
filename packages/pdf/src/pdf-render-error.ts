import { formatPath } from "@pacte/document";
import type { PdfIssue, PdfLang } from "./pdf-issue";

/**
 * The one error `renderPdf` throws: the document cannot be rendered as given (it fails
 * `validateDocument`, a character is in no registered font, an image cannot be decoded…).
 * It carries every issue found; its message lists them, one per line, as `path  code  message`.
 *
 * @example
 * try { await renderPdf(doc) } catch (e) {
 *   if (e instanceof PdfRenderError) e.issues[0]?.code //=> "pdf.missing_glyph"
 * }
 */
export class PdfRenderError extends Error {
  override readonly name = "PdfRenderError";
  readonly issues: readonly PdfIssue[];

  constructor(issues: readonly PdfIssue[], lang: PdfLang = "fr") {
    const lines = issues.map((i) => `${formatPath(i.path, lang)}  ${i.code}  ${i.message}`);
    const n = issues.length;
    super(
      lang === "fr"
        ? `PDF impossible à produire (${n} problème${n > 1 ? "s" : ""}) :\n${lines.join("\n")}`
        : `Cannot produce the PDF (${n} problem${n > 1 ? "s" : ""}):\n${lines.join("\n")}`,
    );
    this.issues = issues;
  }
}
