// `--low-memory` on the commands that render: it reaches limitHeapGrowth before anything renders,
// and changes nothing of what is written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { creuseYaml, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const limited = vi.hoisted(() => ({ calls: 0 }));
vi.mock("./heap-growth", () => ({ HEAP_GROWING_PERCENT: 50, MAX_SEMI_SPACE_MB: 16, limitHeapGrowth: () => void limited.calls++ }));

const fresh = tempDirs();
beforeEach(() => {
  limited.calls = 0;
});

describe("--low-memory", () => {
  it("limits the heaps' growth for render and batch, and the files are the same bytes", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml() });
    expect((await run(dir, ["render", "creuse.yaml", "--out", "plain", "--format", "pdf"])).code).toBe(0);
    expect(limited.calls).toBe(0);
    expect((await run(dir, ["render", "creuse.yaml", "--out", "lean", "--format", "pdf", "--low-memory"])).code).toBe(0);
    expect(limited.calls).toBe(1);
    const pdf = (folder: string) => readFileSync(join(dir, folder, "CLS-23-2024-001.pdf"));
    expect(pdf("lean").equals(pdf("plain"))).toBe(true);
    expect((await run(dir, ["batch", "creuse.yaml", "--out", "lot", "--format", "pdf", "--low-memory"])).code).toBe(0);
    expect(limited.calls).toBe(2);
  });

  it("is listed in the help of every command that renders, and refused by the others", async () => {
    const dir = fresh();
    for (const command of ["render", "batch", "amend", "report", "consolidate"]) {
      expect((await run(dir, [command, "--help"])).stdout, command).toContain("--low-memory");
    }
    const r = await run(dir, ["validate", "x.yaml", "--low-memory"]);
    expect(r.code).toBe(2);
    expect(limited.calls).toBe(0);
  });
});
