// One national batch, for the root benchmark table: the `pacte` executable itself
// (packages/cli/bin/pacte.mjs, the bin npm installs, which loads dist/bin/cli.js: commands loaded
// lazily, the libraries bundled, its own worker script) doing
// `pacte batch INPUTS --out OUT --force --jobs N [--low-memory]`, in this process. This script
// loads none of the libraries: the process holds what a user's `pacte batch` holds, and worker
// threads share it, so its peak resident set (`resourceUsage().maxRSS`) is the batch's peak
// memory — that is why scripts/bench-table.ts runs each batch in a fresh child.
//
//   node bench-results/.cache/bench-batch.mjs --inputs out/batch-national/entrees --out /tmp/x --jobs 2 [--low-memory]
//
// The last line printed is JSON: { wallMs, maxRssKb, cpuMs, ok, failed, exitCode, jobs, contracts,
// rssKbAfter (the resident set as each contract came back, read when the command writes its
// progress line), … }. Everything the command itself writes (progress, summary table) is kept
// out of stdout.
import { existsSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

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

// Written with writeSync: the command's process.exit() comes before any pending stream write.
const print = (r: BatchBenchResult): void => void writeSync(1, `${JSON.stringify(r)}\n`);

const { values } = parseArgs({
  options: { inputs: { type: "string" }, out: { type: "string" }, jobs: { type: "string" }, "low-memory": { type: "boolean" } },
});
const jobs = Number(values.jobs ?? "1");
const base = { wallMs: 0, maxRssKb: 0, cpuMs: 0, ok: 0, failed: 0, exitCode: 2, jobs, contracts: 0, summary: "", rssKbAfter: [] };
if (values.inputs === undefined || values.out === undefined || !Number.isInteger(jobs) || jobs < 1) {
  print({ ...base, error: "usage: bench-batch.ts --inputs DIR --out DIR --jobs N" });
  process.exit(2);
}

// The executable, once built; without it (or its worker script) there is nothing to measure.
const cliDist = dirname(createRequire(import.meta.url).resolve("@pacte/cli"));
const executable = join(cliDist, "..", "bin", "pacte.mjs");
for (const file of [executable, join(cliDist, "bin", "cli.js"), join(cliDist, "bin", "batch-worker.js")]) {
  if (!existsSync(file)) {
    print({ ...base, error: `${file} absent : construire d’abord (npx turbo run build)` });
    process.exit(2);
  }
}

// What the command writes, kept here; each progress line (`[ 6/122] ok       …`, one per contract
// on a stream that is not a terminal) is the moment a contract came back: its status is counted
// and the resident set read.
let ok = 0;
let failed = 0;
const rssKbAfter: number[] = [];
let stdout = "";
let stderr = "";
let pending = "";
const keep = (stream: NodeJS.WriteStream, append: (s: string) => void): void => {
  (stream as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]): boolean => {
    append(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    if (done !== undefined) queueMicrotask(done);
    return true;
  };
};
keep(process.stdout, (s) => (stdout += s));
keep(process.stderr, (s) => {
  stderr += s;
  pending += s;
  let nl: number;
  while ((nl = pending.indexOf("\n")) >= 0) {
    const line = pending.slice(0, nl);
    pending = pending.slice(nl + 1);
    const m = /^\[\s*\d+\/\d+\] (\S+)/.exec(line);
    if (m === null) continue;
    if (m[1] === "ok") ok++;
    else failed++;
    rssKbAfter.push(Math.round(process.memoryUsage.rss() / 1024));
  }
});

const started = performance.now();
process.on("exit", (code) => {
  const wallMs = performance.now() - started;
  const summary = stdout.split("\n").find((l) => /^\d+ contrats? en /.test(l)) ?? "";
  const usage = process.resourceUsage();
  print({
    wallMs,
    maxRssKb: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    ok,
    failed,
    exitCode: code,
    jobs,
    contracts: ok + failed,
    summary,
    rssKbAfter,
    ...(code !== 0 ? { error: (stderr.trim().split("\n").slice(-5).join(" | ") || stdout.trim().split("\n").slice(-3).join(" | ")).slice(0, 600) } : {}),
  });
});
const lowMemory = values["low-memory"] === true ? ["--low-memory"] : [];
process.argv = [process.argv[0] ?? "node", executable, "batch", resolve(values.inputs), "--out", resolve(values.out), "--force", "--jobs", String(jobs), ...lowMemory];
// The executable runs the command and exits with its code once its output is written.
await import(pathToFileURL(executable).href);
