import { describe, expect, it } from "vitest";
import { run, tempDir } from "../test-support/run";

describe("pacte collectivites", () => {
  it("prints a table", async () => {
    const { dir, cleanup } = tempDir();
    const r = await run(dir, ["collectivites", "creuse"]);
    cleanup();
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^Code +Nom +Type +Dép\. +SIREN$/);
    expect(lines[2]).toMatch(/^23D +Département de la Creuse +collectivité +23 +222309627$/);
    expect(r.stdout).toMatch(/\n1 résultat\.\n$/);
  });

  it("lists the Département du Rhône and the Métropole de Lyon for 69, once each", async () => {
    const { dir, cleanup } = tempDir();
    const r = await run(dir, ["collectivites", "69"]);
    cleanup();
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[2]).toMatch(/^69D +Département du Rhône +collectivité +69 +\d{9}$/);
    expect(lines[3]).toMatch(/^69M +Métropole de Lyon +collectivité, métropole +69 +\d{9}$/);
    expect(r.stdout).toMatch(/\n2 résultats\.\n$/);
  });

  it("explains an ambiguous code and lists what it may mean", async () => {
    const { dir, cleanup } = tempDir();
    const r = await run(dir, ["collectivites", "20"]);
    cleanup();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("« 20 » était le code de la Corse avant 1976 : Corse-du-Sud (2A) ou Haute-Corse (2B). Précisez : 2A ou 2B.\n");
    expect(r.stdout).toContain("Corse");
  });

  it("lists no dissolved Département de Paris on the default date, which the help states", async () => {
    const { dir, cleanup } = tempDir();
    const all = await run(dir, ["collectivites"]);
    const paris = await run(dir, ["collectivites", "75", "--date", "2018-06-01"]);
    const help = await run(dir, ["collectivites", "--help"]);
    cleanup();
    expect(all.stdout).not.toMatch(/^75D /m);
    expect(all.stdout).toMatch(/^75C +Ville de Paris/m);
    expect(paris.stdout).toMatch(/^75D /m);
    expect(paris.stdout).toMatch(/ au 1er juin 2018\.\n$/);
    expect(help.stdout).toContain("(2024-01-01 par défaut)");
  });

  it("prints JSON with --json", async () => {
    const { dir, cleanup } = tempDir();
    const r = await run(dir, ["collectivites", "bordeaux", "--json"]);
    cleanup();
    expect(JSON.parse(r.stdout)).toEqual([
      { kind: "metropole", code: null, name: "Bordeaux Métropole", siren: "243300316", departements: ["33"], executiveTitle: null, metropole: true },
    ]);
  });

  it("exits 1 when nothing matches, 2 for a bad date", async () => {
    const { dir, cleanup } = tempDir();
    const none = await run(dir, ["collectivites", "atlantis"]);
    const bad = await run(dir, ["collectivites", "creuse", "--date", "hier"]);
    cleanup();
    expect(none).toEqual({ code: 1, stdout: "", stderr: "Aucune collectivité ni métropole ne correspond à « atlantis ». La liste complète : pacte collectivites\n" });
    expect(bad.code).toBe(2);
  });

  it("echoes a 100 000-character search clipped, in one short line, exit 1", async () => {
    const { dir, cleanup } = tempDir();
    const r = await run(dir, ["collectivites", "z".repeat(100_000)]);
    cleanup();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Aucune collectivité ni métropole ne correspond à « ${"z".repeat(80)}…${"z".repeat(79)} ». La liste complète : pacte collectivites\n`);
  });
});
