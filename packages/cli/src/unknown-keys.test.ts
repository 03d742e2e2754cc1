import { contractInputJsonSchema } from "@pacte/contract";
import { describe, expect, it } from "vitest";
import { creuseInput } from "./test-support/inputs";
import { unknownKeyIssues } from "./unknown-keys";

describe("unknownKeyIssues", () => {
  const schema = contractInputJsonSchema();

  it("finds nothing in a valid contract", () => {
    expect(unknownKeyIssues(schema, creuseInput())).toEqual([]);
  });

  it("names an unknown key the schema would silently drop, with a suggestion", () => {
    const input = { ...creuseInput(), preambul: { diagnostic: [] } };
    const issues = unknownKeyIssues(schema, input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "input.unknown_key", path: ["preambul"], severity: "error", params: { key: "preambul", suggestion: "preambule" } });
    expect(issues[0]?.message).toMatch(/^Clé inconnue : « preambul » ; vouliez-vous dire « preambule » \? Clés admises ici : reference, profile, /);
  });

  it("goes into arrays and strict objects, not into records", () => {
    const input = creuseInput() as unknown as { actions: Record<string, unknown>[]; options: Record<string, unknown> };
    input.options = { anything: true };
    const action = input.actions[2] as Record<string, unknown>;
    action.titel = "x";
    (action.funding as Record<string, Record<string, unknown>>)["2024"]!.etat = 1;
    const issues = unknownKeyIssues(schema, input, { lang: "en" });
    expect(issues.map((i) => i.path)).toEqual([
      ["actions", 2, "funding", "2024", "etat"],
      ["actions", 2, "titel"],
    ]);
    expect(issues[1]?.message).toContain('Unknown key: "titel"; did you mean "title"?');
  });

  it("follows $ref and unions", () => {
    const s = {
      $defs: { P: { type: "object", properties: { name: {} }, additionalProperties: false } },
      type: "object",
      properties: { who: { anyOf: [{ $ref: "#/$defs/P" }, { type: "string" }] } },
    };
    expect(unknownKeyIssues(s, { who: { name: "x", nom: "y" } }).map((i) => i.path)).toEqual([["who", "nom"]]);
    expect(unknownKeyIssues(s, { who: "x" })).toEqual([]);
  });
});
