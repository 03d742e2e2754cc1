import { formatPath, type Issue } from "@pacte/issues";
import { contractInputInEuros, validateContract } from "@pacte/contract";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { IssueSchema } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { creuseInput, creuseYaml, threeProblemsYaml, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

describe("pacte validate", () => {
  it("exits 0 on a valid contract", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": creuseYaml(), "creuse.json": JSON.stringify(creuseInput(), null, 2) });
    const r = await run(dir, ["validate", "creuse.yaml", "creuse.json"]);
    expect(r).toEqual({ code: 0, stdout: "creuse.yaml : valide\n\ncreuse.json : valide\n\n2 fichiers : 2 valides, 0 invalide.\n", stderr: "" });
  });

  it("reads amounts in euros with format: 2, and says where one cannot be read, quoting it", async () => {
    const dir = fresh();
    const euros = stringify(contractInputInEuros(creuseInput()));
    writeFiles(dir, { "euros.yaml": euros, "faux.yaml": euros.replace("stateAnnualCeiling: 500 000 €", "stateAnnualCeiling: 500 000,001 €") });
    expect(await run(dir, ["validate", "euros.yaml"])).toEqual({ code: 0, stdout: "euros.yaml : valide\n", stderr: "" });
    const line = euros.split("\n").findIndex((l) => l.startsWith("stateAnnualCeiling:")) + 1;
    expect(await run(dir, ["validate", "faux.yaml"])).toEqual({
      code: 1,
      stdout: `faux.yaml : invalide, 1 erreur\n  faux.yaml:${line}:1: erreur money.too_many_decimals (stateAnnualCeiling) : Montant invalide : « 500 000,001 € » a plus de deux décimales ; les montants s’expriment au centime près.\n`,
      stderr: "",
    });
  });

  it("prints a YAML syntax error, an unknown collectivity and a parity error of one file, and exits 1", async () => {
    const dir = fresh();
    writeFiles(dir, { "creuse.yaml": threeProblemsYaml() });
    const r = await run(dir, ["validate", "creuse.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("creuse.yaml : invalide, 3 erreurs");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^ {2}creuse\.yaml:27:1: erreur input\.syntax : Erreur de syntaxe YAML ligne 27, colonne 1 : liste entre crochets \[ … \] non fermée : un « \] » manque avant cette ligne\.$/);
    expect(lines[2]).toMatch(/^ {2}creuse\.yaml:9:\d+: erreur territory\.unknown_collectivite \(collectivite\.ref\) : Collectivité inconnue : « Creusse »/);
    expect(lines[3]).toMatch(
      /^ {2}creuse\.yaml:104:\d+: erreur contract\.parity \(actions\[1\]\.funding\[2025\]\) : Parité non respectée pour l’action A1\.2 en 2025 : l’État apporte 35\s000,00\s€, la collectivité 30\s000,00\s€/,
    );
  });

  it("reports a bad SIRET, a broken parity and an unknown key in one run, as the library does", async () => {
    const change = (i: ReturnType<typeof creuseInput>): void => {
      i.collectivite.siret = "22230962700017";
      i.actions[2]!.funding["2026"]!.collectivite = 6_000_000;
      Object.assign(i.actions[4]!, { titel: "Accès aux droits" });
    };
    const dir = fresh();
    writeFiles(dir, { "trois.yaml": creuseYaml(change) });
    const r = await run(dir, ["validate", "trois.yaml", "--json"]);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout) as { file: string; valid: boolean; issues: Issue[] }[];
    const printed = reports.flatMap((f) => f.issues).map((i) => [i.code, formatPath(i.path)]);
    expect(printed).toEqual([
      ["input.unknown_key", "actions[4].titel"],
      ["siret.checksum", "collectivite.siret"],
      ["contract.parity", "actions[2].funding[2026]"],
    ]);
    const input = creuseInput();
    change(input);
    const library = validateContract(input);
    expect(library.success ? [] : library.issues.map((i) => [i.code, formatPath(i.path)])).toEqual(printed);
    const text = await run(dir, ["validate", "trois.yaml"]);
    expect(text.stdout).toMatch(/trois\.yaml:\d+:\d+: erreur input\.unknown_key \(actions\[4\]\.titel\) : Clé inconnue : « titel » ; vouliez-vous dire « title » \?/);
    expect(text.stdout).toMatch(/trois\.yaml:\d+:\d+: erreur siret\.checksum \(collectivite\.siret\) : SIRET invalide/);
  });

  it("prints them file by file when they are in several files", async () => {
    const dir = fresh();
    writeFiles(dir, {
      "syntaxe.yaml": "reference: CLS-1\nprofile: [cls-departement-2024\nstate: {}\n",
      "domaine.yaml": creuseYaml((i) => {
        i.collectivite.ref = "99Z";
        i.actions[0]!.funding["2024"]!.state += 100;
      }),
      "bon.yaml": creuseYaml(),
    });
    const r = await run(dir, ["validate", "syntaxe.yaml", "domaine.yaml", "bon.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("syntaxe.yaml : invalide");
    expect(r.stdout).toMatch(/syntaxe\.yaml:3:1: erreur input\.syntax : Erreur de syntaxe YAML ligne 3, colonne 1/);
    expect(r.stdout).toContain("domaine.yaml : invalide, 2 erreurs");
    expect(r.stdout).toMatch(/domaine\.yaml:\d+:\d+: erreur territory\.unknown_collectivite \(collectivite\.ref\)/);
    expect(r.stdout).toMatch(/domaine\.yaml:\d+:\d+: erreur contract\.parity \(actions\[0\]\.funding\[2024\]\)/);
    expect(r.stdout).toContain("bon.yaml : valide");
    expect(r.stdout).toContain("3 fichiers : 1 valide, 2 invalides.");
  });

  it("gives tools, with --json, each file and its issues exactly as the library's Issue, location included", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": threeProblemsYaml(), "b.yaml": creuseYaml() });
    const r = await run(dir, ["validate", "a.yaml", "b.yaml", "--json"]);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { file: string; valid: boolean; issues: Issue[] }[];
    expect(parsed.map((f) => [f.file, f.valid, f.issues.length])).toEqual([
      ["a.yaml", false, 3],
      ["b.yaml", true, 0],
    ]);
    for (const i of parsed[0]?.issues ?? []) expect(IssueSchema.parse(i)).toEqual(i);
    expect(parsed[0]?.issues.map((i) => [i.path, i.code, i.severity, i.location?.line])).toEqual([
      [[], "input.syntax", "error", 27],
      [["collectivite", "ref"], "territory.unknown_collectivite", "error", 9],
      [["actions", 1, "funding", "2025"], "contract.parity", "error", 104],
    ]);
  });

  it("prints every file as valid with --json when it is", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    expect(await run(dir, ["validate", "a.yaml", "--json"])).toEqual({ code: 0, stdout: '[\n  {\n    "file": "a.yaml",\n    "valid": true,\n    "issues": []\n  }\n]\n', stderr: "" });
  });

  it("speaks English with --lang en", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": threeProblemsYaml() });
    const r = await run(dir, ["validate", "a.yaml", "--lang", "en"]);
    expect(r.stdout).toContain("a.yaml: invalid, 3 errors");
    expect(r.stdout).toMatch(/a\.yaml:27:1: error input\.syntax: /);
    expect(r.stdout).toContain("YAML syntax error at line 27, column 1");
    expect(r.stdout).toContain("Parity broken for action A1.2 in 2025");
  });

  it("shows warnings, marked, and still exits 0", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml((i) => delete i.actions[2]?.indicators) });
    const r = await run(dir, ["validate", "a.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^a\.yaml : valide \(1 avertissement\)\n {2}a\.yaml:\d+:\d+: avertissement contract\.action_without_indicators \(actions\[2\]\.indicators\) : L’action A1\.3 n’a aucun indicateur/);
  });

  it("names an unknown key", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml((i) => Object.assign(i.signature, { lieu: "Guéret" })) });
    const r = await run(dir, ["validate", "a.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a\.yaml:\d+:\d+: erreur input\.unknown_key \(signature\.lieu\) : Clé inconnue : « lieu »\. Clés admises ici : place, date, mode\./);
  });

  it("keeps __proto__ harmless", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.json": '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}' });
    const r = await run(dir, ["validate", "a.json", "--json"]);
    expect(r.code).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const codes = (JSON.parse(r.stdout) as { issues: Issue[] }[])[0]?.issues.map((i) => [i.code, i.path]);
    expect(codes?.slice(0, 2)).toEqual([
      ["input.forbidden_key", ["__proto__"]],
      ["input.forbidden_key", ["constructor"]],
    ]);
  });

  it("refuses an alias bomb", async () => {
    const dir = fresh();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let k = 1; k < 9; k++) levels.push(`${"abcdefghij"[k]}: &${"abcdefghij"[k]} [${Array(10).fill(`*${"abcdefghij"[k - 1]}`).join(", ")}]`);
    writeFiles(dir, { "bomb.yaml": `${levels.join("\n")}\n` });
    const r = await run(dir, ["validate", "bomb.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/input\.alias_limit : Trop d’alias YAML/);
  });

  it("refuses a custom tag", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": `${creuseYaml()}title: !!js/function "return 1"\n` });
    const r = await run(dir, ["validate", "a.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Étiquette YAML refusée : « !!js/function »");
  });

  it("gives the line and column of a JSON syntax error", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.json": '{\n  "reference": "X",\n  "profile": "cls-departement-2024",\n}\n' });
    const r = await run(dir, ["validate", "a.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Erreur de syntaxe JSON ligne 4, colonne 1 : virgule en trop avant « } ».");
  });

  it("refuses a file larger than --max-size", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const r = await run(dir, ["validate", "a.yaml", "--max-size", "1k"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a\.yaml: erreur input\.too_large : Fichier trop volumineux : [\d,]+ Ko reçus pour 1,0 Ko au plus ; augmentez la limite avec --max-size/);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": Uint8Array.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) });
    const r = await run(dir, ["validate", "a.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input.encoding");
  });

  it("--json lists a file that cannot be opened too, with input.unreadable and its errno code", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const r = await run(dir, ["validate", "absent.yaml", "a.yaml", "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.stdout) as { file: string; valid: boolean; issues: Issue[] }[];
    expect(reports.map((x) => [x.file, x.valid, x.issues.map((i) => [i.code, i.params, i.message])])).toEqual([
      ["absent.yaml", false, [["input.unreadable", { errno: "ENOENT" }, "The file could not be opened: no such file or folder; check the path and the permissions."]]],
      ["a.yaml", true, []],
    ]);
    expect(r.stderr).toBe("pacte validate: cannot read “absent.yaml”: no such file or folder\n");
  });

  it("refuses a --max-size above 256M before reading anything, exit 2", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const r = await run(dir, ["validate", "a.yaml", "--max-size", "100000M"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe("pacte validate : --max-size vaut au plus 256M (268\u202f435\u202f456 octets) ; « 100000M » reçu");
  });

  it("exits 2 with one French line for a missing file, and checks the others", async () => {
    const dir = fresh();
    writeFiles(dir, { "a.yaml": creuseYaml() });
    const r = await run(dir, ["validate", "absent.yaml", "a.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pacte validate : impossible de lire « absent.yaml » : fichier ou dossier introuvable\n");
    expect(r.stdout).toContain("a.yaml : valide");
  });

  it.each([
    [".", "un dossier"],
    ["/dev/zero", "un périphérique"],
    ["tube.yaml", "un tube nommé (FIFO)"],
  ])("refuses %s, which is not a regular file, before reading it (a pipe with no writer does not block)", async (input, words) => {
    const dir = fresh();
    execFileSync("mkfifo", [join(dir, "tube.yaml")]);
    const r = await run(dir, ["validate", input]);
    expect(r).toEqual({
      code: 1,
      stdout: `${input} : invalide, 1 erreur\n  ${input}: erreur input.not_a_file : Un fichier YAML ou JSON est attendu, et ce chemin désigne ${words} ; rien n’a été lu.\n`,
      stderr: "",
    });
  });

  it("exits 2 without a file", async () => {
    const r = await run(fresh(), ["validate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "pacte validate : « pacte validate » attend au moins un fichier\nUsage : pacte validate FICHIER… [--json] [--max-size TAILLE] [--lang fr|en]\nAide : pacte validate --help\n",
    );
  });

  it("reads a YAML file written with anchors for repeated funding", async () => {
    const dir = fresh();
    const input = creuseInput();
    const text = stringify(input, { aliasDuplicateObjects: true });
    writeFiles(dir, { "a.yaml": text });
    expect((await run(dir, ["validate", "a.yaml"])).code).toBe(0);
  });
});
