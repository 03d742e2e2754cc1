import type { Issue } from "@pacte/issues";
import { composeDocument, type DocumentSource } from "./document-source";
import type { RenderedFile, RenderFilesOptions } from "./render-files";

/**
 * What rendering a document gave: the files, or the issues that stop it (a character no font
 * draws…). A bug is thrown, not returned.
 *
 * @example
 * const r: DocumentRenderResult = { ok: true, files };
 */
export type DocumentRenderResult = { readonly ok: true; readonly files: readonly RenderedFile[] } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Composes one document and renders it into files: in this thread, or on a worker thread that
 * an interruption can stop at once however long the work (the command's default once built).
 *
 * @example
 * const r = await renderer({ kind: "contract", contract, lang: "fr" }, "CLS-23-2024-001", { formats: ["pdf"] });
 */
export type DocumentRenderer = (source: DocumentSource, baseName: string, options: RenderFilesOptions) => Promise<DocumentRenderResult>;

/**
 * A {@link DocumentRenderer} in this thread; it loads the renderers on first use.
 *
 * @example
 * (await inProcessDocumentRenderer({ kind: "document", document }, "a", { formats: ["docx"] })).ok //=> true
 */
export const inProcessDocumentRenderer: DocumentRenderer = async (source, baseName, options) => {
  const { renderDocumentFiles, renderErrorIssues } = await import("./render-files");
  try {
    return { ok: true, files: await renderDocumentFiles(await composeDocument(source), baseName, options) };
  } catch (e) {
    const issues = renderErrorIssues(e);
    if (issues === undefined) throw e;
    return { ok: false, issues };
  }
};
