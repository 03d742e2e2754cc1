import type { DocumentRenderer } from "../output/document-renderer";
import { inProcessDocumentRenderer } from "../output/document-renderer";
import { askWorker } from "./ask-worker";
import { workerScriptPath } from "./worker-protocol";

/**
 * A document renderer on a worker thread started for the render and ended after it: the main
 * thread stays free while a long render runs, so an interruption (Ctrl-C, SIGTERM) is handled at
 * once and the process exits, ending the worker wherever it is. A bug in the worker is thrown
 * here as an `Error` with its message.
 *
 * @example
 * const render = workerDocumentRenderer(workerScriptPath()!);
 * (await render({ kind: "contract", contract, lang: "fr" }, "CLS-23-2024-001", { formats: ["pdf"] })).ok //=> true
 */
export function workerDocumentRenderer(workerPath: string): DocumentRenderer {
  return async (source, baseName, options) => (await askWorker(workerPath, { id: 0, kind: "render", source, baseName, options }, "render")).result;
}

/**
 * The renderer the commands use by default: a worker thread once the package is built, in this
 * thread when running from the sources.
 *
 * @example
 * const render = defaultDocumentRenderer();
 */
export function defaultDocumentRenderer(): DocumentRenderer {
  const path = workerScriptPath();
  return path !== undefined ? workerDocumentRenderer(path) : inProcessDocumentRenderer;
}
