import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeFileSystem } from "../file-system";
import { tempDir } from "../test-support/run";
import type { BatchJob, BatchJobResult } from "./batch-job";
import { inProcessBatchRunner, workerBatchRunner } from "./batch-runner";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const job = (shown: string): BatchJob => ({ file: `/nowhere/${shown}`, shown, formats: ["pdf"], pdfa: true, maxSize: 1000, lang: "fr" });

// A stand-in worker: answers each job at once, or dies on the job named "crash.yaml".
const FAKE_WORKER = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, kind, job }) => {
  if (job.shown === "crash.yaml") throw new Error("le fil s'effondre");
  parentPort.postMessage({ id, kind, result: { shown: job.shown, status: "ok", files: [], issues: [], ms: 1 } });
});
`;

describe("workerBatchRunner", () => {
  it("runs every job on worker threads; a crash fails only its job", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const worker = join(dir, "worker.mjs");
    writeFileSync(worker, FAKE_WORKER);
    const results: [number, BatchJobResult][] = [];
    const jobs = ["a.yaml", "crash.yaml", "b.yaml", "c.yaml", "d.yaml"].map(job);
    await workerBatchRunner(worker)(jobs, { concurrency: 2 }, (i, r) => void results.push([i, r]));
    results.sort((x, y) => x[0] - y[0]);
    expect(results.map(([i, r]) => [i, r.shown, r.status])).toEqual([
      [0, "a.yaml", "ok"],
      [1, "crash.yaml", "error"],
      [2, "b.yaml", "ok"],
      [3, "c.yaml", "ok"],
      [4, "d.yaml", "ok"],
    ]);
    expect(results[1]?.[1].message).toBe("erreur interne du fil de rendu (le fil s'effondre)");
  });

  it("gives a worker its next job only once the last result is handled (memory bounded)", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const worker = join(dir, "worker.mjs");
    writeFileSync(worker, FAKE_WORKER);
    let handling = 0;
    let most = 0;
    const jobs = Array.from({ length: 12 }, (_, k) => job(`${k}.yaml`));
    await workerBatchRunner(worker)(jobs, { concurrency: 2 }, async () => {
      handling++;
      most = Math.max(most, handling);
      await new Promise((r) => setTimeout(r, 5));
      handling--;
    });
    expect(most).toBeLessThanOrEqual(2);
  });

  it("resolves at once without jobs", async () => {
    await expect(workerBatchRunner("/nowhere.mjs")([], { concurrency: 4 }, () => {})).resolves.toBeUndefined();
  });
});

describe("inProcessBatchRunner", () => {
  it("gives every job a result, even a missing file", async () => {
    const seen: string[] = [];
    await inProcessBatchRunner(nodeFileSystem(), () => 0)([job("a.yaml"), job("b.yaml")], { concurrency: 2 }, (_i, r) => void seen.push(`${r.shown}:${r.status}`));
    expect(seen.sort()).toEqual(["a.yaml:error", "b.yaml:error"]);
  });
});
