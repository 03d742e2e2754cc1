import { prepareDocumentOrThrow, type Document, type PreparedDocument } from "@pacte/document";
import { renderDocx } from "@pacte/docx";
import { PacteError, type Issue, type Lang } from "@pacte/issues";
import { renderPdfWithLayout } from "@pacte/pdf";
import type { OutputFormat } from "./output-format";

/**
 * A rendered file, not yet written: its name (base name and extension), bytes, and for a PDF its
 * page count.
 *
 * @example
 * const f: RenderedFile = { format: "pdf", name: "CLS-23-2024-001.pdf", bytes, pages: 31 };
 */
export interface RenderedFile {
  readonly format: OutputFormat;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly pages?: number | undefined;
}

/**
 * Options of {@link renderDocumentFiles}: the formats, PDF/A (on unless `pdfa: false`), and the
 * language of the renderers' messages.
 *
 * @example
 * const options: RenderFilesOptions = { formats: ["pdf"], pdfa: false };
 */
export interface RenderFilesOptions {
  readonly formats: readonly OutputFormat[];
  readonly pdfa?: boolean | undefined;
  readonly lang?: Lang | undefined;
}

/**
 * Renders one Document in each format asked, named `baseName.pdf` and `baseName.docx`, from one
 * preparation (`prepareDocument`) for all of them. This module loads both renderers: the command
 * reaches it only through `import()`, when it renders.
 *
 * @throws {PacteError} (from `@pacte/issues`) when the document cannot be rendered (a character
 * no font can draw…): the caller reports its issues.
 * @example
 * (await renderDocumentFiles(doc, "CLS-23-2024-001", { formats: ["pdf", "docx"] })).map((f) => f.name)
 * //=> ["CLS-23-2024-001.pdf", "CLS-23-2024-001.docx"]
 */
export async function renderDocumentFiles(document: Document, baseName: string, options: RenderFilesOptions): Promise<RenderedFile[]> {
  const lang = options.lang ?? "fr";
  // Validated, typeset and decided once for every format (each renderer would prepare it again).
  const source: Document | PreparedDocument = options.formats.length > 1 ? prepareDocumentOrThrow(document, { lang }) : document;
  const out: RenderedFile[] = [];
  for (const format of options.formats) {
    switch (format) {
      case "pdf": {
        const r = await renderPdfWithLayout(source, { pdfa: options.pdfa !== false, lang });
        out.push({ format, name: `${baseName}.pdf`, bytes: r.bytes, pages: r.layout.pages.length });
        break;
      }
      case "docx":
        out.push({ format, name: `${baseName}.docx`, bytes: await renderDocx(source, { lang }) });
        break;
      default:
        return assertNever(format);
    }
  }
  return out;
}

function assertNever(x: never): never {
  throw new Error(`format inattendu : ${String(x)}`);
}

/**
 * The issues a renderer's {@link PacteError} carries, or `undefined` for any other error — a
 * bug, not the document's fault.
 *
 * @example
 * renderErrorIssues(new PacteError([issue]))?.length //=> 1
 * renderErrorIssues(new TypeError("x")) //=> undefined
 */
export function renderErrorIssues(error: unknown): readonly Issue[] | undefined {
  return PacteError.is(error) && error.issues.length > 0 ? error.issues : undefined;
}
