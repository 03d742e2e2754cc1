import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliIoError } from "../cli-error";
import { nodeFileSystem } from "../file-system";
import { collectInputs } from "./collect-inputs";
import { tempDir } from "../test-support/run";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe("collectInputs", () => {
  it("takes files as given and a folder's YAML and JSON files in natural order, once each", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    mkdirSync(join(dir, "lot", "sous-dossier"), { recursive: true });
    for (const n of ["10.yaml", "2.yml", "1.json", ".cache.yaml", "notes.txt", "sous-dossier/x.yaml"]) writeFileSync(join(dir, "lot", n), "");
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => resolve(dir, p) };
    const found = await collectInputs(ctx, ["lot/10.yaml", "lot"]);
    expect(found.map((f) => f.shown)).toEqual(["lot/10.yaml", "lot/1.json", "lot/2.yml"]);
    expect(found[0]?.file).toBe(join(dir, "lot", "10.yaml"));
    await expect(collectInputs(ctx, ["absent"])).rejects.toBeInstanceOf(CliIoError);
    expect((await collectInputs(ctx, ["/dev/zero"])).map((f) => f.file)).toEqual(["/dev/zero"]);
  });

  it("keeps a folder's pipe, loop of links, broken link and folder named *.yaml as jobs, so that reading them says what they are", async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    mkdirSync(join(dir, "lot", "d.yaml"), { recursive: true });
    writeFileSync(join(dir, "lot", "a.yaml"), "");
    execFileSync("mkfifo", [join(dir, "lot", "tube.yaml")]);
    symlinkSync("boucle.yaml", join(dir, "lot", "boucle.yaml"));
    symlinkSync("nulle-part", join(dir, "lot", "casse.yaml"));
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => resolve(dir, p) };
    expect((await collectInputs(ctx, ["lot"])).map((f) => f.shown)).toEqual(["lot/a.yaml", "lot/boucle.yaml", "lot/casse.yaml", "lot/d.yaml", "lot/tube.yaml"]);
  });
});
