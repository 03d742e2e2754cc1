import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BatchRunner } from "../batch/batch-runner";
import { inProcessBatchRunner } from "../batch/batch-runner";
import { nodeFileSystem } from "../file-system";
import { smallYaml, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

async function inputs(dir: string): Promise<void> {
  mkdirSync(join(dir, "contrats"));
  const broken = (await smallYaml("19D")).replace("ref: 19D", "ref: 99Z");
  writeFiles(join(dir, "contrats"), {
    "a-creuse.yaml": await smallYaml("23D"),
    "b-correze.yaml": broken,
    "c-cantal.yaml": await smallYaml("15D"),
    "d-syntaxe.yaml": "reference: X\nprofile: [\n",
    "notes.txt": "pas un contrat",
  });
}

describe("pacte batch", () => {
  it("renders the good contracts, goes on past the broken ones, and exits 1 with a summary", async () => {
    const dir = fresh();
    await inputs(dir);
    const r = await run(dir, ["batch", "contrats", "--out", "sortie", "--jobs", "2"]);
    expect(r.code).toBe(1);
    expect(readdirSync(join(dir, "sortie")).sort()).toEqual(["CLS-15D-2024-001.docx", "CLS-15D-2024-001.pdf", "CLS-23D-2024-001.docx", "CLS-23D-2024-001.pdf"]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^Fichier +État +Pages \/ taille ou premier problème +Durée$/);
    expect(lines[2]).toMatch(/^contrats\/a-creuse\.yaml +ok +\d+ p\. ; PDF \d+ Ko, DOCX \d+ Ko +0 ms$/);
    expect(lines[3]).toMatch(/^contrats\/b-correze\.yaml +invalide +collectivite\.ref : Collectivité inconnue : « 99Z »/);
    expect(lines[4]).toMatch(/^contrats\/c-cantal\.yaml +ok +\d+ p\./);
    expect(lines[5]).toMatch(/^contrats\/d-syntaxe\.yaml +invalide +Erreur de syntaxe YAML ligne 3/);
    expect(r.stdout).toContain("4 contrats en 0 ms sur 2 fils : 2 rendus, 2 en échec.\nDossier de sortie : sortie\n");
    // Plain progress lines (not a terminal), then each failing file's issues.
    expect(r.stderr).toMatch(/^\[1\/4\] /);
    expect(r.stderr.match(/^\[\d\/4\] (ok|invalide) +contrats\/\S+ \(0 ms\)$/gm)).toHaveLength(4);
    expect(r.stderr).toMatch(/contrats\/b-correze\.yaml : invalide, 1 erreur\n {2}contrats\/b-correze\.yaml:\d+:\d+: erreur territory\.unknown_collectivite \(collectivite\.ref\) : Collectivité inconnue/);
  });

  it("a folder holding a pipe, a loop of links and a folder named *.yaml: each is reported in words, the good contract renders, exit 1 (never an internal error)", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "lot", "dossier.yaml"), { recursive: true });
    writeFiles(join(dir, "lot"), { "a.yaml": await smallYaml("23D") });
    execFileSync("mkfifo", [join(dir, "lot", "tube.yaml")]);
    symlinkSync("boucle.yaml", join(dir, "lot", "boucle.yaml"));
    const r = await run(dir, ["batch", "lot", "--out", "sortie", "--format", "docx", "--jobs", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("erreur interne");
    expect(readdirSync(join(dir, "sortie"))).toEqual(["CLS-23D-2024-001.docx"]);
    expect(r.stdout).toMatch(/lot\/boucle\.yaml +échec +impossible de lire « lot\/boucle\.yaml » : trop de liens symboliques/);
    expect(r.stdout).toMatch(/lot\/dossier\.yaml +invalide +Un fichier YAML ou JSON est attendu, et ce chemin désigne un dossier/);
    expect(r.stdout).toMatch(/lot\/tube\.yaml +invalide +Un fichier YAML ou JSON est attendu, et ce chemin désigne un tube nommé/);
  });

  it("exits 0 when every contract renders; shows a bar on a terminal", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": await smallYaml("23D") });
    const r = await run(dir, ["batch", "creuse.yaml", "--out", ".", "--format", "docx"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("\r\x1b[2K[████████████████████████] 1/1  creuse.yaml");
    expect(r.stderr).toContain("\r\x1b[2K[░░░░░░░░░░░░░░░░░░░░░░░░] 0/1  ");
    expect(r.stdout).toContain("1 contrat en 0 ms sur 1 fil : 1 rendu, 0 en échec.\nDossier de sortie : .\n");
  });

  it("fails a contract whose files exist, without --force, and one that repeats a reference", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": await smallYaml("23D"), "b.yaml": await smallYaml("23D"), "c.yaml": await smallYaml("15D"), "CLS-15D-2024-001.docx": "ancien" });
    const r = await run(dir, ["batch", "a.yaml", "b.yaml", "c.yaml", "--out", ".", "--format", "docx", "--jobs", "1"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/b\.yaml +échec +même nom de sortie que a\.yaml/);
    expect(r.stdout).toMatch(/c\.yaml +échec +« CLS-15D-2024-001\.docx » existe déjà ; relancez avec --force pour le remplacer +0 ms/);
    expect(r.stderr).toContain("c.yaml : « CLS-15D-2024-001.docx » existe déjà ; relancez avec --force pour le remplacer");
  });

  it("runs jobs through the runner it is given, at most --jobs at a time", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": await smallYaml("23D"), "c.yaml": await smallYaml("15D") });
    const seen: number[] = [];
    const fs = nodeFileSystem();
    const spy: BatchRunner = (jobs, options, onResult) => {
      seen.push(options.concurrency, jobs.length);
      return inProcessBatchRunner(fs, () => 0)(jobs, options, onResult);
    };
    const r = await run(dir, ["batch", ".", "--out", "sortie", "--jobs", "8", "--format", "docx"], { batchRunner: spy });
    expect(r.code).toBe(0);
    expect(seen).toEqual([2, 2]);
  });

  it("refuses /dev/zero and a named pipe as inputs, without reading them, and renders the rest", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": await smallYaml("23D") });
    execFileSync("mkfifo", [join(dir, "tube.yaml")]);
    const r = await run(dir, ["batch", "/dev/zero", "tube.yaml", "a.yaml", "--out", "sortie", "--format", "docx"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\/dev\/zero +invalide +Un fichier YAML ou JSON est attendu, et ce chemin désigne un périphérique/);
    expect(r.stdout).toMatch(/tube\.yaml +invalide +Un fichier YAML ou JSON est attendu, et ce chemin désigne un tube nommé \(FIFO\)/);
    expect(r.stdout).toMatch(/a\.yaml +ok/);
  });

  it("speaks English with --lang en", async () => {
    const dir = fresh();
    await inputs(dir);
    const r = await run(dir, ["batch", "contrats", "--out", "sortie", "--lang", "en", "--format", "docx", "--jobs", "1"]);
    expect(r.stdout.split("\n")[0]).toMatch(/^File +Status +Pages \/ size or first problem +Time$/);
    expect(r.stdout).toMatch(/contrats\/b-correze\.yaml +invalid +collectivite\.ref: Unknown collectivity/);
    expect(r.stdout).toContain("4 contracts in 0 ms on 1 thread: 2 rendered, 2 failed.\nOutput folder: sortie\n");
  });

  it.each([
    [["batch", "contrats"], "pacte batch : --out DOSSIER est obligatoire\n"],
    [["batch", "vide", "--out", "x"], "pacte batch : aucun fichier .yaml, .yml ou .json à traiter\n"],
    [["batch", "absent", "--out", "x"], "pacte batch : impossible de lire « absent » : fichier ou dossier introuvable\n"],
    [["batch", "vide", "--out", "x", "--jobs", "0"], "pacte batch : --jobs attend un entier à partir de 1 ; « 0 » reçu\n"],
  ])("%j exits 2", async (args, message) => {
    const dir = fresh();
    mkdirSync(join(dir, "vide"));
    writeFileSync(join(dir, "vide", "lisez-moi.txt"), "x");
    const r = await run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
  });
});
