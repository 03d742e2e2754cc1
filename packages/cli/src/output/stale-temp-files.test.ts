import { readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "../file-system";
import { tempDirs } from "../test-support/run";
import { trackTempFile, untrackTempFile } from "./cleanup";
import { processIsAlive, removeStaleTempFiles, STALE_AFTER_MS, tempFileName } from "./stale-temp-files";

const fresh = tempDirs();

describe("stale temporary files", () => {
  it("names ours so that they can be told apart", () => {
    expect(tempFileName("a.pdf", 12, 3)).toBe(".a.pdf.pacte-12-3.tmp");
  });

  it("removes ours whose process is gone, and nothing else", async () => {
    const dir = fresh();
    const writing = tempFileName("b.pdf", process.pid, 1);
    const names = [tempFileName("a.pdf", 999_001, 1), tempFileName("a.docx", 999_002, 1), ".a.pdf.4242-1.tmp", "a.pdf", ".cache.tmp", writing];
    for (const n of names) writeFileSync(join(dir, n), "x");
    trackTempFile(join(dir, writing));
    try {
      const removed = await removeStaleTempFiles(nodeFileSystem(), dir, (pid) => pid === 999_002);
      expect(removed).toEqual([tempFileName("a.pdf", 999_001, 1)]);
      expect(readdirSync(dir).sort()).toEqual(names.filter((n) => !removed.includes(n)).sort());
    } finally {
      untrackTempFile(join(dir, writing));
    }
  });

  it("removes one bearing this process's pid that this process is not writing: an earlier run had the same pid (a container)", async () => {
    const dir = fresh();
    const left = tempFileName("c.pdf", process.pid, 7);
    writeFileSync(join(dir, left), "la moitié d’un PDF");
    expect(await removeStaleTempFiles(nodeFileSystem(), dir, () => true)).toEqual([left]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes one untouched for a day even when a process with its pid runs (pids are reused), and keeps a fresh one", async () => {
    const dir = fresh();
    const [old, recent] = [tempFileName("d.pdf", 999_003, 1), tempFileName("e.pdf", 999_003, 2)];
    for (const n of [old, recent]) writeFileSync(join(dir, n), "x");
    const dayAgo = (Date.now() - STALE_AFTER_MS - 60_000) / 1000;
    utimesSync(join(dir, old), dayAgo, dayAgo);
    expect(await removeStaleTempFiles(nodeFileSystem(), dir, () => true)).toEqual([old]);
    expect(readdirSync(dir)).toEqual([recent]);
  });

  it("knows this process is alive, and leaves a folder it cannot list alone", async () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(await removeStaleTempFiles(nodeFileSystem(), join(fresh(), "absent"))).toEqual([]);
  });
});
