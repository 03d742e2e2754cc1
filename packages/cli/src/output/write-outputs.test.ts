import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliIoError } from "../cli-error";
import { nodeFileSystem } from "../file-system";
import { tempDirs } from "../test-support/run";
import { tempFileName } from "./stale-temp-files";
import { openOutputFolder, shownPath, writeOneFile } from "./write-outputs";

const fresh = tempDirs();

describe("shownPath", () => {
  it.each([
    ["/home/a/out/x.pdf", "/home/a", "out/x.pdf"],
    ["/home/a", "/home/a", "."],
    ["/tmp/x.pdf", "/home/a", "/tmp/x.pdf"],
  ])("%s from %s → %s", (abs, cwd, shown) => {
    expect(shownPath(abs, cwd)).toBe(shown);
  });
});

describe("openOutputFolder", () => {
  it("creates the folder at the first write, writes each file and says so, in both languages", async () => {
    const dir = fresh();
    const io = { fs: nodeFileSystem(), cwd: dir };
    const out = join(dir, "a", "b");
    const folder = await openOutputFolder(io, out, { names: ["x.pdf"], force: false });
    expect(readdirSync(dir)).toEqual([]);
    const lines = await folder.write(
      [
        { format: "pdf", name: "x.pdf", bytes: new Uint8Array(3000), pages: 1 },
        { format: "docx", name: "x.docx", bytes: new Uint8Array(10) },
      ],
      { lang: "fr" },
    );
    expect(lines).toEqual(["écrit a/b/x.pdf (1 page, 3 Ko)", "écrit a/b/x.docx (10 octets)"]);
    expect(readFileSync(join(out, "x.pdf")).length).toBe(3000);
    await expect(openOutputFolder(io, out, { names: ["y.pdf", "x.docx"], force: false })).rejects.toThrow("« a/b/x.docx » existe déjà");
    const again = await openOutputFolder(io, out, { names: [], force: true });
    expect(await again.write([{ format: "pdf", name: "x.pdf", bytes: new Uint8Array(1), pages: 2 }], { lang: "en" })).toEqual(["wrote a/b/x.pdf (2 pages, 1 bytes)"]);
  });

  it("writes other named bytes beside the rendered files (a CSV, an XLSX), atomically like them", async () => {
    const dir = fresh();
    const folder = await openOutputFolder({ fs: nodeFileSystem(), cwd: dir }, join(dir, "bilan"), { names: ["t.csv"], force: false });
    const lines = await folder.write([{ name: "t.csv", bytes: new TextEncoder().encode("a;b\r\n") }], { lang: "fr" });
    expect(lines).toEqual(["écrit bilan/t.csv (5 octets)"]);
    expect(readdirSync(join(dir, "bilan"))).toEqual(["t.csv"]);
  });

  it("says that --out names a file, not that the folder exists", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "sortie"), "un fichier");
    const error = await openOutputFolder({ fs: nodeFileSystem(), cwd: dir }, join(dir, "sortie"), { names: ["a.pdf"], force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect((error as CliIoError).text("fr")).toBe("impossible de créer le dossier « sortie » : c’est un fichier, et --out attend un dossier");
  });

  it("refuses, before anything is rendered and even with --force, an output name that is a folder there", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "sortie", "x.pdf"), { recursive: true });
    for (const force of [false, true]) {
      const error = await openOutputFolder({ fs: nodeFileSystem(), cwd: dir }, join(dir, "sortie"), { names: ["x.pdf"], force }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliIoError);
      expect((error as CliIoError).text("en")).toBe("cannot write “sortie/x.pdf”: it is not a regular file (a folder, a pipe or a device), and it is never replaced, even with --force");
    }
  });

  it("removes the temporary files a killed run left in the folder", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "out"));
    const stale = tempFileName("x.pdf", 2 ** 22 + 17, 1);
    writeFileSync(join(dir, "out", stale), "moitié d’un PDF");
    const folder = await openOutputFolder({ fs: nodeFileSystem(), cwd: dir }, join(dir, "out"), { names: ["x.pdf"], force: false });
    await folder.write([{ format: "pdf", name: "x.pdf", bytes: new Uint8Array(3) }], { lang: "fr" });
    expect(readdirSync(join(dir, "out"))).toEqual(["x.pdf"]);
    writeFileSync(join(dir, stale), "moitié");
    await writeOneFile({ fs: nodeFileSystem(), cwd: dir }, join(dir, "c.yaml"), new Uint8Array(1), { force: false });
    expect(readdirSync(dir).sort()).toEqual(["c.yaml", "out"]);
  });
});
