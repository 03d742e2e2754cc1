// The worker thread of `pacte batch`, `pacte render` and `pacte amend`: runs the jobs, renders
// the documents and checks the large inputs it is sent, one at a time, and moves the rendered
// bytes back to the main thread. Working here keeps the main thread free, so Ctrl-C and SIGTERM
// stop the command at once.
import { parentPort } from "node:worker_threads";
import { nodeFileSystem } from "../file-system";
import { checkFileText } from "../input/check-file-text";
import { inProcessDocumentRenderer } from "../output/document-renderer";
import { runBatchJob } from "./batch-job";
import { transferables, type WorkerRequest, type WorkerResponse } from "./worker-protocol";

const fs = nodeFileSystem();

async function answer(request: WorkerRequest): Promise<void> {
  try {
    switch (request.kind) {
      case "job": {
        const result = await runBatchJob(request.job, fs, () => performance.now());
        parentPort?.postMessage({ id: request.id, kind: "job", result } satisfies WorkerResponse, transferables(result.files));
        return;
      }
      case "render": {
        const result = await inProcessDocumentRenderer(request.source, request.baseName, request.options);
        parentPort?.postMessage({ id: request.id, kind: "render", result } satisfies WorkerResponse, result.ok ? transferables(result.files) : []);
        return;
      }
      case "check": {
        const result = await checkFileText(request.text, request.fileName, { lang: request.lang, maxSize: request.maxSize });
        parentPort?.postMessage({ id: request.id, kind: "check", result } satisfies WorkerResponse);
        return;
      }
      default: {
        const never: never = request;
        throw new Error(`requête inconnue : ${JSON.stringify(never)}`);
      }
    }
  } catch (e) {
    const message = e instanceof Error ? `${e.name} : ${e.message}` : String(e);
    parentPort?.postMessage({ id: request.id, kind: "bug", message } satisfies WorkerResponse);
  }
}

parentPort?.on("message", (request: WorkerRequest) => void answer(request));
