import { describe, expect, it } from "vitest";
import { contractInputJsonSchema } from "./json-schema";

type Schema = Record<string, any>;

describe("contractInputJsonSchema", () => {
  const schema = contractInputJsonSchema() as Schema;

  it("describes the input as JSON Schema draft 2020-12, both formats under if/then/else on format", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["reference", "profile", "state", "collectivite", "signature", "actions"]);
    expect(schema.properties.format.enum).toEqual([1, 2]);
    expect(schema.if).toEqual({ properties: { format: { const: 2 } }, required: ["format"] });
    expect(schema.then.required).toEqual(["format", ...schema.required]);
    expect(schema.else.required).toEqual(schema.required);
    expect(Object.keys(schema.then.properties)).toEqual(Object.keys(schema.else.properties));
  });

  it("types the amounts of format 2 as euros, strings or numbers, and those without format as integers of cents", () => {
    const amounts = (branch: Schema) => {
      const year = branch.properties.actions.items.properties.funding.additionalProperties;
      return [branch.properties.stateAnnualCeiling, year.properties.state, year.properties.collectivite, year.properties.others.items.properties.amount];
    };
    for (const a of amounts(schema.then)) {
      expect(a.type).toEqual(["string", "number"]);
      expect(a.minimum).toBe(0);
      expect(a.description).toMatch(/^Montant en euros/);
    }
    for (const a of amounts(schema.else)) {
      expect(a.type).toBe("integer");
      expect(a.minimum).toBe(0);
    }
    expect(schema.then.properties.signature.properties.date.format).toBe("date");
    expect(schema.then.properties.actions.items.properties.indicators.items.properties.baseline).toEqual(schema.else.properties.actions.items.properties.indicators.items.properties.baseline);
  });

  it("is a fresh, JSON-serialisable object each time", () => {
    const a = contractInputJsonSchema();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(contractInputJsonSchema()).not.toBe(a);
  });
});
