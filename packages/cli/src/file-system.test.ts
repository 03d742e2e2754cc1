import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "./file-system";
import { tempDirs } from "./test-support/run";

const fresh = tempDirs("pacte-fs-");

describe("nodeFileSystem", () => {
  it("says undefined for a missing path and describes files and folders", async () => {
    const fs = nodeFileSystem();
    const dir = fresh();
    expect(await fs.stat(join(dir, "nowhere"))).toBeUndefined();
    expect(await fs.stat(join(dir, "nowhere", "deeper"))).toBeUndefined();
    expect(await fs.stat(dir)).toMatchObject({ isFile: false, isDirectory: true });
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
    expect(await fs.readFile(path)).toEqual(bytes);
    await expect(fs.createExclusive(path)).rejects.toMatchObject({ code: "EEXIST" });
    await fs.mkdirp(join(dir, "x", "y"));
    const other = join(dir, "x", "b.bin");
    await (await fs.createExclusive(other)).close();
    await expect(fs.link(other, path)).rejects.toMatchObject({ code: "EEXIST" });
    await fs.rename(other, path);
    expect((await fs.stat(path))?.size).toBe(0);
    await fs.unlink(path);
    expect(await fs.readdir(dir)).toEqual(["x"]);
  });
});
