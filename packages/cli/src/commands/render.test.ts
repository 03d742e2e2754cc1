import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { creuseYaml, writeFiles } from "../test-support/inputs";
import { failingAfter } from "../test-support/failing-fs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

const ascii = (b: Uint8Array) => Buffer.from(b).toString("latin1");

describe("pacte render", () => {
  it("writes the PDF (PDF/A) and the DOCX, named after the reference", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml() });
    const r = await run(dir, ["render", "creuse.yaml", "--out", "sortie"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^écrit sortie\/CLS-23-2024-001\.pdf \(\d+ pages, \d+ Ko\)\nécrit sortie\/CLS-23-2024-001\.docx \(\d+ Ko\)\n$/);
    expect(readdirSync(join(dir, "sortie")).sort()).toEqual(["CLS-23-2024-001.docx", "CLS-23-2024-001.pdf"]);
    const pdf = readFileSync(join(dir, "sortie", "CLS-23-2024-001.pdf"));
    expect(ascii(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(ascii(pdf)).toContain("pdfaid");
    expect(ascii(readFileSync(join(dir, "sortie", "CLS-23-2024-001.docx")).subarray(0, 2))).toBe("PK");
  });

  it("refuses to replace files without --force, before rendering anything", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml(), "CLS-23-2024-001.docx": "ancien" });
    const before = statSync(join(dir, "CLS-23-2024-001.docx")).mtimeMs;
    const r = await run(dir, ["render", "creuse.yaml"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte render : « CLS-23-2024-001.docx » existe déjà ; relancez avec --force pour le remplacer\n" });
    expect(readFileSync(join(dir, "CLS-23-2024-001.docx"), "utf8")).toBe("ancien");
    expect(statSync(join(dir, "CLS-23-2024-001.docx")).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["CLS-23-2024-001.docx", "creuse.yaml"]);
  });

  it("replaces them with --force; --format and --no-pdfa choose what is written", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml(), "CLS-23-2024-001.pdf": "ancien" });
    const r = await run(dir, ["render", "creuse.yaml", "--format", "pdf", "--force", "--no-pdfa"]);
    expect(r.code).toBe(0);
    const pdf = readFileSync(join(dir, "CLS-23-2024-001.pdf"));
    expect(ascii(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(ascii(pdf)).not.toContain("pdfaid");
    expect(readdirSync(dir).sort()).toEqual(["CLS-23-2024-001.pdf", "creuse.yaml"]);
  });

  it("writes nothing for an invalid contract and exits 1 with its issues", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml((i) => (i.collectivite.ref = "99Z")) });
    const r = await run(dir, ["render", "creuse.yaml", "--out", "sortie"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^creuse\.yaml : invalide, 1 erreur\n {2}creuse\.yaml:\d+:\d+: erreur territory\.unknown_collectivite \(collectivite\.ref\) : /);
    expect(readdirSync(dir)).toEqual(["creuse.yaml"]);
  });

  it("refuses a 1 MB title and a 100 kB reference before any work starts", async () => {
    const dir = fresh();
    writeFiles(dir, { "long.yaml": creuseYaml((i) => { i.title = "T".repeat(1_048_576); i.reference = "R".repeat(100_000); }) });
    const r = await run(dir, ["render", "long.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/limit\.text_length/g)).toHaveLength(2);
    expect(r.stderr).toContain("Texte trop long : 1\u202F048\u202F576 caractères reçus pour 1\u202F000 au plus");
    expect(readdirSync(dir)).toEqual(["long.yaml"]);
  });

  it("leaves no half file and no temporary file when writing fails midway", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml() });
    const r = await run(dir, ["render", "creuse.yaml", "--out", "sortie", "--format", "pdf"], { fs: failingAfter(10_000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pacte render : impossible d’écrire « sortie/CLS-23-2024-001.pdf » : plus de place sur le disque\n");
    expect(r.stderr).not.toMatch(/\bat \w/);
    expect(readdirSync(join(dir, "sortie"))).toEqual([]);
  });

  it("says that --out names a file, not that a folder exists, before rendering", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml(), sortie: "un fichier" });
    const r = await run(dir, ["render", "creuse.yaml", "--out", "sortie"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte render : impossible de créer le dossier « sortie » : c’est un fichier, et --out attend un dossier\n" });
  });

  it.each(["/dev/zero", "tube.yaml"])("refuses %s before reading it, exit 1", async (input) => {
    const dir = fresh();
    execFileSync("mkfifo", [join(dir, "tube.yaml")]);
    const r = await run(dir, ["render", input, "--out", "sortie"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${input.replace(/[./]/g, "\\$&")} : invalide, 1 erreur\n {2}${input.replace(/[./]/g, "\\$&")}: erreur input\.not_a_file : Un fichier YAML ou JSON est attendu`));
    expect(readdirSync(dir)).toEqual(["tube.yaml"]);
  });

  it("removes the temporary files a killed run left in the output folder", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml(), ".CLS-23-2024-001.pdf.pacte-4194321-1.tmp": "moitié d’un PDF" });
    const r = await run(dir, ["render", "creuse.yaml", "--format", "docx"]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["CLS-23-2024-001.docx", "creuse.yaml"]);
  });

  it("says where it cannot create the output folder", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml(), fichier: "x" });
    const r = await run(dir, ["render", "creuse.yaml", "--out", "fichier/sortie"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pacte render : impossible de créer le dossier « fichier\/sortie » : /);
  });

  it("exits 2 for a missing input", async () => {
    const r = await run(fresh(), ["render", "absent.yaml"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte render : impossible de lire « absent.yaml » : fichier ou dossier introuvable\n" });
  });

  it("prints the warnings and renders anyway", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.yaml"), creuseYaml((i) => delete i.actions[0]?.indicators));
    const r = await run(dir, ["render", "a.yaml", "--format", "docx"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/a\.yaml:\d+:\d+: avertissement contract\.action_without_indicators \(actions\[0\]\.indicators\) : L’action A1\.1 n’a aucun indicateur/);
    expect(r.stdout).toMatch(/^écrit CLS-23-2024-001\.docx/);
  });
});
