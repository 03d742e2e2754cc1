import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkContractText } from "@pacte/contract";
import { describe, expect, it } from "vitest";
import { creuseYaml, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

/** The Creuse contract in cents, with comments, as written before format 2. */
const commentedCreuse = (): string =>
  `# Contrat de la Creuse.\n# Montants en centimes d’euro.\n\n${creuseYaml().replace(/^stateAnnualCeiling: 50000000$/m, "stateAnnualCeiling: 50000000 # 500 000 €")}`;

const inputOf = (text: string) => {
  const r = checkContractText(text);
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.data.input;
};

describe("pacte migrate", () => {
  it("rewrites the file in format 2, keeping its comments, to the same contract", async () => {
    const dir = fresh();
    const old = commentedCreuse();
    writeFiles(dir, { "contrat.yaml": old });
    const r = await run(dir, ["migrate", "contrat.yaml"]);
    expect(r).toEqual({
      code: 0,
      stdout: "écrit contrat.yaml (format 2 : 109 montants en euros)\nRelisez les commentaires de la ligne 2 : ils parlent encore de centimes.\nVérifiez : pacte validate contrat.yaml\n",
      stderr: "",
    });
    const text = readFileSync(join(dir, "contrat.yaml"), "utf8");
    expect(text.startsWith("# Contrat de la Creuse.\n# Montants en centimes d’euro.\n\nformat: 2 # montants en euros\nreference: CLS-23-2024-001\n")).toBe(true);
    expect(text).toContain("\nstateAnnualCeiling: 500 000 € # 500 000 €\n");
    expect(text).toContain("state: 40 000 €\n");
    expect(text.replace(/: [\d ]+(,\d\d)? €/g, ": N").replace("format: 2 # montants en euros\n", "")).toBe(old.replace(/(state|collectivite|amount|stateAnnualCeiling): \d+/g, "$1: N"));
    expect(inputOf(text)).toEqual(inputOf(old));
    expect(await run(dir, ["validate", "contrat.yaml"])).toMatchObject({ code: 0, stdout: "contrat.yaml : valide\n" });
  });

  it("renders the migrated file to the very bytes of the original, PDF and DOCX", async () => {
    const dir = fresh();
    writeFiles(dir, { "centimes.yaml": commentedCreuse(), "euros.yaml": commentedCreuse() });
    expect((await run(dir, ["migrate", "euros.yaml"])).code).toBe(0);
    expect((await run(dir, ["render", "centimes.yaml", "--out", "a"])).code).toBe(0);
    expect((await run(dir, ["render", "euros.yaml", "--out", "b"])).code).toBe(0);
    for (const name of ["CLS-23-2024-001.pdf", "CLS-23-2024-001.docx"]) {
      const [a, b] = [readFileSync(join(dir, "a", name)), readFileSync(join(dir, "b", name))];
      expect(a.length).toBeGreaterThan(1000);
      expect(b.equals(a)).toBe(true);
    }
  }, 120_000);

  it("writes --out instead, and never replaces an existing one without --force", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": commentedCreuse(), "deja.yaml": "ancien" });
    const r = await run(dir, ["migrate", "contrat.yaml", "--out", "euros.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("écrit euros.yaml (format 2 : 109 montants en euros)");
    expect(readFileSync(join(dir, "contrat.yaml"), "utf8")).toBe(commentedCreuse());
    expect(inputOf(readFileSync(join(dir, "euros.yaml"), "utf8"))).toEqual(inputOf(commentedCreuse()));
    expect(await run(dir, ["migrate", "contrat.yaml", "--out", "deja.yaml"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "pacte migrate : « deja.yaml » existe déjà ; relancez avec --force pour le remplacer\n",
    });
    expect((await run(dir, ["migrate", "contrat.yaml", "--out", "deja.yaml", "--force"])).code).toBe(0);
  });

  it("refuses to touch a file already in format 2", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": commentedCreuse() });
    await run(dir, ["migrate", "contrat.yaml"]);
    const before = readFileSync(join(dir, "contrat.yaml"), "utf8");
    const mtime = statSync(join(dir, "contrat.yaml")).mtimeMs;
    const r = await run(dir, ["migrate", "contrat.yaml"]);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: "pacte migrate : « contrat.yaml » est déjà au format 2 (montants en euros) ; il n’est pas modifié.\n",
    });
    expect(readFileSync(join(dir, "contrat.yaml"), "utf8")).toBe(before);
    expect(statSync(join(dir, "contrat.yaml")).mtimeMs).toBe(mtime);
  });

  it("refuses amounts that have no exact value in euros, each at its line, in English on request", async () => {
    const dir = fresh();
    writeFiles(dir, { "contrat.yaml": "reference: X\nstateAnnualCeiling: 12.5\n" });
    const r = await run(dir, ["migrate", "contrat.yaml", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "contrat.yaml: invalid, 1 error\n  contrat.yaml:2:1: error money.not_integer_cents (stateAnnualCeiling): Invalid amount: 12.5 is not a whole number of cents; amounts are integers in cents (€100,000 = 10000000).\n",
    );
    expect(readFileSync(join(dir, "contrat.yaml"), "utf8")).toBe("reference: X\nstateAnnualCeiling: 12.5\n");
  });

  it("says when the file cannot be read", async () => {
    expect(await run(fresh(), ["migrate", "absent.yaml"])).toEqual({ code: 2, stdout: "", stderr: "pacte migrate : impossible de lire « absent.yaml » : fichier ou dossier introuvable\n" });
  });
});
