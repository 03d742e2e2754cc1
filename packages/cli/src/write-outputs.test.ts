import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeFileSystem } from "./file-system";
import { tempDir } from "./test-support/run";
import { prepareOutputs, shownPath, writeOutputs } from "./write-outputs";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe("shownPath", () => {
  it.each([
    ["/home/a/out/x.pdf", "/home/a", "out/x.pdf"],
    ["/home/a", "/home/a", "."],
    ["/tmp/x.pdf", "/home/a", "/tmp/x.pdf"],
  ])("%s from %s → %s", (abs, cwd, shown) => {
    expect(shownPath(abs, cwd)).toBe(shown);
  });
});

describe("writeOutputs", () => {
  it("creates the folder, writes each file and says so", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const ctx = { fs: nodeFileSystem(), cwd: dir };
    const out = join(dir, "a", "b");
    await prepareOutputs(ctx, out, ["x.pdf"], false);
    const lines = await writeOutputs(ctx, out, [
      { format: "pdf", name: "x.pdf", bytes: new Uint8Array(3000), pages: 1 },
      { format: "docx", name: "x.docx", bytes: new Uint8Array(10) },
    ], { force: false });
    expect(lines).toEqual(["écrit a/b/x.pdf (1 page, 3 Ko)", "écrit a/b/x.docx (10 octets)"]);
    expect(readFileSync(join(out, "x.pdf")).length).toBe(3000);
    await expect(prepareOutputs(ctx, out, ["y.pdf", "x.docx"], false)).rejects.toThrow("« a/b/x.docx » existe déjà");
  });
});
