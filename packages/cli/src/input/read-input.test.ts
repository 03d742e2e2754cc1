import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
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
    expect(r.issues).toMatchObject([{ code: "input.not_a_file", params: { kind }, severity: "error" }]);
    expect(r.issues[0]?.message).toContain(words);
  });

  it("throws a one-line I/O error for a missing file", async () => {
    const dir = fresh();
    const error = await readInputFile(nodeFileSystem(), join(dir, "absent.yaml"), { shown: "absent.yaml" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect(error).toMatchObject({ code: "ENOENT", message: "impossible de lire « absent.yaml » : fichier ou dossier introuvable", path: "absent.yaml" });
  });
});
