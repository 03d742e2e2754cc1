import { execFileSync } from "node:child_process";
import { symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliIoError } from "../cli-error";
import { nodeFileSystem } from "../file-system";
import { tempDirs } from "../test-support/run";
import { readInputFile } from "./read-input";

const fresh = tempDirs();

describe("readInputFile", () => {
  it("reads UTF-8 text and drops a byte-order mark", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.yaml"), "\uFEFFnom: Guéret\n");
    expect(await readInputFile(nodeFileSystem(), join(dir, "a.yaml"), { shown: "a.yaml" })).toEqual({ text: "nom: Guéret\n", issues: [] });
  });

  it("holds the limit on the bytes read, when the file grows between stat and read", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.yaml"), "x");
    const fs = { ...nodeFileSystem(), readFileBounded: async (_: string, max: number) => ({ kind: "file" as const, bytes: new Uint8Array(max + 1), overLimit: true }) };
    const r = await readInputFile(fs, join(dir, "a.yaml"), { shown: "a.yaml", maxSize: 1000 });
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([["input.too_large", { size: 1001, max: 1000, atLeast: true }]]);
    expect(r.issues[0]?.message).toBe("Fichier trop volumineux : plus de 1000 octets reçus pour 1000 octets au plus ; augmentez la limite avec --max-size si le fichier est légitime.");
  });

  it.each([
    ["/dev/zero", "device", "un périphérique"],
    ["tube", "fifo", "un tube nommé (FIFO)"],
    [".", "directory", "un dossier"],
  ])("refuses %s (%s) before reading it", async (name, kind, words) => {
    const dir = fresh();
    execFileSync("mkfifo", [join(dir, "tube")]);
    const r = await readInputFile(nodeFileSystem(), name.startsWith("/") ? name : join(dir, name), { shown: name });
    expect(r.text).toBeUndefined();
    expect(r.issues).toMatchObject([{ code: "input.not_a_file", params: { kind, expected: "text" }, severity: "error" }]);
    expect(r.issues[0]?.message).toContain(words);
    expect(r.issues[0]?.message).toContain("Un fichier YAML ou JSON est attendu");
  });

  it("throws a one-line I/O error for a missing file", async () => {
    const dir = fresh();
    const error = await readInputFile(nodeFileSystem(), join(dir, "absent.yaml"), { shown: "absent.yaml" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect(error).toMatchObject({ code: "ENOENT", message: "impossible de lire « absent.yaml » : fichier ou dossier introuvable", path: "absent.yaml" });
  });

  it("refuses an 8 GiB file by its size alone, without reading a byte of it", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "enorme.yaml"), "");
    truncateSync(join(dir, "enorme.yaml"), 8 * 1024 ** 3); // sparse: takes no disk space
    let reads = 0;
    const real = nodeFileSystem();
    const fs = { ...real, readFileBounded: (path: string, max: number) => (reads++, real.readFileBounded(path, max)) };
    const r = await readInputFile(fs, join(dir, "enorme.yaml"), { shown: "enorme.yaml", lang: "en" });
    expect(reads).toBe(0);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ["input.too_large", "File too large: 8192.0 MB received for at most 5.0 MB; raise the limit with --max-size if the file is legitimate."],
    ]);
  });

  it("follows a link to /dev/zero and refuses the device", async () => {
    const dir = fresh();
    symlinkSync("/dev/zero", join(dir, "lien.yaml"));
    const r = await readInputFile(nodeFileSystem(), join(dir, "lien.yaml"), { shown: "lien.yaml" });
    expect(r.issues).toMatchObject([{ code: "input.not_a_file", params: { kind: "device" } }]);
  });

  it.each([
    ["a loop of links", "boucle.yaml", "ELOOP", "impossible de lire « boucle.yaml » : trop de liens symboliques (une boucle ?)"],
    ["a path through a file as missing", "fichier.yaml/x.yaml", "ENOENT", "impossible de lire « fichier.yaml/x.yaml » : fichier ou dossier introuvable"],
  ])("says %s in words, with the path as typed", async (_, name, code, message) => {
    const dir = fresh();
    symlinkSync("boucle.yaml", join(dir, "boucle.yaml"));
    writeFileSync(join(dir, "fichier.yaml"), "x: 1\n");
    const error = await readInputFile(nodeFileSystem(), join(dir, name), { shown: name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect(error).toMatchObject({ code, message });
  });
});
