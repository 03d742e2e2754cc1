import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliIoError, OverwriteError } from "../cli-error";
import { nodeFileSystem } from "../file-system";
import { failingAfter } from "../test-support/failing-fs";
import { tempDir } from "../test-support/run";
import { writeFileAtomic } from "./atomic-write";
import { pendingTempFiles } from "./cleanup";

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, k) => k % 251);
const dirs: (() => void)[] = [];
const fresh = () => {
  const t = tempDir();
  dirs.push(t.cleanup);
  return t.dir;
};
afterEach(() => dirs.splice(0).forEach((c) => c()));

describe("writeFileAtomic", () => {
  it("writes the bytes and leaves no temporary file", async () => {
    const dir = fresh();
    await writeFileAtomic(nodeFileSystem(), join(dir, "a.pdf"), bytes(200_000), { force: false });
    expect(readFileSync(join(dir, "a.pdf"))).toEqual(Buffer.from(bytes(200_000)));
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
    expect(pendingTempFiles()).toBe(0);
  });

  it("refuses to replace a file without force, and leaves it as it was", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.pdf"), "ancien");
    await expect(writeFileAtomic(nodeFileSystem(), join(dir, "a.pdf"), bytes(10), { force: false, shown: "a.pdf" })).rejects.toThrow(
      new OverwriteError("a.pdf"),
    );
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("ancien");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it.each([
    ["a folder", (p: string) => mkdirSync(p)],
    ["a named pipe", (p: string) => execFileSync("mkfifo", [p])],
  ])("never replaces %s, even with force, and says so", async (_, make) => {
    const dir = fresh();
    make(join(dir, "a.ics"));
    for (const force of [false, true]) {
      const error = await writeFileAtomic(nodeFileSystem(), join(dir, "a.ics"), bytes(10), { force, shown: "a.ics" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliIoError);
      expect((error as CliIoError).text("fr")).toBe(
        "impossible d’écrire « a.ics » : ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique), et il n’est jamais remplacé, même avec --force",
      );
    }
    expect(readdirSync(dir)).toEqual(["a.ics"]);
    expect(statSync(join(dir, "a.ics")).isFile()).toBe(false);
  });

  it("never replaces /dev/null, even with force", async () => {
    await expect(writeFileAtomic(nodeFileSystem(), "/dev/null", bytes(10), { force: true })).rejects.toMatchObject({ code: "NOT_A_REGULAR_FILE" });
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("replaces it with force", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.pdf"), "ancien");
    await writeFileAtomic(nodeFileSystem(), join(dir, "a.pdf"), bytes(10), { force: true });
    expect(readFileSync(join(dir, "a.pdf"))).toEqual(Buffer.from(bytes(10)));
  });

  it.each([0, 1, 65_535, 65_536, 100_000])("leaves neither the target nor a temporary file when writing fails after %i bytes", async (limit) => {
    const dir = fresh();
    const error = await writeFileAtomic(failingAfter(limit), join(dir, "a.pdf"), bytes(200_000), { force: false, shown: "sortie/a.pdf" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect((error as Error).message).toBe("impossible d’écrire « sortie/a.pdf » : plus de place sur le disque");
    expect(readdirSync(dir)).toEqual([]);
    expect(pendingTempFiles()).toBe(0);
  });

  it("keeps the old file whole when replacing it fails midway", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.pdf"), "ancien");
    await expect(writeFileAtomic(failingAfter(1000), join(dir, "a.pdf"), bytes(5000), { force: true })).rejects.toBeInstanceOf(CliIoError);
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("ancien");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it("never replaces a file that appears while it writes", async () => {
    const dir = fresh();
    const target = join(dir, "a.pdf");
    const real = nodeFileSystem();
    const racing = {
      ...real,
      async createExclusive(path: string) {
        const h = await real.createExclusive(path);
        writeFileSync(target, "arrivé entre-temps");
        return h;
      },
    };
    await expect(writeFileAtomic(racing, target, bytes(10), { force: false })).rejects.toBeInstanceOf(OverwriteError);
    expect(readFileSync(target, "utf8")).toBe("arrivé entre-temps");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it("works on a file system without hard links", async () => {
    const dir = fresh();
    const noLinks = { ...nodeFileSystem(), link: () => Promise.reject(Object.assign(new Error("nope"), { code: "EPERM" })) };
    await writeFileAtomic(noLinks, join(dir, "a.pdf"), bytes(10), { force: false });
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });
});
