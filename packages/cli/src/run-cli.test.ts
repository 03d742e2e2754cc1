import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "./file-system";
import { localize } from "./localized";
import { COMMANDS } from "./run-cli";
import { creuseYaml, writeFiles } from "./test-support/inputs";
import { run, tempDirs } from "./test-support/run";
import pkg from "../package.json";

const fresh = tempDirs();

describe("runCli", () => {
  it.each([["--version"], ["-v"]])("%s prints the package version", async (flag) => {
    expect(await run(fresh(), [flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("--help lists every command and the exit codes", async () => {
    const r = await run(fresh(), ["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name}`);
    expect(r.stdout).toContain("Codes de sortie : 0 succès ; 1 contrat ou rapport invalide, ou en échec ; 2 erreur d’usage ou de fichier ; 3 erreur interne.");
  });

  it("without a command prints the help on stderr and exits 2", async () => {
    const r = await run(fresh(), []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage : pacte COMMANDE [options]");
  });

  it.each(COMMANDS.map((c) => [c.name]))("pacte %s --help shows usage, options and an example", async (name) => {
    const r = await run(fresh(), [name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage : pacte ${name}`);
    expect(r.stdout).toContain("Options :");
    expect(r.stdout).toMatch(new RegExp(`Exemple :\\n {2}pacte ${name}`));
    expect((await run(fresh(), ["help", name])).stdout).toBe(r.stdout);
  });

  it("suggests the command meant", async () => {
    const r = await run(fresh(), ["valdate", "a.yaml"]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "pacte : commande inconnue « valdate » ; vouliez-vous dire « validate » ?\nCommandes : init, validate, render, batch, amend, report, consolidate, calendar, import, export, schema, migrate, collectivites. Aide : pacte --help\n",
    });
  });

  it.each(COMMANDS.map((c) => [c.name]))("pacte %s --bogus names the option and gives the usage (exit 2)", async (name) => {
    const command = COMMANDS.find((c) => c.name === name);
    const r = await run(fresh(), [name, "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`pacte ${name} : option inconnue « --bogus » pour « pacte ${name} »\nUsage : ${localize(command?.usage ?? "", "fr")}\nAide : pacte ${name} --help\n`);
  });

  it("turns a bug into a short message that mentions PACTE_DEBUG, exit 3", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const broken = { ...nodeFileSystem(), readFileBounded: () => Promise.reject(new TypeError("boom is not a function")) };
    const r = await run(dir, ["validate", "a.yaml"], { fs: broken });
    expect(r).toEqual({
      code: 3,
      stdout: "",
      stderr: "pacte : erreur interne (TypeError : boom is not a function).\nRelancez avec PACTE_DEBUG=1 pour le détail, et signalez le problème s’il persiste.\n",
    });
  });

  it("prints the stack with PACTE_DEBUG=1", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const broken = { ...nodeFileSystem(), readFileBounded: () => Promise.reject(new TypeError("boom")) };
    const r = await run(dir, ["validate", "a.yaml"], { fs: broken, env: { PACTE_DEBUG: "1" } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^pacte : erreur interne \(TypeError : boom\)\.\nTypeError: boom\n {4}at /);
  });

  it("suggests the option meant, and speaks English with --lang en", async () => {
    const dir = fresh();
    expect((await run(dir, ["validate", "a.yaml", "--jsno"])).stderr.split("\n")[0]).toBe("pacte validate : option inconnue « --jsno » pour « pacte validate » ; vouliez-vous dire « --json » ?");
    expect((await run(dir, ["--verison"])).stderr.split("\n")[0]).toBe("pacte : option inconnue « --verison » ; vouliez-vous dire « --version » ?");
    const en = await run(dir, ["valdate", "--lang", "en"]);
    expect(en.stderr).toBe("pacte: unknown command “valdate”; did you mean “validate”?\nCommands: init, validate, render, batch, amend, report, consolidate, calendar, import, export, schema, migrate, collectivites. Help: pacte --help\n");
    expect((await run(dir, ["--lang", "en", "--help"])).stdout).toContain("Exit codes: 0 success; 1 invalid or failed contract or report; 2 usage or file error; 3 internal error.");
  });

  it("reports a permission problem as a one-line I/O error", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const denied = { ...nodeFileSystem(), readFileBounded: () => Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" })) };
    expect(await run(dir, ["validate", "a.yaml"], { fs: denied })).toEqual({
      code: 2,
      stdout: "",
      stderr: "pacte validate : impossible de lire « a.yaml » : permission refusée\n",
    });
  });
});
