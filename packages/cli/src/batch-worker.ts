// The worker thread of `pacte batch`: renders the contracts it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { runBatchJob } from "./batch-job";
import type { WorkerRequest, WorkerResponse } from "./batch-runner";
import { nodeFileSystem } from "./file-system";

const fs = nodeFileSystem();
parentPort?.on("message", (request: WorkerRequest) => {
  void runBatchJob(request.job, fs, () => performance.now()).then((result) => {
    parentPort?.postMessage({ id: request.id, result } satisfies WorkerResponse);
  });
});
