import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "../file-system";
import { tempDirs } from "../test-support/run";
import { processIsAlive, removeStaleTempFiles, tempFileName } from "./stale-temp-files";

const fresh = tempDirs();

describe("stale temporary files", () => {
  it("names ours so that they can be told apart", () => {
    expect(tempFileName("a.pdf", 12, 3)).toBe(".a.pdf.pacte-12-3.tmp");
  });

  it("removes ours whose process is gone, and nothing else", async () => {
    const dir = fresh();
    const names = [tempFileName("a.pdf", 999_001, 1), tempFileName("a.docx", 999_002, 1), ".a.pdf.4242-1.tmp", "a.pdf", ".cache.tmp", tempFileName("b.pdf", process.pid, 1)];
    for (const n of names) writeFileSync(join(dir, n), "x");
    const removed = await removeStaleTempFiles(nodeFileSystem(), dir, (pid) => pid === 999_002);
    expect(removed).toEqual([tempFileName("a.pdf", 999_001, 1)]);
    expect(readdirSync(dir).sort()).toEqual(names.filter((n) => !removed.includes(n)).sort());
  });

  it("knows this process is alive, and leaves a folder it cannot list alone", async () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(await removeStaleTempFiles(nodeFileSystem(), join(fresh(), "absent"))).toEqual([]);
  });
});
