import { Worker } from "node:worker_threads";
import type { DocumentRenderer } from "../output/document-renderer";
import { inProcessDocumentRenderer } from "../output/document-renderer";
import { workerScriptPath, type WorkerRequest, type WorkerResponse } from "./worker-protocol";

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
  return (source, baseName, options) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerPath);
      let settled = false;
      const finish = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
        void worker.terminate();
      };
      worker.on("message", (m: WorkerResponse) => {
        switch (m.kind) {
          case "render":
            finish(() => resolve(m.result));
            return;
          case "bug":
            finish(() => reject(new Error(m.message)));
            return;
          case "job":
            finish(() => reject(new Error("réponse inattendue du fil de rendu")));
            return;
          default: {
            const never: never = m;
            finish(() => reject(new Error(`réponse inconnue : ${JSON.stringify(never)}`)));
          }
        }
      });
      worker.on("error", (e) => finish(() => reject(e)));
      worker.on("exit", (code) => finish(() => reject(new Error(`le fil de rendu s’est arrêté (code ${code})`))));
      worker.postMessage({ id: 0, kind: "render", source, baseName, options } satisfies WorkerRequest);
    });
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
