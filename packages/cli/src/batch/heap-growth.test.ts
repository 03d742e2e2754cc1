import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { HEAP_GROWING_PERCENT, MAX_SEMI_SPACE_MB } from "./heap-growth";

const MODULE = fileURLToPath(new URL("./heap-growth.ts", import.meta.url));

/**
 * The largest the heap got, in MiB, in a fresh process holding some 80 MB of live data while it
 * makes 1.5 GB of garbage that lives long enough to leave the young generation — as a renderer's
 * display lists and PDF objects do — after calling `limitHeapGrowth` or not.
 */
function peakHeap(limit: boolean): number {
  const script = `
    import v8 from "node:v8";
    ${limit ? `const { limitHeapGrowth } = await import(${JSON.stringify(MODULE)}); limitHeapGrowth();` : ""}
    const live = Array.from({ length: 600000 }, (_, i) => ({ i, s: "item " + i, a: [i, i + 1] }));
    let peak = 0;
    const recent = [];
    for (let round = 0; round < 300; round++) {
      recent.push(Array.from({ length: 20000 }, (_, i) => ({ round, i, t: "g" + i, b: [i] })));
      if (recent.length > 10) recent.shift();
      peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
    }
    process.stdout.write(String(Math.round(peak / 1048576) + live.length * 0));
  `;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
}

describe("limitHeapGrowth", () => {
  it("sets V8's heap growing factor and largest semi-space once per process", async () => {
    vi.resetModules();
    const { limitHeapGrowth } = await import("./heap-growth");
    const setFlags = vi.fn();
    limitHeapGrowth(setFlags);
    limitHeapGrowth(setFlags);
    expect(setFlags.mock.calls).toEqual([[`--heap-growing-percent=${HEAP_GROWING_PERCENT} --max-semi-space-size=${MAX_SEMI_SPACE_MB}`]]);
  });

  it("keeps a busy process's heap far smaller than V8 lets it grow by itself", () => {
    const free = peakHeap(false);
    const limited = peakHeap(true);
    // (Both hold the same live data; without the limit the heap grows 1.6 to 2.2 times larger, on
    // Node 20 as on Node 24.)
    expect(limited).toBeLessThan(free * 0.75);
  }, 120_000);
});
