import type { Issue, Lang } from "@pacte/issues";
import { CliIoError } from "../cli-error";
import type { CliFileSystem } from "../file-system";
import { checkFileText } from "../input/check-file-text";
import { readInputFile } from "../input/read-input";
import type { OutputFormat } from "../output/output-format";
import { outputBaseName } from "../output/output-name";
import type { RenderedFile } from "../output/render-files";

/**
 * One contract of a batch: the input file (absolute, and as shown), the formats, PDF/A, the size
 * limit and the language of the messages. Plain data, so it crosses to a worker thread.
 *
 * @example
 * const job: BatchJob = { file: "/srv/in/23.yaml", shown: "in/23.yaml", formats: ["pdf", "docx"], pdfa: true, maxSize: 5242880, lang: "fr" };
 */
export interface BatchJob {
  readonly file: string;
  readonly shown: string;
  readonly formats: readonly OutputFormat[];
  readonly pdfa: boolean;
  readonly maxSize: number;
  readonly lang: Lang;
}

/**
 * What became of a batch job: `ok` with the rendered files (not yet written), `invalid` with
 * the contract's issues (or the renderer's, when the document cannot be produced), or `error`
 * (unreadable file, a bug) with a one-line message; and how long it took in milliseconds.
 *
 * @example
 * const r: BatchJobResult = { shown: "in/23.yaml", status: "invalid", files: [], issues, ms: 41 };
 */
export interface BatchJobResult {
  readonly shown: string;
  readonly status: "ok" | "invalid" | "error";
  readonly files: readonly RenderedFile[];
  readonly issues: readonly Issue[];
  readonly message?: string | undefined;
  readonly ms: number;
}

/**
 * Reads, checks, composes and renders one contract of a batch — everything but writing, which
 * the main thread does. Never throws: every failure becomes a result. The libraries are loaded
 * on first use.
 *
 * @example
 * (await runBatchJob(job, nodeFileSystem(), () => performance.now())).status //=> "ok"
 */
export async function runBatchJob(job: BatchJob, fs: CliFileSystem, now: () => number): Promise<BatchJobResult> {
  const start = now();
  const done = (r: Omit<BatchJobResult, "ms" | "shown">): BatchJobResult => ({ shown: job.shown, ...r, ms: now() - start });
  try {
    const read = await readInputFile(fs, job.file, { shown: job.shown, maxSize: job.maxSize, lang: job.lang });
    if (read.text === undefined) return done({ status: "invalid", files: [], issues: read.issues });
    const checked = await checkFileText(read.text, job.shown, { lang: job.lang, maxSize: job.maxSize });
    if (checked.contract === undefined) return done({ status: "invalid", files: [], issues: checked.issues });
    const { inProcessDocumentRenderer } = await import("../output/document-renderer");
    const rendered = await inProcessDocumentRenderer({ kind: "contract", contract: checked.contract, lang: job.lang }, outputBaseName(checked.contract.reference), {
      formats: job.formats,
      pdfa: job.pdfa,
      lang: job.lang,
    });
    if (!rendered.ok) return done({ status: "invalid", files: [], issues: [...rendered.issues, ...checked.issues] });
    return done({ status: "ok", files: rendered.files, issues: checked.issues });
  } catch (e) {
    if (e instanceof CliIoError) return done({ status: "error", files: [], issues: [], message: e.text(job.lang) });
    const detail = e instanceof Error ? `${e.name} : ${e.message}` : String(e);
    return done({ status: "error", files: [], issues: [], message: job.lang === "fr" ? `erreur interne (${detail})` : `internal error (${detail})` });
  }
}
