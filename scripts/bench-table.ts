// The root benchmark table (`npm run bench`, after every package's own benches): one run measures,
// side by side,
//   1. the département example (examples/contrat-departement/contrat.yaml) rendered to PDF and DOCX,
//      in this process: warm-up, then N runs, median / min / max, pages and bytes;
//   1b. the same renderers on a 30-page document (articles and a long annex table);
//   1c. the floors: renderPdf against pdf-lib alone drawing the runs our engine placed, with the
//      same subset fonts (scripts/bench-floor.ts), and renderDocx against the bare `docx` API
//      writing the same paragraphs and tables (scripts/bench-docx-bare.ts), runs alternated;
//   1d. linear cost: contracts of 12, 250, 500 and 1 000 actions rendered in both formats, each in
//      a fresh process (scripts/bench-large.ts): time per page and peak memory against pages;
//   1e. hostile text: a 1 MB word and 1 MB without a break opportunity, refused by both renderers,
//      and the longest word a text may hold (100 000 characters) laid out by both;
//   2. @pacte/pdf against pdfmake on the same Document (packages/pdf's benchmark converter, with
//      the document's own header and footer: scripts/bench-pdfmake.ts), on the département and on
//      the 30-page document, runs alternated A B A B;
//   2b. the cost of tagging: the département example rendered tagged (PDF/UA-1, the default) and
//      with tagged: false, runs alternated; time and size;
//   3. @pacte/docx against LibreOffice converting our DOCX to PDF (`soffice --headless
//      --convert-to pdf`, private profile, warmed up once), when `soffice` is on the PATH, with
//      the bare docx API timed in the same rounds (the library alone against LibreOffice);
//   4. the national batch (examples/batch-national: every collectivity with departmental powers
//      and every métropole, PDF and DOCX) with one worker, with all cores, and with all cores and
//      --low-memory, each run by the `pacte` executable itself in a child process
//      (scripts/bench-batch.ts, which loads none of the libraries) so that its peak RSS is the
//      batch's own, as a user's `pacte batch` holds it, and its resident memory from the 10th
//      contract to the last; then the same on Node 24 (see 6);
//   5. bundles: what a browser app ships (esbuild, minified, gzip -9) for `isValidSiren` alone,
//      `formatEuros` alone and the contract → PDF path, built from the packages' dist, and the
//      web example's first load (vite build), each against its goal;
//   6. CLI start: `pacte --version`, `--help` and `validate` on the example against `node -e 0`,
//      and node loading zod and yaml whole from node_modules, as a library's user loads them (no
//      goal; the executable bundles the parts it uses), each run in a child process, runs
//      alternated; then the same three on Node 24, which users run (`PACTE_BENCH_NODE24`, or the
//      npm registry's `node@24` through npx), against Node 24's own `node -e 0`.
// Every row with a goal of issue 13 says it in the goal column: the goal, then « met » or by how
// much it is missed. It prints one table and writes every figure to bench-results/latest.json
// (and a dated copy).
// A missing tool makes its row "skipped", a failing row "failed"; the others still run, and the
// script exits 0 unless it is itself broken.
//
//   tsx scripts/bench-table.ts [--runs 15] [--ab-runs 10] [--soffice-runs 4] [--batch-runs 2]
//                              [--cli-runs 15] [--large-runs 3]
//                              [--only renders,long,floor,linear,hostile,pdfmake,tagging,soffice,batch,bundles,cli,batch24,cli24]
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { createRequire } from "node:module";
import { basename, delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Document } from "@pacte/document";
import type { BatchBenchResult } from "./bench-batch";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLE = join(ROOT, "examples/contrat-departement/contrat.yaml");
const BATCH_MAIN = join(ROOT, "examples/batch-national/src/main.ts");
const BATCH_INPUTS = join(ROOT, "out/batch-national/entrees");
const BATCH_WRAPPER = join(ROOT, "scripts/bench-batch.ts");
const RESULTS = join(ROOT, "bench-results");

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    "ab-runs": { type: "string", default: "10" },
    "soffice-runs": { type: "string", default: "4" },
    "batch-runs": { type: "string", default: "2" },
    "large-runs": { type: "string", default: "3" },
    "cli-runs": { type: "string", default: "15" },
    only: { type: "string" },
  },
});
const count = (name: keyof typeof args, min: number, max: number): number => {
  const n = Number(args[name]);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : min;
};
const RUNS = count("runs", 3, 200);
const AB_RUNS = count("ab-runs", 3, 100);
const SOFFICE_RUNS = count("soffice-runs", 1, 10);
const BATCH_RUNS = count("batch-runs", 1, 5);
const LARGE_RUNS = count("large-runs", 1, 9);
const CLI_RUNS = count("cli-runs", 3, 100);
const ONLY = new Set((args.only ?? "renders,long,floor,linear,hostile,pdfmake,tagging,soffice,batch,bundles,cli,batch24,cli24").split(",").map((s) => s.trim()));

// ---------------------------------------------------------------------------------------------
// Figures and rows

/** Median, min, max and every sample of a series of times in milliseconds. */
interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
}

function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length === 0 ? Number.NaN : s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return { median, min: s[0] ?? Number.NaN, max: s.at(-1) ?? Number.NaN, samples: samples.map((x) => Math.round(x * 1000) / 1000) };
}

/** One line of the table, and the figures behind it for the JSON record. */
interface Row {
  readonly id: string;
  readonly measure: string;
  status: "ok" | "skipped" | "failed";
  ours: string;
  other: string;
  ratio: string;
  /** The goal of issue 13 this row measures, then « met » or by how much it is missed. */
  goal: string;
  notes: string;
  data: Record<string, unknown>;
}

const rows: Row[] = [];
const row = (id: string, measure: string): Row => {
  const r: Row = { id, measure, status: "ok", ours: "", other: "", ratio: "", goal: "", notes: "", data: {} };
  rows.push(r);
  return r;
};
const skip = (r: Row, why: string): void => {
  r.status = "skipped";
  r.ours = "skipped";
  r.notes = why;
};
const fail = (r: Row, e: unknown): void => {
  r.status = "failed";
  r.ours = "FAILED";
  r.notes = (e instanceof Error ? e.message : String(e)).split("\n")[0]?.slice(0, 200) ?? "";
  r.data = { ...r.data, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
};

const ms = (x: number): string => (!Number.isFinite(x) ? "–" : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const kb = (bytes: number): string => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} kB`);
const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;
const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");
const spread = (s: Stats): string => `min ${ms(s.min)}, max ${ms(s.max)}`;
const progress = (line: string): void => void process.stderr.write(`[bench-table] ${line}\n`);

/**
 * Writes a row's goal: `goal` as the issue states it, whether `value` meets it, and by how much
 * it is missed, in the unit `show` prints (`at most`: the value must not exceed `target`).
 */
function judge(r: Row, goal: string, value: number, target: number, direction: "at most" | "at least", show: (x: number) => string = times): void {
  const met = direction === "at most" ? value <= target : value >= target;
  const gap = direction === "at most" ? value - target : target - value;
  r.goal = `${goal}: ${met ? "met" : `missed by ${show(gap)}`}`;
  r.data = { ...r.data, goal, goalValue: value, goalTarget: target, met };
}

/** Per section, the largest share of the machine other processes took while it ran. */
const noise = new Map<string, number>();

// ---------------------------------------------------------------------------------------------
// Helpers: the libraries (loaded lazily so that a missing build fails rows, not the script),
// child processes, tools on the PATH, PDF page counts.

type Libs = {
  contract: typeof import("@pacte/contract");
  pdf: typeof import("@pacte/pdf");
  docx: typeof import("@pacte/docx");
  yaml: typeof import("yaml");
};
let libs: Promise<Libs> | undefined;
const loadLibs = (): Promise<Libs> =>
  (libs ??= (async () => {
    try {
      const [contract, pdf, docx, yaml] = await Promise.all([import("@pacte/contract"), import("@pacte/pdf"), import("@pacte/docx"), import("yaml")]);
      return { contract, pdf, docx, yaml };
    } catch (e) {
      throw new Error(`cannot load the @pacte packages (build them first: npx turbo run build): ${e instanceof Error ? e.message : String(e)}`);
    }
  })());

/** The département example's Document (YAML → validateContract → contractToDocument). */
let exampleDocument: Promise<{ document: Document; composeMs: Stats }> | undefined;
const loadExample = (): Promise<{ document: Document; composeMs: Stats }> =>
  (exampleDocument ??= (async () => {
    const { contract, yaml } = await loadLibs();
    const text = await readFile(EXAMPLE, "utf8");
    const build = (): Document => {
      const result = contract.validateContract(yaml.parse(text, { maxAliasCount: 100 }));
      if (!result.success) throw new Error(`${relative(ROOT, EXAMPLE)} is invalid: ${result.issues.map((i) => `${i.code} ${i.message}`).join("; ")}`);
      return contract.contractToDocument(result.data);
    };
    let document = build();
    const samples: number[] = [];
    for (let k = 0; k < 3; k++) build();
    for (let k = 0; k < RUNS; k++) {
      const t0 = performance.now();
      document = build();
      samples.push(performance.now() - t0);
    }
    return { document, composeMs: stats(samples) };
  })());

/** Times `fn` `runs` times after `warmup` calls; returns the stats and the last result. */
async function timeRuns<T>(fn: () => Promise<T>, warmup: number, runs: number): Promise<{ stats: Stats; last: T }> {
  let last = await fn();
  for (let k = 1; k < warmup; k++) last = await fn();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    last = await fn();
    samples.push(performance.now() - t0);
  }
  return { stats: stats(samples), last };
}

/** Runs `a` and `b` alternately (A B A B…) `pairs` times after three warm-up pairs; the stats of each and their last results. */
async function alternate<T>(a: () => Promise<T>, b: () => Promise<T>, pairs: number): Promise<{ a: Stats; b: Stats; lastA: T; lastB: T }> {
  let lastA = await a();
  let lastB = await b();
  for (let k = 0; k < 2; k++) {
    lastA = await a();
    lastB = await b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let k = 0; k < pairs; k++) {
    let t0 = performance.now();
    lastA = await a();
    sa.push(performance.now() - t0);
    t0 = performance.now();
    lastB = await b();
    sb.push(performance.now() - t0);
  }
  return { a: stats(sa), b: stats(sb), lastA, lastB };
}

/** CPU time the whole machine has spent busy (all cores, all processes), in milliseconds. */
const machineBusyMs = (): number => os.cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
/** This process's own CPU time (all its threads), in milliseconds. */
const ownCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * The share of the machine's CPU capacity other processes took over an interval: the machine's
 * busy time less ours (and `childCpuMs` of our children), over cores × elapsed time.
 */
function othersShare(before: { busy: number; own: number; at: number }, childCpuMs = 0): number {
  const elapsed = performance.now() - before.at;
  const foreign = machineBusyMs() - before.busy - (ownCpuMs() - before.own) - childCpuMs;
  return elapsed > 0 ? Math.min(1, Math.max(0, foreign / (elapsed * os.cpus().length))) : 0;
}
const cpuMark = (): { busy: number; own: number; at: number } => ({ busy: machineBusyMs(), own: ownCpuMs(), at: performance.now() });
const pct = (x: number): string => `${Math.round(x * 100)}%`;

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, k) => x === b[k]);

interface ChildResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

/**
 * Runs a command in its own process group, collecting its output; after `timeoutMs` the whole
 * group (soffice starts soffice.bin) is killed. Never rejects for the command's own failure.
 */
function runChild(command: string, argv: readonly string[], options: { cwd?: string | undefined; timeoutMs: number }): Promise<ChildResult> {
  return new Promise((resolveChild, rejectChild) => {
    const t0 = performance.now();
    const child = spawn(command, argv, { cwd: options.cwd ?? ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true, env: process.env });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    }, options.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      rejectChild(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveChild({ code, signal, stdout, stderr, ms: performance.now() - t0, timedOut });
    });
  });
}

/** The full path of an executable on the PATH, or `undefined`. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Pages of a PDF file: `pdfinfo` when present, else counting uncompressed page objects. */
async function pdfPages(file: string): Promise<number | undefined> {
  const pdfinfo = onPath("pdfinfo");
  if (pdfinfo !== undefined) {
    const r = await runChild(pdfinfo, [file], { timeoutMs: 30_000 });
    const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  const found = (await readFile(file)).toString("latin1").match(/\/Type\s*\/Page[^s]/g);
  return found ? found.length : undefined;
}
const pageObjects = (bytes: Uint8Array): number => (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/**
 * How to run one of these scripts in a child process with plain `node`: under tsx its peak RSS
 * would include tsx and esbuild (~100 MiB more, measured). The script is transpiled with esbuild
 * into bench-results/.cache/ (inside the repository, so that the @pacte packages resolve from
 * node_modules); when that fails, it runs under tsx and the runner says so.
 */
async function nodeScript(script: string): Promise<{ argv: string[]; runner: string }> {
  try {
    const esbuild = await import("esbuild");
    const js = await esbuild.transform(await readFile(script, "utf8"), { loader: "ts", format: "esm", target: "node20", sourcefile: script });
    const cache = join(RESULTS, ".cache");
    await mkdir(cache, { recursive: true });
    const file = join(cache, `${basename(script, ".ts")}.mjs`);
    await writeFile(file, `// Generated by scripts/bench-table.ts from scripts/${basename(script)}: do not edit.\n${js.code}`);
    return { argv: [file], runner: "node" };
  } catch (e) {
    progress(`cannot transpile ${basename(script)} (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); running it under tsx`);
    return { argv: ["--import", "tsx", script], runner: "node --import tsx" };
  }
}

// ---------------------------------------------------------------------------------------------
// 1. The département example: validate + compose, PDF, DOCX

async function renderRows(): Promise<void> {
  const compose = row("compose", "département: validate + contractToDocument");
  const pdfRow = row("pdf", "département: renderPdf (@pacte/pdf)");
  const docxRow = row("docx", "département: renderDocx (@pacte/docx)");
  let document: Document;
  let composeMs: Stats;
  try {
    ({ document, composeMs } = await loadExample());
    compose.ours = ms(composeMs.median);
    compose.notes = `${spread(composeMs)}; YAML parse included, ${RUNS} runs`;
    compose.data = { ms: composeMs };
  } catch (e) {
    fail(compose, e);
    fail(pdfRow, e);
    fail(docxRow, e);
    return;
  }
  const { pdf, docx } = await loadLibs();

  progress(`PDF: warm-up then ${RUNS} renders`);
  try {
    const pages = (await pdf.renderPdfWithLayout(document)).layout.pages.length;
    const first = await pdf.renderPdf(document);
    const { stats: s, last } = await timeRuns(() => pdf.renderPdf(document), 3, RUNS);
    pdfRow.ours = ms(s.median);
    pdfRow.notes = `${spread(s)}; ${pages} pages, ${kb(last.length)}; PDF/A-2a, tagged (PDF/UA-1); ${sameBytes(first, last) ? "byte-identical runs" : "runs DIFFER"}`;
    pdfRow.data = { ms: s, pages, bytes: last.length, identicalAcrossRuns: sameBytes(first, last), runs: RUNS, warmup: 3 };
  } catch (e) {
    fail(pdfRow, e);
  }

  progress(`DOCX: warm-up then ${RUNS} renders`);
  try {
    const first = await docx.renderDocx(document);
    const { stats: s, last } = await timeRuns(() => docx.renderDocx(document), 3, RUNS);
    docxRow.ours = ms(s.median);
    docxRow.notes = `${spread(s)}; ${kb(last.length)}; ${sameBytes(first, last) ? "byte-identical runs" : "runs DIFFER"}`;
    docxRow.data = { ms: s, bytes: last.length, identicalAcrossRuns: sameBytes(first, last), runs: RUNS, warmup: 3 };
  } catch (e) {
    fail(docxRow, e);
  }
}

// ---------------------------------------------------------------------------------------------
// 1b. A 30-page document (the renderers' own test document: articles and a long annex table)

/** The renderers' own 30-page test document (articles, a long annex table). */
async function loadLong(): Promise<Document> {
  const { longDocument } = (await import("../packages/docx/src/test-support/long-document.ts")) as { longDocument: () => Document };
  return longDocument();
}

async function longRows(): Promise<void> {
  const docxRow = row("docx-30", "30-page document: renderDocx");
  const pdfRow = row("pdf-30", "30-page document: renderPdf");
  try {
    const document = await loadLong();
    const { pdf, docx } = await loadLibs();
    progress(`30 pages: warm-up then ${RUNS} renders of each format`);
    const pages = (await pdf.renderPdfWithLayout(document)).layout.pages.length;
    const d = await timeRuns(() => docx.renderDocx(document), 2, RUNS);
    docxRow.ours = ms(d.stats.median);
    docxRow.notes = `${spread(d.stats)}; ${kb(d.last.length)}; the same document is ${pages} pages in our PDF`;
    docxRow.data = { ms: d.stats, bytes: d.last.length, runs: RUNS };
    const p = await timeRuns(() => pdf.renderPdf(document), 2, RUNS);
    pdfRow.ours = ms(p.stats.median);
    pdfRow.notes = `${spread(p.stats)}; ${pages} pages, ${kb(p.last.length)}; PDF/A-2a, tagged`;
    pdfRow.data = { ms: p.stats, bytes: p.last.length, pages, runs: RUNS };
  } catch (e) {
    fail(docxRow, e);
    fail(pdfRow, e);
  }
}

// ---------------------------------------------------------------------------------------------
// 1d. Linear cost: the Creuse sample contract with its actions repeated to 12 (the département's
//     size), 250, 500 and 1 000, each in a fresh process (scripts/bench-large.ts, warmed up on
//     the 12-action contract first), three processes per size (--large-runs), alternated, each
//     figure the median of its runs: pages, time per page in each format against the 12-action
//     contract's, and peak memory against pages.

const LARGE_SIZES = [12, 250, 500, 1000] as const;

async function linearRows(): Promise<void> {
  const pdfRow = row("linear-pdf", "linear: 1 000 actions, renderPdf time per page vs 12 actions");
  const docxRow = row("linear-docx", "linear: 1 000 actions, renderDocx time per page vs 12 actions");
  const memRow = row("linear-memory", "linear: peak memory per page, 500 → 1 000 vs 250 → 500 actions");
  const all = [pdfRow, docxRow, memRow];
  const { argv, runner } = await nodeScript(join(ROOT, "scripts/bench-large.ts"));
  type Large = import("./bench-large").LargeBenchResult;
  // Each size in LARGE_RUNS fresh processes, the sizes alternated round by round; each figure is
  // the median of its runs (one render is at the mercy of the machine's noise and of when the
  // collector grows the heap).
  const runs = new Map<number, Large[]>(LARGE_SIZES.map((n) => [n, []]));
  try {
    for (let round = 0; round < LARGE_RUNS; round++) {
      for (const n of LARGE_SIZES) {
        progress(`linear: ${n} actions, in a fresh process (round ${round + 1}/${LARGE_RUNS})`);
        const c = await runChild(process.execPath, [...argv, "--actions", String(n)], { timeoutMs: 900_000 });
        if (c.timedOut) throw new Error(`${n} actions: no result after 900 s`);
        const last = c.stdout.trim().split("\n").at(-1) ?? "";
        if (c.code !== 0 || !last.startsWith("{")) throw new Error(`${n} actions (exit ${c.code ?? c.signal}): ${(c.stderr || c.stdout).trim().split("\n").slice(-2).join(" | ")}`);
        runs.get(n)?.push(JSON.parse(last) as Large);
      }
    }
  } catch (e) {
    for (const r of all) fail(r, e);
    return;
  }
  const medianOf = (xs: readonly Large[], key: "composeMs" | "pdfMs" | "docxMs" | "maxRssKb"): number => stats(xs.map((x) => x[key])).median;
  const results = new Map<number, Large>();
  for (const [n, xs] of runs) {
    const one = xs[0];
    if (one === undefined) continue;
    results.set(n, { ...one, composeMs: medianOf(xs, "composeMs"), pdfMs: medianOf(xs, "pdfMs"), docxMs: medianOf(xs, "docxMs"), maxRssKb: medianOf(xs, "maxRssKb") });
  }
  const small = results.get(12);
  const mid = results.get(250);
  const half = results.get(500);
  const big = results.get(1000);
  if (small === undefined || mid === undefined || half === undefined || big === undefined) return;
  const sizes = LARGE_SIZES.map((n) => {
    const r = results.get(n);
    return r === undefined ? "" : `${n}: ${r.pages} p.`;
  }).join(", ");
  for (const [r, key] of [
    [pdfRow, "pdfMs"],
    [docxRow, "docxMs"],
  ] as const) {
    const perPage = (x: import("./bench-large").LargeBenchResult): number => x[key] / x.pages;
    r.ours = `${ms(perPage(big))}/p.`;
    r.other = `${ms(perPage(small))}/p.`;
    r.ratio = times(perPage(big) / perPage(small));
    r.notes = `ratio = ours / other; 1 000 actions: ${big.pages} pages in ${ms(big[key])}; 12 actions: ${small.pages} pages in ${ms(small[key])}; per page at 250 / 500: ${ms(perPage(mid))} / ${ms(perPage(half))}; medians of ${LARGE_RUNS} fresh processes per size, one render each, warmed up on 12 actions (${runner})`;
    r.data = { results: [...results.values()], runs: Object.fromEntries(runs), key, perPageMs: Object.fromEntries([...results].map(([n, x]) => [n, perPage(x)])) };
    judge(r, "≤ 1.2× per page", perPage(big) / perPage(small), 1.2, "at most");
  }
  const slope = (a: import("./bench-large").LargeBenchResult, b: import("./bench-large").LargeBenchResult): number => (b.maxRssKb - a.maxRssKb) / (b.pages - a.pages);
  const first = slope(mid, half);
  const second = slope(half, big);
  memRow.ours = `${(second / 1024).toFixed(2)} MiB/p.`;
  memRow.other = `${(first / 1024).toFixed(2)} MiB/p.`;
  memRow.ratio = times(second / first);
  memRow.notes = `ratio = ours / other (1× when memory grows linearly with pages); median peak RSS of ${LARGE_RUNS} processes ${LARGE_SIZES.map((n) => `${n}: ${mib(results.get(n)?.maxRssKb ?? Number.NaN)}`).join(", ")}; pages ${sizes}`;
  memRow.data = { results: [...results.values()], runs: Object.fromEntries(runs), slopeKbPerPage: { from250to500: first, from500to1000: second } };
  judge(memRow, "linear in pages (≤ 1.2×)", second / first, 1.2, "at most");
}

// ---------------------------------------------------------------------------------------------
// 1e. Hostile text: a document holding a 1 MB word, or 1 MB with no break opportunity (digits
//     bound by no-break spaces), given to each renderer: refused with document.text_too_long, in
//     this process, one run each after a warm-up; and the longest word a text may hold
//     (DOCUMENT_LIMITS.maxTextLength characters) laid out in both formats.

async function hostileRows(): Promise<void> {
  const { pdf, docx } = await loadLibs();
  const { DOCUMENT_LIMITS, documentOf, p } = await import("@pacte/document");
  const meta = { title: "Texte hostile", createdAt: "2024-03-12" };
  const mb = 1_000_000;
  const cases = [
    { id: "word-1mb", label: "a 1 MB word", characters: mb, expect: "refused", document: documentOf({ meta, body: [p("x".repeat(mb))] }) },
    { id: "nobreak-1mb", label: "1 MB without a break opportunity", characters: mb, expect: "refused", document: documentOf({ meta, body: [p("123\u00a0456\u202f€\u00a0".repeat(mb / 10))] }) },
    {
      id: "word-longest",
      label: `the longest word a text may hold (${DOCUMENT_LIMITS.maxTextLength.toLocaleString("en")} characters)`,
      characters: DOCUMENT_LIMITS.maxTextLength,
      expect: "laid out",
      document: documentOf({ meta, body: [p("x".repeat(DOCUMENT_LIMITS.maxTextLength))] }),
    },
  ] as const;
  for (const c of cases) {
    const r = row(`hostile-${c.id}`, `hostile: ${c.label}`);
    try {
      const outcome = async (): Promise<string> => {
        try {
          const [a, b] = await Promise.all([pdf.renderPdf(c.document), docx.renderDocx(c.document)]);
          return `laid out: PDF ${kb(a.length)}, DOCX ${kb(b.length)}`;
        } catch (e) {
          const issues = (e as { issues?: readonly { code: string }[] }).issues;
          if (issues === undefined) throw e;
          return `refused: ${[...new Set(issues.map((i) => i.code))].join(", ")}`;
        }
      };
      await outcome();
      const t0 = performance.now();
      const said = await outcome();
      const took = performance.now() - t0;
      if (c.expect !== (said.startsWith("refused") ? "refused" : "laid out")) throw new Error(`expected it ${c.expect}, got: ${said}`);
      r.ours = ms(took);
      r.notes = `both formats; ${said}`;
      r.data = { ms: took, outcome: said, characters: c.characters };
      judge(r, "< 2 s", took, 2000, "at most", ms);
    } catch (e) {
      fail(r, e);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 2. @pacte/pdf against pdfmake, same Document, runs alternated

async function pdfmakeRows(): Promise<void> {
  const rowsOf = [row("pdfmake", "PDF: @pacte/pdf vs pdfmake, département"), row("pdfmake-30", "PDF: @pacte/pdf vs pdfmake, 30-page document")] as const;
  let pm: typeof import("./bench-pdfmake");
  try {
    pm = await import("./bench-pdfmake");
  } catch (e) {
    for (const r of rowsOf) skip(r, `pdfmake converter unavailable: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    return;
  }
  let engine: ReturnType<typeof pm.loadPdfmake>;
  try {
    engine = pm.loadPdfmake();
  } catch (e) {
    for (const r of rowsOf) skip(r, `pdfmake not installed (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    return;
  }
  const documents: [Row, () => Promise<Document>][] = [
    [rowsOf[0], async () => (await loadExample()).document],
    [rowsOf[1], loadLong],
  ];
  for (const [r, load] of documents) {
    try {
      const { pdf } = await loadLibs();
      const document = await load();
      const ours = (): Promise<Uint8Array> => pdf.renderPdf(document);
      // The definition is built inside the timed call: converting is part of pdfmake's path, as
      // contractToDocument → renderPdf's own document walk is part of ours.
      const theirs = (): Promise<Uint8Array> => engine.createPdf(pm.pdfmakeDefinitionOf(document)).getBuffer();
      progress(`pdfmake (${r.id}): warm-up then ${AB_RUNS} alternated pairs`);
      const { a: A, b: B, lastA: a, lastB: b } = await alternate(ours, theirs, AB_RUNS);
      const ourPages = (await pdf.renderPdfWithLayout(document)).layout.pages.length;
      const theirPages = pageObjects(b);
      r.ours = ms(A.median);
      r.other = ms(B.median);
      r.ratio = times(B.median / A.median);
      r.notes = `pdfmake ${pm.pdfmakeVersion() ?? "?"} / ours; A B ×${AB_RUNS}; pages ${ourPages} vs ${theirPages}; ${kb(a.length)} vs ${kb(b.length)}; ours is tagged PDF/A, pdfmake plain`;
      r.data = { ours: A, pdfmake: B, ratio: B.median / A.median, pdfmakeVersion: pm.pdfmakeVersion(), pages: { ours: ourPages, pdfmake: theirPages }, bytes: { ours: a.length, pdfmake: b.length }, pairs: AB_RUNS, warmupPairs: 3 };
      judge(r, "≥ 5× pdfmake", B.median / A.median, 5, "at least");
    } catch (e) {
      fail(r, e);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 1c. The floors. PDF: pdf-lib alone (the same fork and fontkit) drawing the runs our engine
//     placed, with the same faces embedded as subsets, and saving (scripts/bench-floor.ts). DOCX:
//     the bare `docx` API writing the same paragraphs and tables (scripts/bench-docx-bare.ts).
//     Both on the département and on the 30-page document, runs alternated.

async function floorRows(): Promise<void> {
  const floor = await import("./bench-floor");
  const bare = await import("./bench-docx-bare");
  const documents: [string, string, () => Promise<Document>][] = [
    ["", "département", async () => (await loadExample()).document],
    ["-30", "30-page document", loadLong],
  ];
  for (const [suffix, label, load] of documents) {
    const pdfRow = row(`pdf-floor${suffix}`, `PDF: renderPdf vs the floor (pdf-lib replaying our runs), ${label}`);
    const docxRow = row(`docx-bare${suffix}`, `DOCX: renderDocx vs the bare docx API, ${label}`);
    try {
      const { pdf, docx } = await loadLibs();
      const document = await load();
      const { layout } = await pdf.renderPdfWithLayout(document);
      const families = [await pdf.loadPacteSans(), ...(layout.pages.some((p) => p.texts.some((t) => t.fontFamily !== pdf.PACTE_SANS_NAME)) ? [await pdf.loadPacteSansExtended()] : [])];
      const input = floor.floorInput(layout, families);
      progress(`floor (${label}): warm-up then ${AB_RUNS} alternated pairs`);
      const { a: A, b: B, lastB: floorBytes } = await alternate(() => pdf.renderPdf(document), () => floor.floorPdf(input), AB_RUNS);
      const runs = input.pages.reduce((n, p) => n + p.texts.length, 0);
      pdfRow.ours = ms(A.median);
      pdfRow.other = ms(B.median);
      pdfRow.ratio = times(B.median / A.median);
      pdfRow.notes = `other = the floor, ratio = floor / ours; ours is ${times(A.median / B.median)} the floor, ${ms(A.median - B.median)} of our own (document walk, line breaking, pagination, tagging, PDF/A); ${layout.pages.length} pages, ${runs} runs, floor ${kb(floorBytes.length)}; A B ×${AB_RUNS}`;
      pdfRow.data = { ours: A, floor: B, ratio: B.median / A.median, pages: layout.pages.length, runs, floorBytes: floorBytes.length, pairs: AB_RUNS };
      judge(pdfRow, "ours ≤ 1.5× the floor", A.median / B.median, 1.5, "at most");
    } catch (e) {
      fail(pdfRow, e);
    }
    try {
      const { docx } = await loadLibs();
      const document = await load();
      progress(`bare docx (${label}): warm-up then ${AB_RUNS} alternated pairs`);
      const { a: A, b: B, lastA: ours, lastB: theirs } = await alternate(() => docx.renderDocx(document), () => bare.bareDocx(document), AB_RUNS);
      docxRow.ours = ms(A.median);
      docxRow.other = ms(B.median);
      docxRow.ratio = times(B.median / A.median);
      docxRow.notes = `other = bare docx API, ratio = bare / ours; ours is ${times(A.median / B.median)} the bare API; ${kb(ours.length)} vs ${kb(theirs.length)}; A B ×${AB_RUNS}`;
      docxRow.data = { ours: A, bare: B, ratio: B.median / A.median, bytes: { ours: ours.length, bare: theirs.length }, pairs: AB_RUNS };
      judge(docxRow, "ours ≤ 1.3× bare docx", A.median / B.median, 1.3, "at most");
    } catch (e) {
      fail(docxRow, e);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 2b. The cost of tagging (PDF/UA-1): the département example rendered tagged and untagged,
//     runs alternated; time and size.

async function taggingRows(): Promise<void> {
  const time = row("pdf-tagging", "département: renderPdf tagged (PDF/UA-1) vs untagged");
  const size = row("pdf-tagging-size", "département: PDF size tagged vs untagged");
  try {
    const { pdf } = await loadLibs();
    const { document } = await loadExample();
    progress(`tagging: warm-up then ${AB_RUNS} alternated pairs`);
    const { a: T, b: U, lastA: tagged, lastB: untagged } = await alternate(
      () => pdf.renderPdf(document),
      () => pdf.renderPdf(document, { tagged: false }),
      AB_RUNS,
    );
    const pages = (await pdf.renderPdfWithLayout(document)).layout.pages.length;
    time.ours = ms(T.median);
    time.other = ms(U.median);
    time.ratio = times(U.median / T.median);
    time.notes = `other = tagged: false; ratio < 1: tagging costs ${pct(T.median / U.median - 1)} more time; ${pages} pages; A B ×${AB_RUNS}; tagged ${spread(T)}, untagged ${spread(U)}`;
    time.data = { tagged: T, untagged: U, overhead: T.median / U.median - 1, pages, pairs: AB_RUNS, warmupPairs: 3 };
    size.ours = kb(tagged.length);
    size.other = kb(untagged.length);
    size.ratio = times(tagged.length / untagged.length);
    size.notes = `other = tagged: false; ratio = size multiple: the structure tree, marked content and descriptions add ${kb(tagged.length - untagged.length)} (${pct(tagged.length / untagged.length - 1)}); PDF/A-2a vs 2b`;
    size.data = { tagged: tagged.length, untagged: untagged.length, overhead: tagged.length / untagged.length - 1 };
  } catch (e) {
    fail(time, e);
    fail(size, e);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. @pacte/pdf against LibreOffice converting our DOCX

async function sofficeRow(): Promise<void> {
  const r = row("soffice", "DOCX: renderDocx vs LibreOffice converting it to PDF");
  const soffice = onPath("soffice");
  if (soffice === undefined) {
    skip(r, "skipped (soffice absent)");
    r.data = { skipped: "soffice absent" };
    return;
  }
  let work: string | undefined;
  try {
    const { pdf, docx } = await loadLibs();
    const bare = await import("./bench-docx-bare");
    const { document } = await loadExample();
    const docxBytes = await docx.renderDocx(document);
    work = await mkdtemp(join(os.tmpdir(), "pacte-bench-lo-"));
    const input = join(work, "contrat.docx");
    const outDir = join(work, "pdf");
    await mkdir(outDir);
    await writeFile(input, docxBytes);
    const profile = pathToFileURL(join(work, "profile")).href;
    const convert = async (): Promise<ChildResult> => {
      await rm(join(outDir, "contrat.pdf"), { force: true });
      const c = await runChild(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, input], { cwd: work, timeoutMs: 120_000 });
      if (c.timedOut) throw new Error("soffice timed out after 120 s");
      if (c.code !== 0 || !existsSync(join(outDir, "contrat.pdf"))) throw new Error(`soffice failed (exit ${c.code ?? c.signal}): ${(c.stderr || c.stdout).trim().slice(0, 200)}`);
      return c;
    };
    progress(`soffice: warm-up (new profile) then ${SOFFICE_RUNS} alternated pairs`);
    const warm = await convert();
    for (let k = 0; k < 3; k++) await Promise.all([pdf.renderPdf(document), docx.renderDocx(document), bare.bareDocx(document)]);
    const sa: number[] = [];
    const sp: number[] = [];
    const sb: number[] = [];
    const sx: number[] = [];
    for (let k = 0; k < SOFFICE_RUNS; k++) {
      let t0 = performance.now();
      await docx.renderDocx(document);
      sa.push(performance.now() - t0);
      t0 = performance.now();
      await bare.bareDocx(document);
      sx.push(performance.now() - t0);
      t0 = performance.now();
      await pdf.renderPdf(document);
      sp.push(performance.now() - t0);
      sb.push((await convert()).ms);
    }
    const A = stats(sa);
    const P = stats(sp);
    const B = stats(sb);
    const X = stats(sx);
    const loPdf = join(outDir, "contrat.pdf");
    const loPages = await pdfPages(loPdf);
    const loBytes = (await readFile(loPdf)).length;
    const version = (await runChild(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--version"], { cwd: work, timeoutMs: 60_000 })).stdout.trim().split("\n")[0] ?? "";
    r.ours = ms(A.median);
    r.other = ms(B.median);
    r.ratio = times(B.median / A.median);
    r.notes = `soffice / ours; ${SOFFICE_RUNS} runs each, warm-up ${ms(warm.ms)}; soffice = process start + load + export of our DOCX; renderPdf ${ms(P.median)}, ${times(B.median / P.median)}; the bare docx API writing the same content ${ms(X.median)}, ${times(B.median / X.median)}: the most a renderer on docx can reach; LO pages ${loPages ?? "?"}, ${kb(loBytes)}`;
    r.data = { ours: A, renderPdf: P, bareDocx: X, bareRatio: B.median / X.median, soffice: B, ratio: B.median / A.median, warmupMs: warm.ms, runs: SOFFICE_RUNS, libreoffice: version, pages: { libreoffice: loPages }, bytes: { docxInput: docxBytes.length, libreofficePdf: loBytes } };
    judge(r, "≥ 50× LibreOffice", B.median / A.median, 50, "at least");
  } catch (e) {
    fail(r, e);
  } finally {
    if (work !== undefined) await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The national batch, one worker, all cores, and all cores with --low-memory, each run in a
//    child process

interface BatchRun extends BatchBenchResult {
  /** The child's whole life as the parent saw it (Node and tsx start, module loading, the batch). */
  readonly processMs: number;
  /** The share of the machine's CPU other processes took during the run (they skew the figures). */
  readonly othersShare: number;
}

/** A configuration of the batch: its worker count, with `--low-memory` or not. */
interface BatchConfig {
  readonly key: string;
  readonly jobs: number;
  readonly low: boolean;
  readonly label: string;
}

async function batchRows(): Promise<void> {
  await batchRowsOn({ path: process.execPath, version: process.version }, "batch", "national batch");
}

/**
 * The same batch on Node 24, which users run: its engine starts and optimizes faster, and sizes
 * its heaps larger (packages/cli/src/batch/heap-growth.ts).
 */
async function batchNode24Rows(): Promise<void> {
  const node = await node24();
  if (typeof node === "string") {
    skip(row("batch24", "national batch on Node 24"), `skipped (${node})`);
    return;
  }
  await batchRowsOn(node, "batch24", "national batch on Node 24");
}

/** The rows of the national batch run by `node`: ids start with `prefix`, measures with `label`. */
async function batchRowsOn(node: NodeBinary, prefix: string, label: string): Promise<void> {
  const cores = os.availableParallelism();
  const config = (jobs: number, low: boolean): BatchConfig => ({ key: `${jobs}${low ? "-low" : ""}`, jobs, low, label: `--jobs ${jobs}${low ? " --low-memory" : ""}` });
  // One worker, every core, and every core with --low-memory (less memory for more time).
  const configs = cores > 1 ? [config(1, false), config(cores, false), config(cores, true)] : [config(1, false), config(1, true)];
  const wall = new Map(configs.map((c) => [c.key, row(`${prefix}-wall-${c.key}`, `${label}, wall time, ${c.label}`)]));
  const rss = new Map(configs.map((c) => [c.key, row(`${prefix}-rss-${c.key}`, `${label}, peak RSS, ${c.label}`)]));
  const growthOf = new Map(configs.filter((c) => c.jobs === cores).map((c) => [c.key, row(`${prefix}-rss-growth${c.low ? "-low" : ""}`, `${label}, resident memory from the 10th contract to the last, ${c.label}`)]));
  const all = [...wall.values(), ...rss.values(), ...growthOf.values()];
  const tsxImport = ["--import", "tsx"];
  // The batch process is run by plain `node`, as `npx pacte batch` would be: the executable
  // (packages/cli/bin/pacte.mjs) in a wrapper that reads its progress lines.
  const { argv: wrapper, runner } = await nodeScript(BATCH_WRAPPER);

  // The inputs, as the example prepares them: its main.ts writes out/batch-national/entrees/*.json
  // and then calls `pacte batch`; with --help the batch only prints its help, so nothing is rendered.
  progress("batch: preparing the inputs (examples/batch-national, --help)");
  try {
    const prep = await runChild(process.execPath, [...tsxImport, BATCH_MAIN, "--help"], { timeoutMs: 120_000 });
    const inputs = existsSync(BATCH_INPUTS) ? readdirSync(BATCH_INPUTS).filter((f) => f.endsWith(".json")).length : 0;
    if (prep.code !== 0 || inputs === 0) throw new Error(`examples/batch-national did not prepare its inputs (exit ${prep.code}): ${(prep.stderr || prep.stdout).trim().split("\n").slice(-2).join(" | ")}`);
  } catch (e) {
    for (const r of all) fail(r, e);
    return;
  }

  const runs = new Map<string, BatchRun[]>(configs.map((c) => [c.key, []]));
  const errors = new Map<string, string>();
  for (let round = 0; round < BATCH_RUNS; round++) {
    for (const c of configs) {
      progress(`${prefix}: Node ${node.version}, round ${round + 1}/${BATCH_RUNS}, ${c.label}`);
      const out = await mkdtemp(join(os.tmpdir(), "pacte-bench-batch-"));
      const mark = cpuMark();
      try {
        const child = await runChild(node.path, [...wrapper, "--inputs", BATCH_INPUTS, "--out", out, "--jobs", String(c.jobs), ...(c.low ? ["--low-memory"] : [])], { timeoutMs: 300_000 });
        if (child.timedOut) throw new Error("batch timed out after 300 s");
        const last = child.stdout.trim().split("\n").at(-1) ?? "";
        let result: BatchBenchResult;
        try {
          result = JSON.parse(last) as BatchBenchResult;
        } catch {
          throw new Error(`no result line from bench-batch.ts (exit ${child.code ?? child.signal}): ${(child.stderr || child.stdout).trim().split("\n").slice(-2).join(" | ")}`);
        }
        if (result.error !== undefined && result.contracts === 0) throw new Error(result.error);
        runs.get(c.key)?.push({ ...result, processMs: child.ms, othersShare: othersShare(mark, result.cpuMs ?? 0) });
      } catch (e) {
        errors.set(c.key, e instanceof Error ? e.message : String(e));
      } finally {
        await rm(out, { recursive: true, force: true }).catch(() => undefined);
      }
    }
  }

  const summary = new Map<string, { wall: Stats; rssKb: number; last: BatchRun }>();
  for (const c of configs) {
    const list = runs.get(c.key) ?? [];
    const w = wall.get(c.key);
    const m = rss.get(c.key);
    if (w === undefined || m === undefined) continue;
    const last = list.at(-1);
    if (last === undefined) {
      const e = new Error(errors.get(c.key) ?? "no run");
      fail(w, e);
      fail(m, e);
      continue;
    }
    const s = stats(list.map((x) => x.wallMs));
    const peak = Math.max(...list.map((x) => x.maxRssKb));
    summary.set(c.key, { wall: s, rssKb: peak, last });
    const outcome = `${last.ok} ok, ${last.failed} failed${last.exitCode !== 0 ? `, exit ${last.exitCode}` : ""}`;
    const cpu = stats(list.map((x) => x.cpuMs ?? Number.NaN));
    const others = Math.max(...list.map((x) => x.othersShare));
    noise.set(`${prefix} ${c.label}`, others);
    w.ours = ms(s.median);
    w.notes = `${last.contracts} contracts (PDF+DOCX); ${list.length} run${list.length > 1 ? "s" : ""}${list.length > 1 ? `, ${spread(s)}` : ""}; CPU ${ms(cpu.median)}; ${outcome}`;
    w.data = { jobs: c.jobs, lowMemory: c.low, node: node.version, wallMs: s, cpuMs: cpu, runs: list, ...(errors.has(c.key) ? { error: errors.get(c.key) } : {}) };
    m.ours = mib(peak);
    m.notes = `max over runs of the batch process's maxRSS (workers included)${runner === "node" ? "" : "; tsx loaded in it (+~100 MiB)"}`;
    m.data = { jobs: c.jobs, lowMemory: c.low, node: node.version, maxRssKb: peak, perRunKb: list.map((x) => x.maxRssKb), runner };
    // The goals are for the runs with every core (two workers here), with and without --low-memory.
    if (c.jobs === cores) judge(m, "≤ 400 MB", (peak * 1024) / 1e6, 400, "at most", (x) => `${x.toFixed(0)} MB`);
    if (c.jobs === cores && c.jobs > 1) judge(w, "< 6 s", s.median, 6000, "at most", ms);
    if (last.exitCode !== 0 || last.failed > 0) w.status = "failed";
  }
  // All cores against one worker: the other column is --jobs 1, the ratio the speed-up (or the
  // memory multiple). With --low-memory, against the same workers without it: what it costs in
  // time and saves in memory.
  const one = summary.get(config(1, false).key);
  for (const c of configs.filter((x) => x.jobs > 1 || x.low)) {
    const base = c.low ? summary.get(config(c.jobs, false).key) : one;
    const baseLabel = c.low ? config(c.jobs, false).label : "--jobs 1";
    const many = summary.get(c.key);
    const w = wall.get(c.key);
    const m = rss.get(c.key);
    if (base === undefined || many === undefined || w === undefined || m === undefined) continue;
    w.other = ms(base.wall.median);
    w.ratio = times(base.wall.median / many.wall.median);
    w.notes = `other = ${baseLabel}, ratio = ${c.low ? "other / ours (< 1: the time --low-memory costs)" : "speed-up"}; ${w.notes}`;
    m.other = mib(base.rssKb);
    m.ratio = times(many.rssKb / base.rssKb);
    m.notes = `other = ${baseLabel}, ratio = memory multiple; ${m.notes}`;
    if (!c.low) {
      w.goal = `${w.goal}; speed-up ≥ 1.70×: ${base.wall.median / many.wall.median >= 1.7 ? "met" : `missed by ${times(1.7 - base.wall.median / many.wall.median)}`}`;
      w.data = { ...w.data, speedUp: base.wall.median / many.wall.median, speedUpGoal: 1.7, speedUpMet: base.wall.median / many.wall.median >= 1.7 };
    }
  }
  // Memory per contract: the resident set as the 10th to 19th contracts came back against the
  // last ten, on the runs with every core (the median of each window: a collection can fall
  // between two samples).
  for (const [key, growth] of growthOf) {
    const samples = summary.get(key)?.last.rssKbAfter ?? [];
    if (samples.length >= 30) {
      const median = (xs: readonly number[]): number => stats(xs).median;
      const early = median(samples.slice(9, 19));
      const late = median(samples.slice(-10));
      growth.ours = mib(late);
      growth.other = mib(early);
      growth.ratio = times(late / early);
      growth.notes = `ratio = ours / other; median resident set as contracts 10–19 came back (other) and the last ten (ours); ${samples.length} samples, min ${mib(Math.min(...samples))}, max ${mib(Math.max(...samples))}`;
      growth.data = { rssKbAfter: samples, earlyKb: early, lateKb: late };
      judge(growth, "flat (≤ 1.10×)", late / early, 1.1, "at most");
    } else if (growth.status === "ok") {
      fail(growth, new Error(`too few samples (${samples.length}) of the resident set`));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Bundles: what a browser app ships. esbuild (the root devDependency) bundles an entry from the
//    built packages' ESM (dist/) for the browser, minified; the size is gzip -9 of what the entry
//    loads at once (its chunk and the chunks it imports statically), measured here with node:zlib.
//    Chunks reached only through import() (Pacte Sans Extended, loaded for a rare character) are
//    counted apart. The web page is built with vite into a temporary folder, whatever it holds
//    when the bench runs: its first load is index.html and what it names (entry script, its static
//    imports, style sheets, the fonts those reference), not the chunks the page imports later.

const kB = 1000;
const BUNDLES = [
  { id: "bundle-siren", measure: "bundle: isValidSiren alone (@pacte/model)", goal: 10 * kB, code: `export { isValidSiren } from "@pacte/model";\n` },
  { id: "bundle-euros", measure: "bundle: formatEuros alone (@pacte/document)", goal: 5 * kB, code: `export { formatEuros } from "@pacte/document";\n` },
  {
    id: "bundle-pdf-path",
    measure: "bundle: contract → PDF (parseContract, contractToDocument, renderPdf)",
    goal: 450 * kB,
    code: [
      `import { contractToDocument, parseContract } from "@pacte/contract";`,
      `import { renderPdf } from "@pacte/pdf";`,
      `export const contractToPdf = (input) => renderPdf(contractToDocument(parseContract(input)));`,
      ``,
    ].join("\n"),
    // What the path carries before any pacte code: pdf-lib's document and fontkit, as @pacte/pdf
    // ships them (with the stand-ins of packages/pdf/scripts/stand-ins.ts), and the two upright
    // faces of Pacte Sans as the package stores them (its italics come through import(), when a
    // document sets text in italics).
    floor: [
      `export { PDFDocument } from "@cantoo/pdf-lib";`,
      `export * as fontkit from "fontkit";`,
      ...["regular", "bold"].map((f) => `export * from "./packages/pdf/src/fonts/data/pacte-sans-${f}.ts";`),
      ``,
    ].join("\n"),
  },
] as const;
const WEB_FIRST_LOAD_GOAL = 100 * kB;

const gzipBytes = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** The package an input path belongs to: `zod`, `@pacte/model`, `(entry)`. */
function packageOf(input: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (nm?.[1] !== undefined) return nm[1];
  const own = /^packages\/([^/]+)\//.exec(input);
  if (own?.[1] !== undefined) return `@pacte/${own[1]}`;
  return "(entry)";
}

interface BundleSize {
  /** gzip -9 of the entry chunk and its static imports: what loading the entry costs. */
  readonly gzip: number;
  readonly minified: number;
  /** gzip -9 of the chunks reached only through import(). */
  readonly lazyGzip: number;
  readonly lazyChunks: number;
  /** Share of the minified bytes of the first load, per package, largest first. */
  readonly byPackage: readonly { readonly name: string; readonly bytes: number }[];
}

async function bundleSize(code: string, plugins: import("esbuild").Plugin[] = []): Promise<BundleSize> {
  const esbuild = await import("esbuild");
  const outdir = join(RESULTS, ".cache", "bundle");
  const r = await esbuild.build({
    stdin: { contents: code, resolveDir: ROOT, sourcefile: "entry.js", loader: "js" },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    splitting: true,
    outdir,
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
    plugins,
  });
  const outputs = r.metafile.outputs;
  const bytesOf = new Map(r.outputFiles.map((f) => [relative(ROOT, f.path), f.contents]));
  const entry = Object.keys(outputs).find((k) => outputs[k]?.entryPoint !== undefined && !k.endsWith(".map"));
  if (entry === undefined) throw new Error("esbuild gave no entry chunk");
  const first = new Set<string>();
  const visit = (out: string): void => {
    if (first.has(out)) return;
    first.add(out);
    for (const i of outputs[out]?.imports ?? []) if (i.kind === "import-statement" && !i.external) visit(i.path);
  };
  visit(entry);
  let gzip = 0;
  let minified = 0;
  let lazyGzip = 0;
  let lazyChunks = 0;
  const perPackage = new Map<string, number>();
  for (const out of Object.keys(outputs)) {
    const bytes = bytesOf.get(out);
    if (bytes === undefined || out.endsWith(".map")) continue;
    if (first.has(out)) {
      gzip += gzipBytes(bytes);
      minified += bytes.length;
      for (const [input, { bytesInOutput }] of Object.entries(outputs[out]?.inputs ?? {})) perPackage.set(packageOf(input), (perPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
    } else {
      lazyGzip += gzipBytes(bytes);
      lazyChunks++;
    }
  }
  const byPackage = [...perPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { gzip, minified, lazyGzip, lazyChunks, byPackage };
}

const shares = (list: readonly { readonly name: string; readonly bytes: number }[], total: number, n = 3): string =>
  list
    .slice(0, n)
    .map((p) => `${p.name} ${pct(p.bytes / total)}`)
    .join(", ");

async function bundleRows(): Promise<void> {
  for (const b of BUNDLES) {
    const r = row(b.id, b.measure);
    progress(`bundles: ${b.id}`);
    try {
      const s = await bundleSize(b.code);
      r.ours = kb(s.gzip);
      r.other = `≤ ${kb(b.goal)}`;
      r.ratio = times(s.gzip / b.goal);
      r.notes = `other = goal, ratio = ours / goal; minified ${kb(s.minified)}: ${shares(s.byPackage, s.minified)}${
        s.lazyChunks > 0 ? `; + ${kb(s.lazyGzip)} in ${s.lazyChunks} chunk${s.lazyChunks > 1 ? "s" : ""} loaded by import() only when needed` : ""
      }`;
      judge(r, `≤ ${kb(b.goal)}`, s.gzip, b.goal, "at most", kb);
      if ("floor" in b) {
        const { standInsPlugin } = await import("../packages/pdf/scripts/stand-ins");
        const floor = await bundleSize(b.floor, [standInsPlugin()]);
        r.notes += `; floor: pdf-lib, fontkit and Pacte Sans upright alone ${kb(floor.gzip)}, so ${kb(s.gzip - floor.gzip)} for the rest: the pacte packages and the other library they bring to the first load, zod (goal − floor = ${kb(b.goal - floor.gzip)})`;
        r.data = { ...r.data, floorGzipBytes: floor.gzip, floorEntry: b.floor };
      }
      r.data = { ...r.data, gzipBytes: s.gzip, goalBytes: b.goal, ratio: s.gzip / b.goal, met: s.gzip <= b.goal, minifiedBytes: s.minified, lazyGzipBytes: s.lazyGzip, lazyChunks: s.lazyChunks, byPackage: s.byPackage, entry: b.code, bundler: "esbuild, browser, esm, minify, splitting; gzip -9 (node:zlib)" };
    } catch (e) {
      const unbuilt = e instanceof Error && /Could not resolve "@pacte\//.test(e.message);
      fail(r, unbuilt ? new Error(`the @pacte packages are not built (npx turbo run build): ${e.message.split("\n")[1] ?? ""}`) : e);
    }
  }
  await webRow();
}

/** The files an ES module imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), relative ones only. */
const staticImportsOf = (code: string): string[] =>
  [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? "");
/** The files a style sheet names (`url(…)` that is not data:, `@import`). */
const cssReferencesOf = (css: string): string[] =>
  [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2] ?? "").trim()).filter((u) => u !== "" && !/^(data:|https?:|#)/.test(u));

async function webRow(): Promise<void> {
  const r = row("bundle-web", "bundle: examples/web first load (vite build)");
  const web = join(ROOT, "examples/web");
  let out: string | undefined;
  try {
    let viteBin: string;
    try {
      const require = createRequire(join(web, "package.json"));
      viteBin = join(dirname(require.resolve("vite/package.json")), "bin/vite.js");
    } catch {
      skip(r, "vite not installed");
      return;
    }
    out = await mkdtemp(join(os.tmpdir(), "pacte-bench-web-"));
    progress("bundles: vite build of examples/web");
    const c = await runChild(process.execPath, [viteBin, "build", "--outDir", out, "--emptyOutDir", "--logLevel", "error"], { cwd: web, timeoutMs: 300_000 });
    if (c.timedOut) throw new Error("vite build timed out after 300 s");
    if (c.code !== 0 || !existsSync(join(out, "index.html"))) throw new Error(`vite build failed (exit ${c.code ?? c.signal}): ${(c.stderr || c.stdout).trim().split("\n").slice(-3).join(" | ")}`);
    const html = readFileSync(join(out, "index.html"), "utf8");
    const files = new Map<string, "html" | "js" | "css" | "font" | "other">([["index.html", "html"]]);
    const add = (from: string, ref: string): void => {
      const path = relative(out ?? "", join(out ?? "", dirname(from), ref.split(/[?#]/)[0] ?? ""));
      if (files.has(path) || !existsSync(join(out ?? "", path))) return;
      const kind = path.endsWith(".js") || path.endsWith(".mjs") ? "js" : path.endsWith(".css") ? "css" : /\.(woff2?|ttf|otf)$/.test(path) ? "font" : "other";
      files.set(path, kind);
      if (kind === "js") for (const i of staticImportsOf(readFileSync(join(out ?? "", path), "utf8"))) add(path, i);
      if (kind === "css") for (const i of cssReferencesOf(readFileSync(join(out ?? "", path), "utf8"))) add(path, i);
    };
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (m[1] !== undefined) add("index.html", m[1]);
    for (const m of html.matchAll(/<link\b[^>]*>/g)) {
      const tag = m[0];
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      if (href !== undefined && /\brel="(stylesheet|modulepreload|preload)"/.test(tag) && !href.startsWith("data:")) add("index.html", href);
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) for (const ref of cssReferencesOf(m[1] ?? "")) add("index.html", ref);
    const byKind: Record<string, number> = {};
    const list: { file: string; kind: string; bytes: number; gzipBytes: number }[] = [];
    let total = 0;
    for (const [file, kind] of files) {
      const bytes = readFileSync(join(out, file));
      const g = gzipBytes(bytes);
      total += g;
      byKind[kind] = (byKind[kind] ?? 0) + g;
      list.push({ file, kind, bytes: bytes.length, gzipBytes: g });
    }
    const all = readdirSync(join(out, "assets"), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.m?js$/.test(d.name))
      .map((d) => relative(out ?? "", join(d.parentPath, d.name)));
    const lazy = all.filter((f) => !files.has(f));
    const lazyGzip = lazy.reduce((sum, f) => sum + gzipBytes(readFileSync(join(out ?? "", f))), 0);
    r.ours = kb(total);
    r.other = `≤ ${kb(WEB_FIRST_LOAD_GOAL)}`;
    r.ratio = times(total / WEB_FIRST_LOAD_GOAL);
    r.notes = `other = goal, ratio = ours / goal; ${Object.entries(byKind)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(", ")} (${files.size} files); + ${kb(lazyGzip)} of JS in ${lazy.length} chunks imported later`;
    judge(r, `≤ ${kb(WEB_FIRST_LOAD_GOAL)}`, total, WEB_FIRST_LOAD_GOAL, "at most", kb);
    r.data = { ...r.data, gzipBytes: total, goalBytes: WEB_FIRST_LOAD_GOAL, ratio: total / WEB_FIRST_LOAD_GOAL, met: total <= WEB_FIRST_LOAD_GOAL, byKind, files: list, lazyChunks: lazy.length, lazyGzipBytes: lazyGzip, buildMs: Math.round(c.ms) };
  } catch (e) {
    fail(r, e);
  } finally {
    if (out !== undefined) await rm(out, { recursive: true, force: true }).catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. CLI start: `node -e 0`, then the built `pacte` as npm installs it (packages/cli/bin/pacte.mjs,
//    which loads dist/bin/cli.js; run by this same node) printing its version, its help, and
//    checking the département example, and node loading zod and yaml alone; each a child
//    process, the five alternated round after round after two warm-up rounds; wall-time medians,
//    ratio = pacte / node -e 0 against the goal. The CPU time of each (user + system, from
//    /proc/self/stat's children times on Linux, 10 ms ticks) is in the notes: steadier than wall
//    time on a busy machine.

/** CPU time of this process's waited-for children, in milliseconds (Linux), else `undefined`. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm) ": state is field 3, cutime 16 and cstime 17, in clock ticks (100 a second).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** A Node.js binary the CLI rows start, with what the table calls it. */
interface NodeBinary {
  readonly path: string;
  /** `v24.11.1`. */
  readonly version: string;
}

/**
 * Node `major`, which users run (Node 22 and 24; this machine's own may be older), for the CLI's
 * start and the national batch: the binary `PACTE_BENCH_NODE<major>` names, this process's when
 * it is that version, else the npm registry's `node@<major>` package, as `npx -y node@<major>`
 * installs it. A string says why there is none.
 */
async function nodeBinary(major: number): Promise<NodeBinary | string> {
  if (process.versions.node.split(".")[0] === String(major)) return { path: process.execPath, version: process.version };
  let path = process.env[`PACTE_BENCH_NODE${major}`];
  if (path === undefined || path === "") {
    const npx = onPath("npx");
    if (npx === undefined) return "npx absent";
    const r = await runChild(npx, ["-y", `node@${major}`, "-p", "process.execPath"], { timeoutMs: 300_000 });
    path = r.code === 0 ? r.stdout.trim().split("\n").at(-1) : undefined;
    if (path === undefined || path === "") return `npx -y node@${major} failed: ${(r.stderr.trim().split("\n")[0] ?? "").slice(0, 120)}`;
  }
  const v = await runChild(path, ["-p", "process.version"], { timeoutMs: 60_000 }).catch(() => undefined);
  const version = v?.code === 0 ? v.stdout.trim() : "";
  return version.startsWith(`v${major}.`) ? { path, version } : `${path} is not Node ${major} (${version || "does not run"})`;
}

let node24Lookup: Promise<NodeBinary | string> | undefined;
/** Node 24, looked up once for the sections that run on it. */
const node24 = (): Promise<NodeBinary | string> => (node24Lookup ??= nodeBinary(24));

async function cliRows(): Promise<void> {
  await cliStartRows({ path: process.execPath, version: process.version }, "cli", "start", { withLibraries: true });
}

/**
 * The same start, on Node 24: its own `node -e 0` is several times faster than Node 20's, so the
 * same work of ours is a larger ratio. The executable keeps its compiled code there (Node 22.1
 * and later: packages/cli/src/compile-cache.ts), in a folder of this run that the warm-up rounds
 * fill, as a user's first run does.
 */
async function cliNode24Rows(): Promise<void> {
  const node = await node24();
  if (typeof node === "string") {
    skip(row("cli24", "start on Node 24"), `skipped (${node})`);
    return;
  }
  const cache = await mkdtemp(join(os.tmpdir(), "pacte-bench-compile-cache-"));
  try {
    await cliStartRows(node, "cli24", "start on Node 24", { withLibraries: false, env: { NODE_COMPILE_CACHE: cache } });
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

/**
 * The rows of `pacte --version`, `--help` and `validate` started by `node`, each against that
 * Node's own `node -e 0`, in alternated rounds after two warm-up rounds; `withLibraries` adds node
 * loading zod and yaml alone (no goal); `env` is added to the children's environment.
 */
async function cliStartRows(node: NodeBinary, prefix: string, label: string, options: { readonly withLibraries: boolean; readonly env?: Readonly<Record<string, string>> }): Promise<void> {
  const extraEnv = options.env ?? {};
  // What a user's `pacte` runs; it builds the CLI first when dist/ is missing, which is not measured.
  const bin = join(ROOT, "packages/cli/bin/pacte.mjs");
  const cli = join(ROOT, "packages/cli/dist/bin/cli.js");
  const example = relative(ROOT, EXAMPLE);
  const cases: readonly { id: string; measure: string; argv: readonly string[]; goal: number | null | undefined }[] = [
    { id: `${prefix}-node`, measure: `${label}: node -e 0`, argv: ["-e", "0"], goal: undefined },
    { id: `${prefix}-version`, measure: `${label}: pacte --version`, argv: [bin, "--version"], goal: 1.5 },
    { id: `${prefix}-help`, measure: `${label}: pacte --help`, argv: [bin, "--help"], goal: 1.5 },
    { id: `${prefix}-validate`, measure: `${label}: pacte validate ${example}`, argv: [bin, "validate", example], goal: 3 },
    // node loading zod (the schemas' source of truth) and yaml whole from node_modules, no pacte
    // code at all: what they cost a library's user. No goal. The executable bundles only the parts
    // it uses (packages/cli/tsup.config.ts), so this is no longer a floor under validate's.
    ...(options.withLibraries
      ? [{ id: `${prefix}-zod-yaml`, measure: `${label}: node loading zod and yaml only`, argv: ["--input-type=module", "-e", 'await Promise.all([import("zod"), import("yaml")]);'], goal: null }]
      : []),
  ];
  const rowsOf = cases.map((c) => row(c.id, c.measure));
  if (!existsSync(cli)) {
    for (const r of rowsOf) fail(r, new Error(`${relative(ROOT, cli)} is missing: build the CLI first (npx turbo run build --filter=@pacte/cli)`));
    return;
  }
  // The children get this environment without NODE_OPTIONS (a loader there would be timed too).
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.NODE_OPTIONS;
  const once = async (argv: readonly string[]): Promise<{ ms: number; cpuMs: number | undefined }> => {
    const before = childrenCpuMs();
    const t0 = performance.now();
    const c = await new Promise<{ code: number | null; stderr: string }>((done, reject) => {
      const child = spawn(node.path, argv, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
      child.on("error", reject);
      child.on("close", (code) => done({ code, stderr }));
    });
    const ms = performance.now() - t0;
    const after = childrenCpuMs();
    if (c.code !== 0) throw new Error(`node ${argv.map((a) => relative(ROOT, a) || a).join(" ")} exited ${c.code}: ${c.stderr.trim().split("\n")[0] ?? ""}`);
    return { ms, cpuMs: before === undefined || after === undefined ? undefined : after - before };
  };
  progress(`${prefix}: Node ${node.version}, two warm-up rounds then ${CLI_RUNS} alternated rounds`);
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  let childCpu = 0;
  const mark = cpuMark();
  try {
    for (let round = -2; round < CLI_RUNS; round++) {
      for (const [k, c] of cases.entries()) {
        const t = await once(c.argv);
        childCpu += t.cpuMs ?? 0;
        if (round < 0) continue;
        wall[k]?.push(t.ms);
        if (t.cpuMs !== undefined) cpu[k]?.push(t.cpuMs);
      }
    }
  } catch (e) {
    for (const r of rowsOf) fail(r, e);
    return;
  }
  noise.set(prefix, othersShare(mark, childCpu));
  const nodeMs = stats(wall[0] ?? []);
  const nodeCpu = stats(cpu[0] ?? []);
  for (const [k, c] of cases.entries()) {
    const r = rowsOf[k];
    if (r === undefined) continue;
    const s = stats(wall[k] ?? []);
    const u = stats(cpu[k] ?? []);
    const cpuNote = (cpu[k]?.length ?? 0) > 0 ? `; CPU ${ms(u.median)}${c.goal === undefined ? "" : ` (${times(u.median / nodeCpu.median)})`}` : "";
    r.ours = ms(s.median);
    if (c.goal === undefined) {
      r.notes = `the reference, Node ${node.version}; ${spread(s)}${cpuNote}; ${CLI_RUNS} runs`;
      r.data = { ms: s, cpuMs: u, runs: CLI_RUNS, node: node.version };
      continue;
    }
    const ratio = s.median / nodeMs.median;
    r.other = ms(nodeMs.median);
    r.ratio = times(ratio);
    r.data = { ms: s, cpuMs: u, node: nodeMs, nodeCpuMs: nodeCpu, ratio, cpuRatio: u.median / nodeCpu.median, runs: CLI_RUNS, nodeVersion: node.version, argv: c.argv.map((a) => relative(ROOT, a) || a) };
    if (c.goal === null) {
      r.notes = `other = node -e 0, ratio = ours / other; the two libraries validate reads with, whole from node_modules, without pacte (the executable bundles only their parts it uses); ${spread(s)}${cpuNote}; ${CLI_RUNS} alternated runs`;
      r.goal = "no goal";
      continue;
    }
    const cacheNote = extraEnv.NODE_COMPILE_CACHE === undefined ? "" : "; Node's compile cache on, warm";
    r.notes = `other = node -e 0, ratio = ours / other; ${spread(s)}${cpuNote}; ${CLI_RUNS} alternated runs${cacheNote}`;
    judge(r, `≤ ${times(c.goal)} node -e 0`, ratio, c.goal, "at most");
  }
}

// ---------------------------------------------------------------------------------------------
// The table and the record

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

async function gitCommit(): Promise<string | undefined> {
  const git = onPath("git");
  if (git === undefined) return undefined;
  try {
    const r = await runChild(git, ["rev-parse", "--short", "HEAD"], { timeoutMs: 10_000 });
    const dirty = await runChild(git, ["status", "--porcelain", "--untracked-files=no"], { timeoutMs: 10_000 });
    return r.code === 0 ? `${r.stdout.trim()}${dirty.stdout.trim() !== "" ? " (modified)" : ""}` : undefined;
  } catch {
    return undefined;
  }
}

function formatTable(list: readonly Row[]): string {
  const head = ["measure", "ours", "other", "ratio", "goal", "notes"];
  const body = list.map((r) => [r.measure, r.ours, r.other || "–", r.ratio || "–", r.goal || "–", r.notes]);
  const width = head.map((h, k) => Math.max(h.length, ...body.map((b) => (b[k] ?? "").length)));
  const right = [false, true, true, true, false, false];
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, k) => (k === cells.length - 1 ? c : right[k] ? c.padStart(width[k] ?? 0) : c.padEnd(width[k] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(head), line(width.map((w, k) => "─".repeat(k === head.length - 1 ? Math.min(w, 40) : w))), ...body.map(line)].join("\n");
}

const started = new Date();
const t0 = performance.now();
const host = machine();
progress(`runs ${RUNS}, A/B pairs ${AB_RUNS}, soffice runs ${SOFFICE_RUNS}, batch rounds ${BATCH_RUNS}`);

const sections: [string, () => Promise<void>][] = [
  ["renders", renderRows],
  ["long", longRows],
  ["floor", floorRows],
  ["linear", linearRows],
  ["hostile", hostileRows],
  ["pdfmake", pdfmakeRows],
  ["tagging", taggingRows],
  ["soffice", sofficeRow],
  ["batch", batchRows],
  ["bundles", bundleRows],
  ["cli", cliRows],
  ["batch24", batchNode24Rows],
  ["cli24", cliNode24Rows],
];
for (const [name, section] of sections) {
  if (!ONLY.has(name)) continue;
  const mark = cpuMark();
  try {
    await section();
    // soffice's CPU is not ours and not measurable from here; the batch records its own.
    if (name === "renders" || name === "long" || name === "floor" || name === "hostile" || name === "pdfmake" || name === "tagging") noise.set(name, othersShare(mark));
  } catch (e) {
    // A section throwing outside its own rows (a bug here): record it and go on.
    fail(row(name, `${name} (section)`), e);
  }
}

const totalMs = performance.now() - t0;
const commit = await gitCommit();
const gib = (host.totalMemoryBytes / 1024 ** 3).toFixed(1);
const header = [
  `pacte benchmark table — ${started.toISOString()}${commit ? ` — ${commit}` : ""}`,
  `machine: ${host.cpu}, ${host.cores} cores (availableParallelism ${host.availableParallelism}), ${gib} GiB RAM, Node ${host.node}, ${host.platform}; load average ${host.loadAverageAtStart.join(" ")}`,
  `other processes' share of the CPU while measuring: ${[...noise].map(([k, v]) => `${k} ${pct(v)}`).join(", ") || "–"}${
    [...noise.values()].some((v) => v > 0.1) ? " — the machine was not idle: figures are noisy" : ""
  }`,
  `example: ${relative(ROOT, EXAMPLE)}; times are medians; ratio = other / ours for times (> 1: ours is faster), ours / other for memory; bundles and CLI start: ours / goal, ours / node -e 0`,
];
process.stdout.write(`\n${header.join("\n")}\n\n${formatTable(rows)}\n\n(table in ${(totalMs / 1000).toFixed(0)} s)\n`);

const record = {
  schema: 1,
  date: started.toISOString(),
  commit,
  durationMs: Math.round(totalMs),
  machine: host,
  othersCpuShare: Object.fromEntries(noise),
  parameters: { runs: RUNS, abRuns: AB_RUNS, sofficeRuns: SOFFICE_RUNS, batchRuns: BATCH_RUNS, cliRuns: CLI_RUNS, only: [...ONLY] },
  rows: rows.map(({ id, measure, status, ours, other, ratio, goal, notes, data }) => ({ id, measure, status, ours, other, ratio, goal, notes, data })),
};
try {
  await mkdir(RESULTS, { recursive: true });
  const json = `${JSON.stringify(record, null, 2)}\n`;
  await writeFile(join(RESULTS, "latest.json"), json);
  // A dated copy, so that later runs can be compared with this one.
  await writeFile(join(RESULTS, `run-${started.toISOString().replace(/[:.]/g, "-")}.json`), json);
  process.stdout.write(`written: ${relative(ROOT, join(RESULTS, "latest.json"))}\n`);
} catch (e) {
  process.stderr.write(`[bench-table] cannot write ${RESULTS}: ${e instanceof Error ? e.message : String(e)}\n`);
}
