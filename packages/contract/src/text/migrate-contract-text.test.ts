import { formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { creuseInput } from "../test-support/fixtures";
import { parseContract, validateContract } from "../validate-contract";
import { migrateContractText } from "./migrate-contract-text";
import { parseContractText } from "./parse-contract-text";

/** A commented input in cents, as written before format 2. */
const OLD = [
  "# Contrat de la Creuse",
  "# Montants en centimes d’euro : 4000000 = 40 000 €.",
  "",
  "reference: CLS-23          # numéro du contrat",
  "stateAnnualCeiling: 50000000",
  "actions:",
  "  - id: A1 # première action",
  "    funding:",
  "      2024: { state: 4000050, collectivite: 4000050, others: [{ name: CAF, amount: 1000000 }] } # 40 000,50 € chacun",
  "      2025:",
  "        state: 12345     # 123,45 €",
  "        collectivite: 12345",
  "",
].join("\n");

const migrated = (text: string, options = {}) => {
  const r = migrateContractText(text, options);
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.data;
};

describe("migrateContractText", () => {
  it("writes format: 2 and every amount in euros, changing nothing else", () => {
    const m = migrated(OLD);
    expect(m.text).toBe(
      [
        "# Contrat de la Creuse",
        "# Montants en centimes d’euro : 4000000 = 40 000 €.",
        "",
        "format: 2 # montants en euros",
        "reference: CLS-23          # numéro du contrat",
        "stateAnnualCeiling: 500 000 €",
        "actions:",
        "  - id: A1 # première action",
        "    funding:",
        '      2024: { state: "40 000,50 €", collectivite: "40 000,50 €", others: [{ name: CAF, amount: 10 000 € }] } # 40 000,50 € chacun',
        "      2025:",
        "        state: 123,45 €     # 123,45 €",
        "        collectivite: 123,45 €",
        "",
      ].join("\n"),
    );
    expect(m.amounts).toBe(6);
    expect(m.centsCommentLines).toEqual([2]);
  });

  it("reads back to the same input, and the migrated Creuse contract validates to the same contract", () => {
    expect(parseContractText(migrated(OLD).text)).toEqual(parseContractText(OLD));
    const old = stringify(creuseInput());
    const text = migrated(old).text;
    expect(text.startsWith("format: 2 # montants en euros\nreference: CLS-23-2024-001\n")).toBe(true);
    const [before, after] = [old, text].map((t) => {
      const read = parseContractText(t);
      const checked = validateContract(read.success ? read.data : undefined);
      if (!checked.success) throw new Error(checked.issues.map((i) => i.message).join("; "));
      return checked.data.input;
    });
    expect(after).toEqual(before);
    expect(after).toEqual(parseContract(creuseInput()).input);
  });

  it("rewrites JSON as JSON, and keeps a byte-order mark and Windows line ends", () => {
    const json = '{\n  "reference": "X",\n  "stateAnnualCeiling": 12345\n}\n';
    const m = migrated(json, { format: "json" });
    expect(m.text).toBe('{\n  "format": 2,\n  "reference": "X",\n  "stateAnnualCeiling": "123,45 €"\n}\n');
    expect(migrated('{"stateAnnualCeiling": 100}', { format: "json" }).text).toBe('{"format": 2, "stateAnnualCeiling": "1 €"}');
    expect(migrated("{ reference: X, stateAnnualCeiling: 100 }").text).toBe("{ format: 2, reference: X, stateAnnualCeiling: 1 € }");
    expect(JSON.parse(m.text)).toEqual({ format: 2, reference: "X", stateAnnualCeiling: "123,45 €" });
    expect(migrated("\uFEFFreference: X\r\nstateAnnualCeiling: 100\r\n").text).toBe("\uFEFFformat: 2 # montants en euros\r\nreference: X\r\nstateAnnualCeiling: 1 €\r\n");
  });

  it("turns format: 1 into format: 2", () => {
    expect(migrated("format: 1\nstateAnnualCeiling: 100\n").text).toBe("format: 2\nstateAnnualCeiling: 1 €\n");
  });

  it("converts an amount shared by an anchor between amounts once", () => {
    const text = "actions:\n  - id: A1\n    funding:\n      2024: &y { state: 100, collectivite: 100 }\n      2025: *y\n";
    const m = migrated(text);
    expect(m.text).toBe("format: 2 # montants en euros\nactions:\n  - id: A1\n    funding:\n      2024: &y { state: 1 €, collectivite: 1 € }\n      2025: *y\n");
    expect(parseContractText(m.text)).toEqual(parseContractText(text));
  });

  it("refuses an anchor shared between an amount and a value that is not one", () => {
    const r = migrateContractText("actions:\n  - id: A1\n    funding:\n      2024: { state: &n 100, collectivite: 100 }\n    indicators: [{ label: L, unit: u, baseline: *n }]\n");
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.location?.line])).toEqual([["input.migration_alias", 4]]);
  });

  it("refuses to touch a text already in format 2", () => {
    const r = migrateContractText("format: 2\nstateAnnualCeiling: 500 000 €\n");
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.location])).toEqual([["input.format_current", "format", { line: 1, column: 1 }]]);
    expect(r.success ? "" : r.issues[0]?.message).toBe("Le texte est déjà au format 2 (montants en euros) : il n’y a rien à convertir, il est laissé tel quel.");
  });

  it("refuses amounts with no exact value in euros, each at its line", () => {
    const r = migrateContractText("stateAnnualCeiling: 12.5\nactions:\n  - funding:\n      2024: { state: -1, collectivite: \"40 000 €\" }\n");
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.location?.line])).toEqual([
      ["input.amount_text", "actions[0].funding[2024].collectivite", 4],
      ["money.not_integer_cents", "stateAnnualCeiling", 1],
      ["money.negative", "actions[0].funding[2024].state", 4],
    ]);
  });

  it.each([
    ["a: [1, 2\nb: 3\n", "input.syntax"],
    ["", "input.not_object"],
    ["- 1\n", "input.not_object"],
    ["format: 3\n", "input.format"],
  ])("refuses %j (%s)", (text, code) => {
    const r = migrateContractText(text);
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual([code]);
  });
});
