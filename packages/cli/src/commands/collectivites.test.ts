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

  it("prints JSON with --json", async () => {
    const { dir, cleanup } = tempDir();
    const r = await run(dir, ["collectivites", "bordeaux", "--json"]);
    cleanup();
    expect(JSON.parse(r.stdout)).toEqual([
      { kind: "metropole", code: null, name: "Bordeaux Métropole", siren: "243300316", departements: ["33"], executiveTitle: null },
    ]);
  });

  it("exits 1 when nothing matches, 2 for a bad date", async () => {
    const { dir, cleanup } = tempDir();
    const none = await run(dir, ["collectivites", "atlantis"]);
    const bad = await run(dir, ["collectivites", "creuse", "--date", "hier"]);
    cleanup();
    expect(none).toEqual({ code: 1, stdout: "", stderr: "Aucune collectivité ni métropole ne correspond à « atlantis ».\n" });
    expect(bad.code).toBe(2);
  });
});
