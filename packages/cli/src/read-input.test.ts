import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliIoError } from "./cli-error";
import { nodeFileSystem } from "./file-system";
import { readInputFile } from "./read-input";
import { tempDirs } from "./test-support/run";

const fresh = tempDirs();

describe("readInputFile", () => {
  it("reads UTF-8 text and drops a byte-order mark", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.yaml"), "\uFEFFnom: Guéret\n");
    expect(await readInputFile(nodeFileSystem(), join(dir, "a.yaml"), { shown: "a.yaml" })).toEqual({ text: "nom: Guéret\n", issues: [] });
  });

  it("refuses a file that grows past the limit between stat and read", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.yaml"), "x");
    const fs = { ...nodeFileSystem(), readFile: async () => new Uint8Array(2000) };
    const r = await readInputFile(fs, join(dir, "a.yaml"), { shown: "a.yaml", maxSize: 1000 });
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([["input.too_large", { size: 2000, max: 1000 }]]);
  });

  it.each([
    ["absent.yaml", "ENOENT", "impossible de lire « absent.yaml » : fichier ou dossier introuvable"],
    [".", "EISDIR", "impossible de lire « . » : c’est un dossier, un fichier est attendu"],
  ])("throws a one-line I/O error for %s", async (name, code, message) => {
    const dir = fresh();
    const error = await readInputFile(nodeFileSystem(), join(dir, name), { shown: name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect(error).toMatchObject({ code, message, path: name });
  });
});
