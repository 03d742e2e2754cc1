// `pacte import`: a sheet of actions read into a contract, every problem at its cell, nothing
// written when there is one.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseContractText } from "@pacte/contract";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { creuseYaml } from "../test-support/inputs";
import { editWorkbook, fillRows } from "../test-support/sheets";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs("pacte-import-");
/** French amounts with plain spaces, to compare with what the command prints. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

/** A contract from `pacte init` and its sheet from `pacte init --sheet`, in a fresh folder. */
async function setup(): Promise<string> {
  const dir = fresh();
  expect((await run(dir, ["init", "--collectivite", "23D"])).code).toBe(0);
  expect((await run(dir, ["init", "--sheet"])).code).toBe(0);
  return dir;
}

/** The contract's actions, in cents. */
function actionsOf(dir: string, file = "contrat.yaml"): { id: string; territory?: string; indicators?: unknown[]; funding: Record<string, unknown> }[] {
  const r = parseContractText(readFileSync(join(dir, file), "utf8"));
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return (r.data as { actions: never[] }).actions;
}

describe("pacte import --into", () => {
  it("replaces the contract's actions and amounts with the sheet's, keeps what the sheet leaves empty, and changes no other line", async () => {
    const dir = await setup();
    const before = readFileSync(join(dir, "contrat.yaml"), "utf8");
    await editWorkbook(dir, "actions.xlsx", (ws) =>
      fillRows(ws, [
        [1, "A1.1", "Accueil du jeune enfant", null, "Direction de l’enfance", null, null, "renforcée", "nouveaux publics", "CAF de la Creuse", "40 000 €", 40000, 10000, 45000, "45 000,00", null, 50000, 50000, null, 50000, 50000, null],
        [1, "A1.2", "Petits déjeuners à l’école", null, "Direction de l’éducation", "Élèves", "Communes rurales", "nouvelle", null, null, 1234.56, "1 234,56", null],
        [3, "A3.1", "Premier accueil social", null, null, null, null, "nouvelle", null, null, 25000, 25000, null, 25000, 25000],
        [4, "A4.1", "Précarité énergétique", null, null, null, null, "nouvelle", null, null, 30000, 30000],
      ]),
    );
    const r = await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml"]);
    expect(r.code).toBe(0);
    expect(plain(r.stdout)).toBe(
      "écrit contrat.yaml (4 actions lues dans actions.xlsx : 3 mises à jour, 1 ajoutée)\n" +
        "Montants 2024–2027 : État 266 234,56 € ; collectivité 266 234,56 € ; autres financeurs 10 000,00 € ; total 542 469,12 €\n",
    );
    expect(r.stderr).toBe(
      "actions.xlsx : 1 avertissement\n" +
        "  actions.xlsx:Actions!B3: avertissement contract.action_without_indicators : L’action A1.2 n’a aucun indicateur ; ajoutez-en au moins un pour en suivre l’exécution.\n",
    );
    const after = readFileSync(join(dir, "contrat.yaml"), "utf8");
    const head = before.slice(0, before.indexOf("\nactions:"));
    expect(after.startsWith(head)).toBe(true);
    expect(after).toContain("        state: 40 000 €\n");
    const actions = actionsOf(dir);
    expect(actions.map((a) => a.id)).toEqual(["A1.1", "A1.2", "A3.1", "A4.1"]);
    expect(actions[0]?.funding["2024"]).toEqual({ state: 4000000, collectivite: 4000000, others: [{ name: "CAF de la Creuse", amount: 1000000 }] });
    expect(actions[1]?.funding).toEqual({ "2024": { state: 123456, collectivite: 123456 } });
    expect(actions[0]?.indicators).toHaveLength(1);
    expect(actions[2]?.territory).toBe("à compléter");
    expect((await run(dir, ["validate", "contrat.yaml"])).code).toBe(0);
  });

  it("reports every problem of the sheet at its cell, quoting what was written, and writes nothing (exit 1)", async () => {
    const dir = await setup();
    const before = readFileSync(join(dir, "contrat.yaml"));
    await editWorkbook(dir, "actions.xlsx", (ws) => {
      ws.getCell("K2").value = "12 O00";
      ws.getCell("L3").value = 1234.567;
      ws.getCell("B4").value = "A 4";
      ws.getCell("H4").value = "vieille";
      ws.getCell("M3").value = 500;
    });
    const r = await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml"]);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "actions.xlsx : 5 erreurs\n" +
        "  actions.xlsx:Actions!K2: erreur sheet.amount : « État 2024 » : « 12 O00 » n’est pas un montant ; écrivez un montant en euros, par exemple 50 000, 50 000,00 € ou 1 234,56.\n" +
        "  actions.xlsx:Actions!L3: erreur sheet.amount : « Collectivité 2024 » : « 1234.567 » a plus de deux décimales ; arrondissez au centime (deux chiffres après la virgule).\n" +
        "  actions.xlsx:Actions!M3: erreur sheet.other_funder_name : « Autres financeurs 2024 » porte un montant, mais « Autre financeur » est vide sur cette ligne ; écrivez le nom du financeur (CAF, ARS, commune…).\n" +
        "  actions.xlsx:Actions!B4: erreur sheet.action_id : « Code action » : « A 4 » n’est pas un code d’action ; écrivez des lettres, des chiffres, « . », « _ » ou « - », sans espace ni accent, par exemple A1.2.\n" +
        "  actions.xlsx:Actions!H4: erreur sheet.choice : « Nature » : « vieille » n’est pas une valeur admise ; écrivez « nouvelle » ou « renforcée ».\n",
    });
    expect(Buffer.compare(readFileSync(join(dir, "contrat.yaml")), before)).toBe(0);
  });

  it("stops at what the sheet breaks in the contract (parity, axes), at the cells, in English too", async () => {
    const dir = await setup();
    await editWorkbook(dir, "actions.xlsx", (ws) => {
      ws.getCell("N2").value = 60000;
      ws.getCell("A3").value = 2;
    });
    const r = await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml", "--lang", "en"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.includes(": error "));
    expect(lines.map((l) => `${/^ {2}(\S+):/.exec(l)?.[1] ?? ""} ${/error (\S+?):? /.exec(l)?.[1] ?? ""}`)).toEqual([
      "actions.xlsx contract.axis_without_action",
      "actions.xlsx:Actions!N2 contract.parity",
      "actions.xlsx:Actions!A3 contract.axis_not_allowed",
    ]);
    expect(r.stderr.endsWith("contrat.yaml was not changed.\n")).toBe(true);
  });

  it("writes to --out instead, never over a file without --force", async () => {
    const dir = await setup();
    const before = readFileSync(join(dir, "contrat.yaml"), "utf8");
    writeFileSync(join(dir, "nouveau.yaml"), "x");
    expect((await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml", "--out", "nouveau.yaml"])).code).toBe(2);
    expect((await run(dir, ["import", "actions.xlsx", "--into", "contrat.yaml", "--out", "nouveau.yaml", "--force"])).code).toBe(0);
    expect(readFileSync(join(dir, "contrat.yaml"), "utf8")).toBe(before);
    expect(actionsOf(dir, "nouveau.yaml").map((a) => a.id)).toEqual(["A1.1", "A3.1", "A4.1"]);
  });

  it("writes cents with their value in euros as comments into a YAML contract in cents (format 1)", async () => {
    const dir = await setup();
    writeFileSync(join(dir, "ancien.yaml"), creuseYaml());
    const r = await run(dir, ["import", "actions.xlsx", "--into", "ancien.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("écrit ancien.yaml (3 actions lues dans actions.xlsx : 3 mises à jour, 9 retirées : A1.2, A1.3, A1.4, A1.5, A3.2, A3.3, A3.4, A4.2, A4.3)");
    const text = readFileSync(join(dir, "ancien.yaml"), "utf8");
    expect(text).not.toContain("format: 2");
    expect(text).toContain("        state: 5000000 # 50 000 €\n        collectivite: 5000000 # 50 000 €\n");
    expect((await run(dir, ["validate", "ancien.yaml"])).code).toBe(0);
  });

  it("imports into a JSON contract in cents (format 1), and reports a contract that cannot be read", async () => {
    const dir = await setup();
    const input = parseContractText(readFileSync(join(dir, "contrat.yaml"), "utf8"));
    writeFileSync(join(dir, "contrat.json"), JSON.stringify(input.success ? input.data : {}));
    expect((await run(dir, ["import", "actions.xlsx", "--into", "contrat.json"])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "contrat.json"), "utf8")).actions[0].funding["2024"]).toEqual({ state: 5000000, collectivite: 5000000 });
    writeFileSync(join(dir, "cassé.yaml"), "reference: [\n");
    const r = await run(dir, ["import", "actions.xlsx", "--into", "cassé.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cassé\.yaml : invalide, 1 erreur\n {2}cassé\.yaml:\d+:\d+: erreur input\.syntax/);
  });
});

describe("pacte import without --into", () => {
  it("prints the actions alone, as `pacte init` writes amounts, from a CSV as French Excel writes it", async () => {
    const dir = fresh();
    writeFileSync(
      join(dir, "actions.csv"),
      "\ufeffAxe;Code action;Intitulé;Nature;État 2024;Collectivité 2024;Autres financeurs 2024;Autre financeur\r\n1;A1.1;\"Accueil; garde\";nouvelle;50 000,00 €;50000;;\r\n3;A3.1;Premier accueil;renforcée;1 234,56;1234,56;100;CAF\r\n",
    );
    const r = await run(dir, ["import", "actions.csv"]);
    expect(r.code).toBe(0);
    expect(plain(r.stderr)).toBe("2 actions lues dans actions.csv (2024)\nMontants 2024 : État 51 234,56 € ; collectivité 51 234,56 € ; autres financeurs 100,00 € ; total 102 569,12 €\n");
    expect(parse(r.stdout)).toEqual({
      format: 2,
      actions: [
        { id: "A1.1", axis: 1, title: "Accueil; garde", nature: "new", funding: { "2024": { state: "50 000 €", collectivite: "50 000 €" } } },
        { id: "A3.1", axis: 3, title: "Premier accueil", nature: "reinforced", funding: { "2024": { state: "1 234,56 €", collectivite: "1 234,56 €", others: [{ name: "CAF", amount: "100 €" }] } } },
      ],
    });
  });

  it("writes them to --out, and reads a CSV separated by commas", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.csv"), 'Code action,Intitulé,Nature,État 2024,Collectivité 2024\nA1,"Accueil, garde",nouvelle,"1 234,56",1234.56\n');
    const r = await run(dir, ["import", "a.csv", "--out", "actions.json"]);
    expect(plain(r.stdout)).toBe("écrit actions.json (1 action lue dans a.csv (2024))\nMontants 2024 : État 1 234,56 € ; collectivité 1 234,56 € ; autres financeurs 0,00 € ; total 2 469,12 €\n");
    expect(JSON.parse(readFileSync(join(dir, "actions.json"), "utf8")).actions[0].funding["2024"]).toEqual({ state: "1 234,56 €", collectivite: "1 234,56 €" });
  });

  it.each([
    ["a.csv", new Uint8Array([0x43, 0x6f, 0x64, 0x65, 0x3b, 0xc9, 0x74, 0x61, 0x74, 0x0a]), "a.csv : 1 erreur\n  a.csv: erreur sheet.encoding : "],
    ["a.xlsx", new TextEncoder().encode("pas un classeur"), "a.xlsx : 1 erreur\n  a.xlsx: erreur sheet.unreadable : Le classeur n’a pas pu être lu"],
    ["a.csv", new TextEncoder().encode("Nom;Prénom\nA;B\n"), "a.csv : 1 erreur\n  a.csv: erreur sheet.empty : Aucune ligne d’en-têtes trouvée : "],
  ])("refuses %s it cannot read (exit 1), nothing written", async (name, bytes, start) => {
    const dir = fresh();
    writeFileSync(join(dir, name), bytes);
    const r = await run(dir, ["import", name, "--out", "x.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(start)).toBe(true);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it("says a missing sheet is a file error (exit 2)", async () => {
    const r = await run(fresh(), ["import", "absent.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pacte import : /);
  });
});
