import { Worker } from "node:worker_threads";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

/**
 * Starts a worker thread from `workerPath`, sends it one request, and resolves with its answer of
 * kind `kind`; the worker is ended as soon as it has answered. The main thread stays free while
 * the worker works, so an interruption (Ctrl-C, SIGTERM) is handled at once and the process exits,
 * ending the worker wherever it is. A bug reported by the worker, an answer of another kind, or a
 * worker that stops without answering is thrown as an `Error` with its message.
 *
 * @example
 * const answer = await askWorker(workerScriptPath()!, { id: 0, kind: "check", text, fileName: "a.yaml", lang: "fr" }, "check");
 * answer.result.issues //=> []
 */
export function askWorker<K extends WorkerResponse["kind"]>(workerPath: string, request: WorkerRequest, kind: K): Promise<Extract<WorkerResponse, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath);
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on("message", (m: WorkerResponse) => {
      if (m.kind === kind) finish(() => resolve(m as Extract<WorkerResponse, { kind: K }>));
      else if (m.kind === "bug") finish(() => reject(new Error(m.message)));
      else finish(() => reject(new Error(`réponse inattendue du fil de travail : ${m.kind} au lieu de ${kind}`)));
    });
    worker.on("error", (e) => finish(() => reject(e)));
    worker.on("exit", (code) => finish(() => reject(new Error(`le fil de travail s’est arrêté (code ${code})`))));
    worker.postMessage(request);
  });
}
