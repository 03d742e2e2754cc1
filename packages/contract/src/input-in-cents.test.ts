import { formatPath } from "@pacte/issues";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputEuros } from "./input-format";
import { contractInputInCents } from "./input-in-cents";

/** A format-2 input whose one amount is the State's 2024 funding of one action. */
const withState = (state: unknown) => ({ format: 2, actions: [{ id: "A1", funding: { "2024": { state, collectivite: "1 €" } } }] });
const stateOf = (value: unknown): unknown => (value as { actions: { funding: { "2024": { state: unknown } } }[] }).actions[0]?.funding["2024"].state;

describe("contractInputInCents: format 2 reads euros exactly into cents", () => {
  it.each([
    ["50 000 €", 5_000_000],
    ["50\u00A0000 €", 5_000_000],
    ["50\u202F000 €", 5_000_000],
    ["50\u202F000\u00A0€", 5_000_000],
    ["50 000,00 €", 5_000_000],
    ["50000", 5_000_000],
    ["1 234,56", 123_456],
    ["0,1", 10],
    ["0,10 €", 10],
    ["1234.56", 123_456],
    [50000, 5_000_000],
    [1234.56, 123_456],
    [0.1, 10],
    [0, 0],
  ])("%j → %i cents", (written, cents) => {
    const r = contractInputInCents(withState(written));
    expect(r.issues).toEqual([]);
    expect(r.format).toBe(2);
    expect(stateOf(r.value)).toBe(cents);
  });

  it.each([
    ["12,345", "money.ambiguous", "Montant ambigu : « 12,345 » peut se lire de plusieurs façons"],
    ["1234,567", "money.too_many_decimals", "Montant invalide : « 1234,567 » a plus de deux décimales"],
    [12.345, "money.too_many_decimals", "Montant invalide : « 12.345 » a plus de deux décimales"],
    ["-5 €", "money.negative", "Montant négatif refusé : « -5 € »"],
    [-5, "money.negative", "Montant négatif refusé : « -5 »"],
    ["abc", "money.format", "Montant illisible : « abc »"],
    ["50 %", "money.format", "Montant illisible : « 50 % »"],
    ["", "money.format", "Montant illisible : « »"],
  ])("refuses %j (%s), quoting it, at the amount's path", (written, code, message) => {
    const r = contractInputInCents(withState(written));
    expect(r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([[code, "actions[0].funding[2024].state"]]);
    expect(r.issues[0]?.message.replace(/\s+/g, " ")).toContain(message);
    expect(stateOf(r.value)).toBe(written);
  });

  it("reads a number from the digits it was written with, when they are given", () => {
    const numberText = (digits: string) => (path: readonly (string | number)[]) => (formatPath([...path]) === "actions[0].funding[2024].state" ? digits : undefined);
    const read = (value: number, digits: string) => contractInputInCents(withState(value), { numberText: numberText(digits) });
    expect(stateOf(read(1234.5, "1234.50").value)).toBe(123_450);
    expect(stateOf(read(50000, "050000").value)).toBe(5_000_000);
    // More digits than a double holds: the number alone would say 1234.56.
    expect(read(1234.56, "1234.5600000000000001").issues.map((i) => [i.code, i.params.received])).toEqual([["money.too_many_decimals", "1234.5600000000000001"]]);
    expect(read(1e21, "1000000000000000000000").issues.map((i) => i.code)).toEqual(["money.unsafe"]);
    // Forms of YAML numbers that are not amounts as people write them.
    for (const [value, digits] of [[1000, "1e3"], [16, "0x10"], [0.5, ".5"], [Infinity, ".inf"]] as const) {
      expect(read(value, digits).issues.map((i) => [i.code, i.params.received])).toEqual([["money.format", digits]]);
    }
  });

  it("reads every amount: the ceiling, both parties, the other partners", () => {
    const r = contractInputInCents({
      format: 2,
      reference: "X",
      stateAnnualCeiling: "500 000 €",
      actions: [{ id: "A1", funding: { "2024": { state: 40000, collectivite: "40 000,00", others: [{ name: "CAF", amount: "10 000 €" }] } } }],
    });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({
      reference: "X",
      stateAnnualCeiling: 50_000_000,
      actions: [{ id: "A1", funding: { "2024": { state: 4_000_000, collectivite: 4_000_000, others: [{ name: "CAF", amount: 1_000_000 }] } } }],
    });
  });

  it("reads back every amount inputEuros writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => stateOf(contractInputInCents(withState(inputEuros(cents))).value) === cents),
      { numRuns: 2000 },
    );
  });

  it("leaves to the schema what is not an amount's type, and never changes its argument", () => {
    const input = withState(true);
    const copy = structuredClone(input);
    const r = contractInputInCents(input);
    expect(r.issues).toEqual([]);
    expect(stateOf(r.value)).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe("contractInputInCents: format 1 and unknown formats", () => {
  it("keeps the amounts of an input without format (or with format: 1) as they are, and drops the key", () => {
    const cents = { reference: "X", stateAnnualCeiling: 50_000_000 };
    expect(contractInputInCents(cents)).toEqual({ value: cents, format: 1, issues: [] });
    expect(contractInputInCents({ format: 1, ...cents })).toEqual({ value: cents, format: 1, issues: [] });
  });

  it("says to add format: 2 when an amount in cents is written as a text", () => {
    const r = contractInputInCents({ stateAnnualCeiling: "50 000 €" });
    expect(r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["input.amount_text", "stateAnnualCeiling"]]);
    expect(r.issues[0]?.message).toBe(
      "Montant écrit comme un texte : « 50 000 € » ; sans « format: 2 » en tête du fichier, un montant est un nombre entier de centimes (100 000 € = 10000000). Ajoutez « format: 2 » pour écrire tous les montants en euros (« pacte migrate » convertit un fichier existant).",
    );
  });

  it.each([[3], ["2"], [null], [2.5]])("refuses format: %j", (format) => {
    const r = contractInputInCents({ format, reference: "X" });
    expect(r.format).toBeUndefined();
    expect(r.value).toEqual({ reference: "X" });
    expect(r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["input.format", "format"]]);
    expect(r.issues[0]?.message).toContain("Format d’entrée inconnu");
  });

  it("gives back what is not an object as it is", () => {
    expect(contractInputInCents([1, 2])).toEqual({ value: [1, 2], format: 1, issues: [] });
  });
});
