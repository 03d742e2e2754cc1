import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "@pacte/issues";
import type { LoadedContract } from "../input/check-file-text";
import type { DocumentRenderResult } from "../output/document-renderer";
import type { DocumentSource } from "../output/document-source";
import type { RenderFilesOptions } from "../output/render-files";
import type { BatchJob, BatchJobResult } from "./batch-job";

/**
 * What the main thread asks a worker thread: a whole batch job (read, check, compose, render),
 * the composition and render of one document from checked data (`pacte render`, `pacte amend`),
 * or the check of a large input's text (every command that reads a contract).
 *
 * @example
 * worker.postMessage({ id: 3, kind: "job", job } satisfies WorkerRequest);
 */
export type WorkerRequest =
  | { readonly id: number; readonly kind: "job"; readonly job: BatchJob }
  | { readonly id: number; readonly kind: "render"; readonly source: DocumentSource; readonly baseName: string; readonly options: RenderFilesOptions }
  | { readonly id: number; readonly kind: "check"; readonly text: string; readonly fileName: string; readonly lang: Lang; readonly maxSize?: number | undefined };

/**
 * A worker's answer to a {@link WorkerRequest}, with the same `id`: the job's result, the
 * render's result, the check's result, or a bug's message.
 *
 * @example
 * parentPort.postMessage({ id: 3, kind: "job", result } satisfies WorkerResponse);
 */
export type WorkerResponse =
  | { readonly id: number; readonly kind: "job"; readonly result: BatchJobResult }
  | { readonly id: number; readonly kind: "render"; readonly result: DocumentRenderResult }
  | { readonly id: number; readonly kind: "check"; readonly result: LoadedContract }
  | { readonly id: number; readonly kind: "bug"; readonly message: string };

/**
 * The buffers of rendered files, to move them to the other thread instead of copying them.
 *
 * @example
 * parentPort.postMessage(response, transferables(files));
 */
export function transferables(files: readonly { readonly bytes: Uint8Array }[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const f of files) {
    const b = f.bytes.buffer;
    // A view on part of a shared buffer (or a SharedArrayBuffer) is copied, not moved.
    if (b instanceof ArrayBuffer && f.bytes.byteOffset === 0 && f.bytes.byteLength === b.byteLength) out.add(b);
  }
  return [...out];
}

/**
 * The path of the worker script beside this module once built, or `undefined` when it is not
 * there (running from the sources, as the tests do). The library's is `dist/batch-worker.js`,
 * which imports the pacte packages from node_modules; the `pacte` executable's is
 * `dist/bin/batch-worker.js`, with them bundled in.
 *
 * @example
 * workerScriptPath() //=> "/…/node_modules/@pacte/cli/dist/batch-worker.js"
 */
export function workerScriptPath(): string | undefined {
  const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
  const path = join(here, "batch-worker.js");
  return existsSync(path) ? path : undefined;
}
