// One national batch, for the root benchmark table: `pacte batch INPUTS --out OUT --jobs N --force`
// through @pacte/cli's programmatic API, in this process, on the CLI's worker threads. Worker
// threads share the process, so this process's peak resident set (`resourceUsage().maxRSS`) is
// the batch's peak memory: that is why scripts/bench-table.ts runs each batch in a fresh child.
//
//   tsx scripts/bench-batch.ts --inputs out/batch-national/entrees --out /tmp/x --jobs 2 [--low-memory]
//
// The last line printed is JSON: { wallMs, maxRssKb, cpuMs, ok, failed, exitCode, jobs, contracts,
// rssKbAfter (the resident set as each contract came back), … }.
// Everything the command itself writes (progress, summary table) is kept out of stdout.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runCli, workerBatchRunner, type BatchRunner, type CliStream } from "@pacte/cli";

/** The result line this script ends with. */
export interface BatchBenchResult {
  readonly wallMs: number;
  readonly maxRssKb: number;
  /** User + system CPU time of the whole process (all threads), in milliseconds. */
  readonly cpuMs: number;
  readonly ok: number;
  readonly failed: number;
  readonly exitCode: number;
  readonly jobs: number;
  readonly contracts: number;
  /** The command's own last summary line ("122 contrats en 14,2 s sur 2 fils : …"). */
  readonly summary: string;
  /** The process's resident set (workers included) as each contract came back, in KiB, in that order. */
  readonly rssKbAfter: readonly number[];
  readonly error?: string;
}

const print = (r: BatchBenchResult): void => void process.stdout.write(`${JSON.stringify(r)}\n`);

const { values } = parseArgs({
  options: { inputs: { type: "string" }, out: { type: "string" }, jobs: { type: "string" }, "low-memory": { type: "boolean" } },
});
const jobs = Number(values.jobs ?? "1");
const base = { wallMs: 0, maxRssKb: 0, cpuMs: 0, ok: 0, failed: 0, exitCode: 2, jobs, contracts: 0, summary: "", rssKbAfter: [] };
if (values.inputs === undefined || values.out === undefined || !Number.isInteger(jobs) || jobs < 1) {
  print({ ...base, error: "usage: bench-batch.ts --inputs DIR --out DIR --jobs N" });
  process.exit(2);
}

// The worker script the `pacte` command uses once built (packages/cli/dist/bin/batch-worker.js, the
// executable's, with the libraries bundled in). Without it the command would fall back to
// rendering in this thread, which is not what is measured here.
const cliEntry = createRequire(import.meta.url).resolve("@pacte/cli");
const workerPath = join(dirname(cliEntry), "bin", "batch-worker.js");
if (!existsSync(workerPath)) {
  print({ ...base, error: `${workerPath} absent : construire d’abord (npx turbo run build)` });
  process.exit(2);
}

// The CLI's worker runner, counting each contract's status as it comes back.
let ok = 0;
let failed = 0;
const rssKbAfter: number[] = [];
const workers = workerBatchRunner(workerPath);
const counting: BatchRunner = (list, options, onResult) =>
  workers(list, options, (index, result) => {
    if (result.status === "ok") ok++;
    else failed++;
    rssKbAfter.push(Math.round(process.memoryUsage.rss() / 1024));
    onResult(index, result);
  });

let stdout = "";
let stderr = "";
const sink = (append: (s: string) => void): CliStream => ({ write: (s: string) => void append(String(s)), isTTY: false });

const started = performance.now();
let exitCode: number;
try {
  const lowMemory = values["low-memory"] === true ? ["--low-memory"] : [];
  exitCode = await runCli(["batch", resolve(values.inputs), "--out", resolve(values.out), "--force", "--jobs", String(jobs), ...lowMemory], {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    batchRunner: counting,
  });
} catch (e) {
  print({ ...base, error: `runCli a levé une exception : ${e instanceof Error ? e.message : String(e)}` });
  process.exit(3);
}
const wallMs = performance.now() - started;
const summary = stdout.split("\n").find((l) => /^\d+ contrats? en /.test(l)) ?? "";
const usage = process.resourceUsage();
const result: BatchBenchResult = {
  wallMs,
  maxRssKb: usage.maxRSS,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  ok,
  failed,
  exitCode,
  jobs,
  contracts: ok + failed,
  summary,
  rssKbAfter,
  ...(exitCode !== 0 ? { error: (stderr.trim().split("\n").slice(-5).join(" | ") || stdout.trim().split("\n").slice(-3).join(" | ")).slice(0, 600) } : {}),
};
print(result);
process.exitCode = exitCode === 0 ? 0 : 1;
