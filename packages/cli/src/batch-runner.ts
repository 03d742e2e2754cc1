import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CliFileSystem } from "./file-system";
import { runBatchJob, type BatchJob, type BatchJobResult } from "./batch-job";

/**
 * Runs batch jobs, at most `concurrency` at a time, calling `onResult` as each one finishes
 * (in any order) with its index. Resolves once every job has a result; never rejects for a job's
 * failure.
 *
 * @example
 * await runner(jobs, { concurrency: 4 }, (i, r) => console.log(i, r.status));
 */
export type BatchRunner = (
  jobs: readonly BatchJob[],
  options: { readonly concurrency: number },
  onResult: (index: number, result: BatchJobResult) => void,
) => Promise<void>;

/**
 * A runner that renders in this thread, `concurrency` jobs interleaved: for tests (with an
 * injected file system) and where the worker script is not available (running from sources).
 *
 * @example
 * const runner = inProcessBatchRunner(nodeFileSystem(), () => performance.now());
 */
export function inProcessBatchRunner(fs: CliFileSystem, now: () => number): BatchRunner {
  return async (jobs, options, onResult) => {
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index];
        if (job !== undefined) onResult(index, await runBatchJob(job, fs, now));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, lane));
  };
}

/**
 * A job sent to a worker thread, with its index in the batch.
 *
 * @example
 * worker.postMessage({ id: 3, job } satisfies WorkerRequest);
 */
export interface WorkerRequest {
  readonly id: number;
  readonly job: BatchJob;
}
/**
 * A worker's answer to a {@link WorkerRequest}: the same `id` and the job's result.
 *
 * @example
 * parentPort.postMessage({ id: 3, result } satisfies WorkerResponse);
 */
export interface WorkerResponse {
  readonly id: number;
  readonly result: BatchJobResult;
}

/**
 * The path of the worker script beside this module once built (`dist/batch-worker.js`).
 *
 * @example
 * batchWorkerPath() //=> "/…/node_modules/@pacte/cli/dist/batch-worker.js"
 */
export function batchWorkerPath(): string {
  const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
  return join(here, "batch-worker.js");
}

/**
 * A runner on `worker_threads`: `concurrency` workers, each rendering one contract at a time
 * from `workerPath`. A worker that crashes fails only the job it held and is replaced.
 *
 * @example
 * const runner = workerBatchRunner(batchWorkerPath());
 */
export function workerBatchRunner(workerPath: string): BatchRunner {
  return (jobs, options, onResult) =>
    new Promise<void>((resolve) => {
      let next = 0;
      let finished = 0;
      let alive = 0;
      const total = jobs.length;
      if (total === 0) return resolve();
      const settle = (index: number, result: BatchJobResult) => {
        onResult(index, result);
        finished++;
        if (finished === total) resolve();
      };
      const start = () => {
        const worker = new Worker(workerPath);
        alive++;
        let current: number | undefined;
        let started = 0;
        const feed = () => {
          if (next >= total) {
            current = undefined;
            void worker.terminate();
            return;
          }
          current = next++;
          started = performance.now();
          const job = jobs[current];
          if (job !== undefined) worker.postMessage({ id: current, job } satisfies WorkerRequest);
        };
        const crash = (reason: string) => {
          if (current !== undefined) {
            const job = jobs[current];
            const index = current;
            current = undefined;
            settle(index, { shown: job?.shown ?? "?", status: "error", files: [], issues: [], message: `erreur interne du fil de rendu (${reason})`, ms: performance.now() - started });
          }
        };
        worker.on("message", (m: WorkerResponse) => {
          current = undefined;
          settle(m.id, m.result);
          feed();
        });
        worker.on("error", (e) => crash(e instanceof Error ? e.message : String(e)));
        worker.on("exit", (code) => {
          alive--;
          crash(`arrêt inattendu, code ${code}`);
          if (next < total && alive < options.concurrency) start();
        });
        feed();
      };
      for (let k = 0; k < Math.max(1, Math.min(options.concurrency, total)); k++) start();
    });
}

/**
 * The runner `pacte batch` uses by default: worker threads when the built worker script exists,
 * else in this thread.
 *
 * @example
 * const runner = defaultBatchRunner(nodeFileSystem(), () => performance.now());
 */
export function defaultBatchRunner(fs: CliFileSystem, now: () => number): BatchRunner {
  const path = batchWorkerPath();
  return existsSync(path) ? workerBatchRunner(path) : inProcessBatchRunner(fs, now);
}
