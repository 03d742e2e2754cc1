// The built executable, run as a person would: `node dist/bin/cli.js …`. Skipped until the package
// is built (`npm run build`); `.ci/run` builds first. PACTE_CLI_BIN may point at another build.
import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { globalHelp } from "./global-help";
import { tempFileName } from "./output/stale-temp-files";
import { creuseYaml, heavyYaml, largeYaml, smallYaml, threeProblemsYaml, writeFiles } from "./test-support/inputs";
import { tempDir } from "./test-support/run";
import pkg from "../package.json";

const BIN = process.env.PACTE_CLI_BIN ?? fileURLToPath(new URL("../dist/bin/cli.js", import.meta.url));
const built = existsSync(BIN);
const { dir, cleanup } = tempDir("pacte-bin-");
afterAll(cleanup);

function pacte(args: readonly string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, PACTE_DEBUG: "", NO_COLOR: "1" }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Starts `pacte args`, sends `signal` after `delayMs`, and says how it ended and how long it took
 * after the signal. Not a speed check: a correctness bound (the render alone takes far longer).
 */
function interrupt(args: readonly string[], cwd: string, signal: NodeJS.Signals, delayMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; afterSignalMs: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    let sentAt = 0;
    const timer = setTimeout(() => {
      sentAt = performance.now();
      child.kill(signal);
    }, delayMs);
    child.on("close", (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, afterSignalMs: sentAt === 0 ? -1 : performance.now() - sentAt, stderr });
    });
  });
}

// Each case starts several Node processes: on a loaded 2-core CI machine that can take far longer
// than the default 30 s. Not a speed check (speed lives in the benchmarks), only a bound.
describe.runIf(built)("node dist/bin/cli.js", { timeout: 240_000 }, () => {
  it("prints its version", async () => {
    expect(await pacte(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it.runIf("enableCompileCache" in nodeModule)("keeps the code Node compiled on disk (Node 22.1 and later), the render worker's too, where NODE_DISABLE_COMPILE_CACHE leaves none", async () => {
    const run = (tmp: string, args: readonly string[], extra: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const env: Record<string, string | undefined> = { ...process.env, TMPDIR: tmp, NO_COLOR: "1", ...extra };
        delete env.NODE_COMPILE_CACHE;
        execFile(process.execPath, [BIN, ...args], { cwd: dir, env, timeout: 120_000 }, (error) => resolve(error === null ? 0 : Number(error.code)));
      });
    /** The compiled code kept in a cache folder, every entry's bytes as Latin-1 text (V8 keeps the functions' names in it). */
    const cache = (tmp: string): string[] => {
      const root = join(tmp, "node-compile-cache");
      if (!existsSync(root)) return [];
      return readdirSync(root, { recursive: true, encoding: "utf8" })
        .map((name) => join(root, name))
        .filter((path) => statSync(path).isFile())
        .map((path) => readFileSync(path).toString("latin1"));
    };
    writeFiles(dir, { "contrat.yaml": creuseYaml() });
    const cached = join(dir, "tmp-cached");
    const rendered = join(dir, "tmp-rendered");
    const off = join(dir, "tmp-off");
    for (const tmp of [cached, rendered, off]) mkdirSync(tmp);
    expect(await run(cached, ["validate", "contrat.yaml"], {})).toBe(0);
    expect(cache(cached).length).toBeGreaterThan(0);
    // The renderers load on the worker thread only: their code is there when the worker turned the cache on too.
    expect(await run(rendered, ["render", "contrat.yaml", "--out", join(rendered, "out")], {})).toBe(0);
    expect(cache(rendered).some((code) => code.includes("layoutDocument"))).toBe(true);
    expect(await run(off, ["validate", "contrat.yaml"], { NODE_DISABLE_COMPILE_CACHE: "1" })).toBe(0);
    expect(cache(off)).toEqual([]);
  });

  it.each([
    [["--help"], 0, "stdout", "fr"],
    [["-h", "--lang", "en"], 0, "stdout", "en"],
    [["help", "nothing"], 0, "stdout", "fr"],
    [[], 2, "stderr", "fr"],
  ] as const)("%j: the general help, as runCli writes it (exit %i, on %s)", async (args, code, stream, lang) => {
    const text = globalHelp(lang);
    expect(await pacte(args)).toEqual(stream === "stdout" ? { code, stdout: text, stderr: "" } : { code, stdout: "", stderr: text });
  });

  it("writes a long standard output whole before it exits: pacte schema on stdout is the file --out writes", async () => {
    const onStdout = await pacte(["schema"]);
    expect(onStdout.code).toBe(0);
    expect(await pacte(["schema", "--out", "schema-bin.json", "--force"])).toMatchObject({ code: 0 });
    const file = readFileSync(join(dir, "schema-bin.json"), "utf8");
    expect(file.length).toBeGreaterThan(30_000);
    expect(onStdout.stdout).toBe(file);
  });

  it("--help into a reader that goes away (`pacte --help | head -1`) ends quietly", async () => {
    const out = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, "--help"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
      child.stdout.destroy();
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(out).toEqual({ code: 0, stderr: "" });
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
    expect(bad.stdout).toMatch(/^ {2}trois\.yaml:27:1: erreur input\.syntax /m);
    const missing = await pacte(["validate", "absent.yaml"]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "pacte validate : impossible de lire « absent.yaml » : fichier ou dossier introuvable\n" });
    const usage = await pacte(["validate", "--nope"]);
    expect(usage.code).toBe(2);
    expect(`${usage.stdout}${usage.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("validate, render and batch refuse /dev/zero and a named pipe nobody writes to, at once, exit 1", async () => {
    const here = join(dir, "speciaux");
    mkdirSync(here);
    execFileSync("mkfifo", [join(here, "tube.yaml")]);
    for (const input of ["/dev/zero", "tube.yaml"]) {
      for (const args of [["validate", input], ["render", input, "--out", "sortie"], ["batch", input, "--out", "sortie"]]) {
        const r = await pacte(args, here);
        expect([args, r.code]).toEqual([args, 1]);
        expect(`${r.stdout}${r.stderr}`).toContain("input.not_a_file");
      }
    }
    expect(readdirSync(here)).toEqual(["tube.yaml"]);
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

  it("render refuses to overwrite without --force, and renders on a worker thread", async () => {
    writeFiles(dir, { "r.yaml": await smallYaml("23D") });
    expect((await pacte(["render", "r.yaml", "--out", "rendu", "--format", "docx"])).code).toBe(0);
    const again = await pacte(["render", "r.yaml", "--out", "rendu", "--format", "docx"]);
    expect(again).toEqual({ code: 2, stdout: "", stderr: "pacte render : « rendu/CLS-23D-2024-001.docx » existe déjà ; relancez avec --force pour le remplacer\n" });
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("%s during the render of a large contract stops it at once, exit %i, leaving no file", async (signal, code) => {
    const here = join(dir, `long-${signal}`);
    mkdirSync(here);
    writeFiles(here, { "long.yaml": largeYaml() });
    // The whole render of this contract takes tens of seconds; the signal comes a few seconds in.
    const r = await interrupt(["render", "long.yaml", "--out", "sortie"], here, signal, 4000);
    expect({ code: r.code, signal: r.signal }).toEqual({ code, signal: null });
    expect(r.stderr).toContain("pacte : interrompu ; aucun fichier partiel n’a été laissé.");
    // A bound for correctness, not a speed check: the render left alone would take far longer.
    expect(r.afterSignalMs).toBeLessThan(60_000);
    expect(readdirSync(here)).toEqual(["long.yaml"]);
  });

  it("complex YAML keys are issues on stdout, and no Node warning leaks on stderr", async () => {
    const here = join(dir, "cles");
    mkdirSync(here);
    writeFiles(here, { "k.yaml": "? [a, b]\n: 1\n? {c: d}\n: 2\n" });
    const r = await pacte(["validate", "k.yaml"], here);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}k\.yaml:1:3: erreur input\.syntax /m);
    expect(r.stderr).toBe("");
  });

  it("SIGTERM during a batch of two large contracts stops both worker threads at once, exit 143, leaving no file", async () => {
    const here = join(dir, "lot-long");
    mkdirSync(join(here, "lot"), { recursive: true });
    writeFiles(join(here, "lot"), { "a.yaml": largeYaml(), "b.yaml": largeYaml().replace(/CLS-23-2024-001/g, "CLS-23-2024-002") });
    const r = await interrupt(["batch", "lot", "--out", "sortie", "--jobs", "2"], here, "SIGTERM", 4000);
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 143, signal: null });
    expect(r.afterSignalMs).toBeLessThan(60_000);
    expect(readdirSync(here)).toEqual(["lot"]);
  });

  it("SIGINT during the check of a 12 MB input stops validate at once, exit 130: large texts are checked on a worker thread", async () => {
    const here = join(dir, "lourd");
    mkdirSync(here);
    writeFiles(here, { "lourd.yaml": heavyYaml(12) });
    // Checked in the main thread, this text takes about a minute, and a signal waits for the end.
    const r = await interrupt(["validate", "lourd.yaml", "--max-size", "16M", "--lang", "en"], here, "SIGINT", 3000);
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 130, signal: null });
    expect(r.stderr).toBe("\npacte: interrupted; no partial file was left.\n");
    expect(r.afterSignalMs).toBeLessThan(60_000);
    expect(readdirSync(here)).toEqual(["lourd.yaml"]);
  });

  it("a temporary file left by a run killed outright (SIGKILL) is removed by the next run into that folder; a live run's is kept", async () => {
    const here = join(dir, "reprise");
    mkdirSync(join(here, "sortie"), { recursive: true });
    writeFiles(here, { "r.yaml": await smallYaml("23D") });
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ["-e", "0"]);
      child.on("close", () => resolve(child.pid ?? 0));
    });
    const stale = tempFileName("CLS-23D-2024-001.docx", dead, 1);
    const live = tempFileName("autre.docx", process.pid, 1);
    writeFileSync(join(here, "sortie", stale), "la moitié d’un DOCX");
    writeFileSync(join(here, "sortie", live), "en cours");
    const r = await pacte(["render", "r.yaml", "--out", "sortie", "--format", "docx"], here);
    expect(r.code).toBe(0);
    expect(readdirSync(join(here, "sortie")).sort()).toEqual([live, "CLS-23D-2024-001.docx"].sort());
  });

  it("--lang en: every refusal of a hostile input or path is one English line, with its code or its path, and never a stack", async () => {
    const here = join(dir, "hostile-en");
    mkdirSync(join(here, "dossier"), { recursive: true });
    writeFiles(here, { "r.yaml": await smallYaml("23D"), fichier: "x" });
    symlinkSync("boucle.yaml", join(here, "boucle.yaml"));
    const cases: [readonly string[], number, string][] = [
      [["validate", "dossier"], 1, "input.not_a_file"],
      [["validate", "/dev/zero"], 1, "input.not_a_file"],
      [["validate", "boucle.yaml"], 2, "cannot read “boucle.yaml”: too many symbolic links (a loop?)"],
      [["validate", "absent.yaml", "--json"], 2, "input.unreadable"],
      [["validate", "r.yaml", "--max-size", "100000M"], 2, "--max-size is at most 256M"],
      [["render", "r.yaml", "--out", "fichier"], 2, "cannot create the folder “fichier”: it is a file, and --out expects a folder"],
      [["render", "dossier", "--out", "sortie"], 1, "input.not_a_file"],
      [["batch", "/dev/zero", "--out", "sortie"], 1, "input.not_a_file"],
    ];
    for (const [args, code, expected] of cases) {
      const r = await pacte([...args, "--lang", "en"], here);
      const all = `${r.stdout}${r.stderr}`;
      expect([args, r.code]).toEqual([args, code]);
      expect(all).toContain(expected);
      expect([args, all]).not.toEqual([args, expect.stringMatching(/\n\s+at |«|»| : |erreur|impossible|internal error/)]);
    }
    expect(readdirSync(here).sort()).toEqual(["boucle.yaml", "dossier", "fichier", "r.yaml"]);
  });
});
