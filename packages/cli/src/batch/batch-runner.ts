import { Worker } from "node:worker_threads";
import type { CliFileSystem } from "../file-system";
import { runBatchJob, type BatchJob, type BatchJobResult } from "./batch-job";
import { workerScriptPath, type WorkerRequest, type WorkerResponse } from "./worker-protocol";

/**
 * Runs batch jobs, at most `concurrency` at a time, calling `onResult` as each one finishes
 * (in any order) with its index. Resolves once every job has a result; never rejects for a job's
 * failure. `onResult` may return a promise (writing the files): the runner does not start more
 * than `concurrency` jobs ahead of the results still being handled, so memory stays bounded
 * whatever the number of inputs.
 *
 * @example
 * await runner(jobs, { concurrency: 4 }, (i, r) => console.log(i, r.status));
 */
export type BatchRunner = (
  jobs: readonly BatchJob[],
  options: { readonly concurrency: number },
  onResult: (index: number, result: BatchJobResult) => void | Promise<void>,
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
        if (job !== undefined) await onResult(index, await runBatchJob(job, fs, now));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, lane));
  };
}

/**
 * A runner on `worker_threads`: `concurrency` workers, each rendering one contract at a time
 * from `workerPath`, and given the next one only once the result of the last is handled. A
 * worker that crashes fails only the job it held and is replaced.
 *
 * @example
 * const runner = workerBatchRunner(workerScriptPath()!);
 */
export function workerBatchRunner(workerPath: string): BatchRunner {
  return (jobs, options, onResult) =>
    new Promise<void>((resolve) => {
      let next = 0;
      let finished = 0;
      let alive = 0;
      const total = jobs.length;
      if (total === 0) return resolve();
      const settle = async (index: number, result: BatchJobResult) => {
        try {
          await onResult(index, result);
        } finally {
          finished++;
          if (finished === total) resolve();
        }
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
          if (job !== undefined) worker.postMessage({ id: current, kind: "job", job } satisfies WorkerRequest);
        };
        const crash = (reason: string) => {
          if (current === undefined) return;
          const job = jobs[current];
          const index = current;
          current = undefined;
          const message = job?.lang === "en" ? `internal error of the render thread (${reason})` : `erreur interne du fil de rendu (${reason})`;
          void settle(index, { shown: job?.shown ?? "?", status: "error", files: [], issues: [], message, ms: performance.now() - started });
        };
        worker.on("message", (m: WorkerResponse) => {
          const index = current;
          current = undefined;
          const job = index !== undefined ? jobs[index] : undefined;
          const result: BatchJobResult =
            m.kind === "job"
              ? m.result
              : { shown: job?.shown ?? "?", status: "error", files: [], issues: [], message: m.kind === "bug" ? m.message : "?", ms: performance.now() - started };
          void settle(m.id, result).then(feed, feed);
        });
        worker.on("error", (e) => crash(e instanceof Error ? e.message : String(e)));
        worker.on("exit", (code) => {
          alive--;
          crash(`code ${code}`);
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
  const path = workerScriptPath();
  return path !== undefined ? workerBatchRunner(path) : inProcessBatchRunner(fs, now);
}
