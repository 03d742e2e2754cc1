import { describe, expect, it } from "vitest";
import { contractInputJsonSchema } from "./json-schema";

describe("contractInputJsonSchema", () => {
  const schema = contractInputJsonSchema() as Record<string, unknown> & { properties: Record<string, any>; required: string[] };

  it("describes the input as JSON Schema draft 2020-12", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["reference", "profile", "state", "collectivite", "signature", "actions"]);
  });

  it("types amounts as integers of cents and dates as strings", () => {
    const funding = schema.properties.actions.items.properties.funding;
    const year = funding.additionalProperties;
    expect(year.properties.state.type).toBe("integer");
    expect(year.properties.state.minimum).toBe(0);
    expect(schema.properties.signature.properties.date.format).toBe("date");
  });

  it("is a fresh, JSON-serialisable object each time", () => {
    const a = contractInputJsonSchema();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(contractInputJsonSchema()).not.toBe(a);
  });
});
