import { describe, expect, it } from "vitest";
import { INPUT_ISSUES, INPUT_ISSUE_CODES, inEurosIssue } from "./input-issues";

const params = {
  format: "yaml", line: 3, column: 5, detail: "clé en double", tag: "!!str", max: 100, received: "array", key: "preambul",
  allowed: ["preambule"], suggestion: "preambule", size: 5_242_881, length: 1_048_576, count: 501, kind: "period",
  total: 2 ** 60, character: "U+202E", name: "forçage droite-à-gauche", nameEn: "right-to-left override", position: 7,
};

describe("input messages", () => {
  it.each(INPUT_ISSUE_CODES.map((c) => [c]))("%s has a French and an English message", (code) => {
    const fr = INPUT_ISSUES.message(code, params);
    const en = INPUT_ISSUES.message(code, params, "en");
    expect(fr.length).toBeGreaterThan(10);
    expect(fr).not.toBe(en);
    expect(`${fr} ${en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it("gives sizes to the byte, so that one byte over the limit never reads « 5,0 Mo pour 5,0 Mo »", () => {
    expect(INPUT_ISSUES.message("limit.input_size", { size: 5_242_881, max: 5_242_880 })).toBe(
      "Texte trop volumineux : 5\u202F242\u202F881 octets reçus pour 5\u202F242\u202F880 au plus ; découpez-le, ou relevez la limite si le contrat est légitime.",
    );
  });

  it("says « more than » a sum it cannot count exactly", () => {
    expect(INPUT_ISSUES.message("limit.amount_total", { total: 2 ** 60, max: 10_000_000_000_000 })).toContain("atteint plus de 90\u202F071\u202F992\u202F547\u202F409,91\u00A0€");
  });

  it("makes input.yaml_warning the one warning", () => {
    expect(INPUT_ISSUE_CODES.filter((c) => INPUT_ISSUES.severity(c) === "warning")).toEqual(["input.yaml_warning"]);
  });
});

describe("inEurosIssue", () => {
  it("words the amount limits for euros, in either language, and leaves any other issue as it is", () => {
    const cents = INPUT_ISSUES.issue("limit.amount", ["actions", 0], { received: 2e13, max: 1e13 });
    expect(cents.message).toContain("centimes");
    expect(inEurosIssue(cents, "fr")).toMatchObject({ code: "limit.amount", path: ["actions", 0], params: { unit: "euros" } });
    expect(inEurosIssue(cents, "fr").message).not.toContain("centimes");
    expect(inEurosIssue(INPUT_ISSUES.issue("limit.amount_total", [], { total: 2e13, max: 1e13 }), "en").message).not.toMatch(/cents/);
    const other = INPUT_ISSUES.issue("limit.actions", ["actions"], { count: 600, max: 500 });
    expect(inEurosIssue(other, "fr")).toBe(other);
  });
});
