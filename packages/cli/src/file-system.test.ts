import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "./file-system";
import { tempDirs } from "./test-support/run";

const fresh = tempDirs("pacte-fs-");

describe("nodeFileSystem", () => {
  it("says undefined for a missing path and tells files, folders, devices and pipes apart", async () => {
    const fs = nodeFileSystem();
    const dir = fresh();
    expect(await fs.stat(join(dir, "nowhere"))).toBeUndefined();
    expect(await fs.stat(join(dir, "nowhere", "deeper"))).toBeUndefined();
    expect(await fs.stat(dir)).toMatchObject({ kind: "directory", isFile: false, isDirectory: true });
    expect(await fs.stat("/dev/zero")).toMatchObject({ kind: "device", size: 0 });
    execFileSync("mkfifo", [join(dir, "tube")]);
    expect(await fs.stat(join(dir, "tube"))).toMatchObject({ kind: "fifo" });
  });

  it("reads at most max + 1 bytes, and nothing from a pipe or a device, without blocking", async () => {
    const fs = nodeFileSystem();
    const dir = fresh();
    writeFileSync(join(dir, "a.txt"), "x".repeat(200_000));
    expect(await fs.readFileBounded(join(dir, "a.txt"), 300_000)).toMatchObject({ kind: "file", overLimit: false });
    const over = await fs.readFileBounded(join(dir, "a.txt"), 100_000);
    expect(over.overLimit).toBe(true);
    expect(over.bytes.length).toBe(100_001);
    // A named pipe that nobody writes to: open() would block without O_NONBLOCK.
    execFileSync("mkfifo", [join(dir, "tube")]);
    expect(await fs.readFileBounded(join(dir, "tube"), 10)).toEqual({ kind: "fifo", bytes: new Uint8Array(0), overLimit: false });
    expect((await fs.readFileBounded("/dev/zero", 10)).kind).toBe("device");
  });

  it("creates a file exclusively, writes it whole, and refuses to create or link over it", async () => {
    const fs = nodeFileSystem();
    const dir = fresh();
    const path = join(dir, "a.bin");
    const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
    const h = await fs.createExclusive(path);
    await h.write(bytes);
    await h.sync();
    await h.close();
    expect((await fs.readFileBounded(path, 1_000_000)).bytes).toEqual(bytes);
    await expect(fs.createExclusive(path)).rejects.toMatchObject({ code: "EEXIST" });
    await fs.mkdirp(join(dir, "x", "y"));
    const other = join(dir, "x", "b.bin");
    await (await fs.createExclusive(other)).close();
    await expect(fs.link(other, path)).rejects.toMatchObject({ code: "EEXIST" });
    await fs.rename(other, path);
    expect((await fs.stat(path))?.size).toBe(0);
    await fs.unlink(path);
    await fs.rmdir(join(dir, "x", "y"));
    expect(await fs.readdir(join(dir, "x"))).toEqual([]);
  });
});
