import { describe, expect, it } from "vitest";
import * as api from "./index";
import { modelJsonSchemas } from "./json-schema";
import { MODEL_SCHEMAS } from "./schemas";

describe("MODEL_SCHEMAS", () => {
  it("lists every schema the package exports", () => {
    const exported = Object.keys(api).filter((k) => /^[A-Z]\w*Schema$/.test(k));
    const helpers = ["IssuePathSchema", "IssueSeveritySchema", "IdentifierSeparatorSchema", "TnccSchema"];
    // The issue's own schemas live in @pacte/issues; MODEL_SCHEMAS lists them for the JSON Schema export.
    const fromIssues = ["IssueSchema", "LangSchema"];
    expect(Object.keys(MODEL_SCHEMAS).sort()).toEqual([...exported.filter((k) => !helpers.includes(k)), ...fromIssues].sort());
  });

  it("exports as JSON Schema, each with its title", () => {
    const out = modelJsonSchemas(MODEL_SCHEMAS);
    for (const [name, schema] of Object.entries(out)) {
      expect(schema.$schema, name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(JSON.parse(JSON.stringify(schema)), name).toEqual(schema);
    }
    expect(out.SirenSchema).toMatchObject({ type: "string" });
    expect(out.CentsSchema).toMatchObject({ type: "integer", minimum: 0 });
  });
});
