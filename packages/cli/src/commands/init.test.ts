import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

describe("pacte init", () => {
  it.each([
    [["init"], "contrat.yaml", "Département de la Creuse"],
    [["init", "--collectivite", "alsace", "--out", "alsace.yaml"], "alsace.yaml", "Collectivité européenne d'Alsace"],
    [["init", "-p", "cls-metropole-2024", "-c", "lyon", "-o", "lyon.yaml"], "lyon.yaml", "Ajoutez son SIRET"],
    [["init", "--profile", "calpae-2019", "--collectivite", "66D", "--out", "po.yaml"], "po.yaml", "Département des Pyrénées-Orientales"],
  ])("%j writes a file that pacte validate accepts", async (args, file, name) => {
    const dir = fresh();
    const r = await run(dir, args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(new RegExp(`^écrit ${file.replace(".", "\\.")} \\(`));
    expect(readFileSync(join(dir, file), "utf8")).toContain(name);
    const v = await run(dir, ["validate", file]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(new RegExp(`^${file.replace(".", "\\.")} : valide\\n$|^${file.replace(".", "\\.")} : valide \\(1 avertissement\\)\\n.*contract\\.(siret_missing|state_service_unknown)`));
  });

  it("refuses to replace a file without --force", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "contrat.yaml"), "mon travail");
    const r = await run(dir, ["init"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "pacte init : « contrat.yaml » existe déjà ; relancez avec --force pour le remplacer\n" });
    expect(readFileSync(join(dir, "contrat.yaml"), "utf8")).toBe("mon travail");
    expect((await run(dir, ["init", "--force"])).code).toBe(0);
    expect(readFileSync(join(dir, "contrat.yaml"), "utf8")).toContain("reference: CLS-23D-2024-001");
  });

  it("takes the one the ambiguity explains", async () => {
    const dir = fresh();
    const r = await run(dir, ["init", "--collectivite", "69M"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("écrit contrat.yaml (Métropole de Lyon, profil cls-departement-2024)");
    expect((await run(dir, ["init", "--collectivite", "69", "--profile", "cls-metropole-2024", "--out", "m.yaml"])).code).toBe(0);
  });

  it("prints the YAML with --out -", async () => {
    const r = await run(fresh(), ["init", "--collectivite", "22230962700016", "--out", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Contrat local des solidarités — Département de la Creuse\n/);
  });

  it.each([
    [["init", "--profile", "cls-2024"], "pacte init : profil inconnu « cls-2024 » Profils disponibles : cls-departement-2024, cls-metropole-2024, calpae-2019\n"],
    [["init", "--profile", "cls-metropole"], "pacte init : profil inconnu « cls-metropole » ; vouliez-vous dire « cls-metropole-2024 » ? Profils disponibles : cls-departement-2024, cls-metropole-2024, calpae-2019\n"],
    [["init", "--collectivite", "Atlantis"], "pacte init : aucune collectivité à compétences départementales ne correspond à « Atlantis » ; la liste : pacte collectivites\n"],
    [
      ["init", "--collectivite", "69"],
      "pacte init : « 69 » désigne 2 collectivités à compétences départementales : 69D (Département du Rhône), 69M (Métropole de Lyon). Précisez --collectivite 69D ou --collectivite 69M.\n",
    ],
  ])("%j exits 2", async (args, message) => {
    const r = await run(fresh(), args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
  });
});
