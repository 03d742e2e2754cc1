// The built executable, run as a person would: `node dist/cli.js …`. Skipped until the package
// is built (`npm run build`); `.ci/run` builds first. PACTE_CLI_BIN may point at another build.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { creuseYaml, smallYaml, threeProblemsYaml, writeFiles } from "./test-support/inputs";
import { tempDir } from "./test-support/run";
import pkg from "../package.json";

const BIN = process.env.PACTE_CLI_BIN ?? fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const built = existsSync(BIN);
const { dir, cleanup } = tempDir("pacte-bin-");
afterAll(cleanup);

function pacte(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, PACTE_DEBUG: "" }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

// Each case starts several Node processes: on a loaded 2-core CI machine that can take far longer
// than the default 30 s. Not a speed check (speed lives in the benchmarks), only a bound.
describe.runIf(built)("node dist/cli.js", { timeout: 240_000 }, () => {
  it("prints its version", async () => {
    expect(await pacte(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("runs through bin/pacte.mjs, the file npm links as `pacte`", async () => {
    const shim = fileURLToPath(new URL("../bin/pacte.mjs", import.meta.url));
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [shim, "--version"], { cwd: dir }, (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }));
    });
    expect(out).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect(pkg.bin.pacte).toBe("./bin/pacte.mjs");
    expect(pkg.files).toContain("bin");
  });

  it("validate: 0 valid, 1 invalid with the three problems, 2 missing file — never a stack trace", async () => {
    writeFiles(dir, { "bon.yaml": creuseYaml(), "trois.yaml": threeProblemsYaml() });
    expect((await pacte(["validate", "bon.yaml"])).code).toBe(0);
    const bad = await pacte(["validate", "trois.yaml"]);
    expect(bad.code).toBe(1);
    for (const code of ["input.syntax", "territory.unknown_collectivite", "contract.parity"]) expect(bad.stdout).toContain(code);
    const missing = await pacte(["validate", "absent.yaml"]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "pacte validate : impossible de lire « absent.yaml » : fichier ou dossier introuvable\n" });
    const usage = await pacte(["validate", "--nope"]);
    expect(usage.code).toBe(2);
    expect(`${usage.stdout}${usage.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("batch on worker threads: renders the good contracts, reports the broken one, exits 1", async () => {
    mkdirSync(join(dir, "lot"));
    writeFiles(join(dir, "lot"), {
      "a.yaml": await smallYaml("23D"),
      "b.yaml": (await smallYaml("19D")).replace("ref: 19D", "ref: 99Z"),
      "c.yaml": await smallYaml("15D"),
    });
    const r = await pacte(["batch", "lot", "--out", "sortie", "--jobs", "2"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/lot\/b\.yaml +invalide +collectivite\.ref : Collectivité inconnue/);
    expect(r.stdout).toContain("3 contrats en");
    expect(r.stdout).toContain("sur 2 fils : 2 rendus, 1 en échec.");
    expect(readdirSync(join(dir, "sortie")).sort()).toEqual(["CLS-15D-2024-001.docx", "CLS-15D-2024-001.pdf", "CLS-23D-2024-001.docx", "CLS-23D-2024-001.pdf"]);
  });

  it("render refuses to overwrite without --force", async () => {
    writeFiles(dir, { "r.yaml": await smallYaml("23D") });
    expect((await pacte(["render", "r.yaml", "--out", "rendu", "--format", "docx"])).code).toBe(0);
    const again = await pacte(["render", "r.yaml", "--out", "rendu", "--format", "docx"]);
    expect(again).toEqual({ code: 2, stdout: "", stderr: "pacte render : « rendu/CLS-23D-2024-001.docx » existe déjà ; relancez avec --force pour le remplacer\n" });
  });
});
