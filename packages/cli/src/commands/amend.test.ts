import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { creuseYaml, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

const revised = () =>
  creuseYaml((i) => {
    const y = i.actions[1]?.funding["2025"];
    if (y !== undefined) {
      y.state += 200000;
      y.collectivite += 200000;
    }
  });

describe("pacte amend", () => {
  it("writes the avenant and the consolidated contract as PDF and DOCX", async () => {
    const dir = fresh();
    writeFiles(dir, { "base.yaml": creuseYaml(), "revise.yaml": revised() });
    const r = await run(dir, ["amend", "base.yaml", "revise.yaml", "--number", "1", "--date", "2025-03-14", "--reason", "Redéploiement de crédits", "--out", "avenants"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^Avenant n° 1 du 14 mars 2025 : \d+ modifications?\.$/);
    expect(readdirSync(join(dir, "avenants")).sort()).toEqual([
      "CLS-23-2024-001-avenant-1.docx",
      "CLS-23-2024-001-avenant-1.pdf",
      "CLS-23-2024-001-consolide-avenant-1.docx",
      "CLS-23-2024-001-consolide-avenant-1.pdf",
    ]);
  });

  it("refuses to replace existing files without --force", async () => {
    const dir = fresh();
    writeFiles(dir, { "base.yaml": creuseYaml(), "revise.yaml": revised(), "CLS-23-2024-001-avenant-1.pdf": "ancien" });
    const r = await run(dir, ["amend", "base.yaml", "revise.yaml", "-n", "1", "--date", "2025-03-14"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte amend : « CLS-23-2024-001-avenant-1.pdf » existe déjà ; relancez avec --force pour le remplacer\n" });
  });

  it("exits 1 when the revised version changes the reference", async () => {
    const dir = fresh();
    writeFiles(dir, { "base.yaml": creuseYaml(), "revise.yaml": creuseYaml((i) => (i.reference = "AUTRE")) });
    const r = await run(dir, ["amend", "base.yaml", "revise.yaml", "--number", "1", "--date", "2025-03-14"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/avenant n° 1: erreur contract\.amendment_reference_mismatch \(revised\.reference\) : Le contrat révisé porte la référence « AUTRE »/);
    expect(readdirSync(dir).sort()).toEqual(["base.yaml", "revise.yaml"]);
  });

  it("exits 1 with the issues of an invalid version", async () => {
    const dir = fresh();
    writeFiles(dir, { "base.yaml": creuseYaml(), "revise.yaml": creuseYaml((i) => (i.collectivite.ref = "99Z")) });
    const r = await run(dir, ["amend", "base.yaml", "revise.yaml", "--number", "1", "--date", "2025-03-14"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^revise\.yaml : invalide, 1 erreur\n/);
  });

  it.each([
    [["amend", "base.yaml", "revise.yaml"], "pacte amend : --number est obligatoire (1 pour le premier avenant)\n"],
    [["amend", "base.yaml", "revise.yaml", "-n", "zéro"], "pacte amend : --number attend un entier à partir de 1 ; « zéro » reçu\n"],
    [["amend", "base.yaml", "revise.yaml", "-n", "1"], "pacte amend : précisez la date de l’avenant avec --date AAAA-MM-JJ (les deux versions ont la même date de signature)\n"],
    [["amend", "base.yaml"], "pacte amend : « pacte amend » attend deux fichiers : le contrat de base et sa version révisée\n"],
  ])("%j exits 2", async (args, message) => {
    const dir = fresh();
    writeFiles(dir, { "base.yaml": creuseYaml(), "revise.yaml": revised() });
    const r = await run(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
  });
});
