import { formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { contractTextFormatOf, parseContractText } from "./parse-contract-text";

const FORMAT_2 = [
  "format: 2",
  "reference: X",
  "stateAnnualCeiling: 500 000 €",
  "actions:",
  "  - id: A1",
  "    funding:",
  "      2024: { state: 1234.56, collectivite: \"1 234,56 €\", others: [{ name: CAF, amount: 50000 }] }",
  "",
].join("\n");

describe("parseContractText", () => {
  it("gives an input in format 2 in cents, without its format key", () => {
    const r = parseContractText(FORMAT_2);
    expect(r).toEqual({
      success: true,
      data: { reference: "X", stateAnnualCeiling: 50_000_000, actions: [{ id: "A1", funding: { "2024": { state: 123_456, collectivite: 123_456, others: [{ name: "CAF", amount: 5_000_000 }] } } }] },
      warnings: [],
    });
  });

  it("reads a YAML number of euros from its digits, exactly", () => {
    const read = (written: string) => parseContractText(`format: 2\nstateAnnualCeiling: ${written}\n`);
    expect(read("1234.50")).toMatchObject({ success: true, data: { stateAnnualCeiling: 123_450 } });
    const r = read("1234.5600000000000001");
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.params.received, i.location])).toEqual([["money.too_many_decimals", "1234.5600000000000001", { line: 2, column: 1 }]]);
    expect(r.success ? "" : r.issues[0]?.message).toBe("Montant invalide : « 1234.5600000000000001 » a plus de deux décimales ; les montants s’expriment au centime près.");
    const e = read("1e5");
    expect(e.success ? [] : e.issues.map((i) => [i.code, i.params.received])).toEqual([["money.format", "1e5"]]);
  });

  it("reads the digits of a JSON number too", () => {
    const r = parseContractText('{"format": 2, "stateAnnualCeiling": 0.1000000000000000001}', { format: "json" });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.params.received, i.location])).toEqual([["money.too_many_decimals", "0.1000000000000000001", { line: 1, column: 15 }]]);
  });

  it("locates every amount it cannot read, at its line, quoting it", () => {
    const r = parseContractText(FORMAT_2.replace("500 000 €", "abc").replace("1234.56", "-5"));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.location?.line])).toEqual([
      ["money.format", "stateAnnualCeiling", 3],
      ["money.negative", "actions[0].funding[2024].state", 7],
    ]);
    expect(r.success ? "" : r.issues[0]?.message).toBe("Montant illisible : « abc » ; attendu un montant en euros comme « 1 234,56 », « 1234.56 » ou « 1 234,56 € ».");
  });

  it("leaves the amounts of format 1 for validateContract to check", () => {
    expect(parseContractText("stateAnnualCeiling: 50 000 €\n")).toEqual({ success: true, data: { stateAnnualCeiling: "50 000 €" }, warnings: [] });
    expect(parseContractText("format: 1\nstateAnnualCeiling: 5\n")).toEqual({ success: true, data: { stateAnnualCeiling: 5 }, warnings: [] });
  });

  it("refuses an unknown format", () => {
    const r = parseContractText("format: deux\n");
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.location])).toEqual([["input.format", { line: 1, column: 1 }]]);
  });
});

describe("contractTextFormatOf", () => {
  it.each([
    ["contrat.json", "json"],
    ["contrat.JSON", "json"],
    ["contrat.yaml", "yaml"],
    ["contrat.yml", "yaml"],
  ])("%s → %s", (name, format) => {
    expect(contractTextFormatOf(name)).toBe(format);
  });
});
