import { describe, expect, it } from "vitest";
import { z } from "zod";
import { modelJsonSchemas, toJsonSchema, type JsonSchema } from "./json-schema";
import { ACTORS } from "./pacte/actors";
import { AXES, AxisNumberSchema, AxisRefSchema, AxisSchema } from "./pacte/axes";
import { PACTE_BUDGET_LINE } from "./pacte/budget";
import { CONCERTATION, CONCERTATION_MEETINGS, CONCERTATION_PHASES } from "./pacte/concertation";
import { MINISTRIES } from "./pacte/ministries";
import { PACTE, PacteSchema } from "./pacte/pacte";
import { REFERENCE_DOCUMENT_PARTS } from "./pacte/reference-document";
import { PACTE_SCHEMAS } from "./pacte/schemas";
import { STAKEHOLDER_CATEGORIES } from "./pacte/stakeholders";
import { TRANSVERSE_QUESTIONS } from "./pacte/transverse-questions";

const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/** Draft 2020-12 keywords our schemas may use; anything else means a broken export. */
const KNOWN_KEYWORDS = new Set([
  "$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "default", "examples", "readOnly",
  "type", "enum", "const", "format", "pattern", "minLength", "maxLength",
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "properties", "required", "additionalProperties", "propertyNames", "patternProperties",
  "items", "prefixItems", "minItems", "maxItems", "uniqueItems",
  "anyOf", "oneOf", "allOf", "not",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/** Checks that a value is shaped like a JSON Schema: known keywords, right value kinds, recursively. */
function wellFormed(schema: unknown, path = "#"): string[] {
  if (typeof schema === "boolean") return [];
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return [`${path}: not a schema`];
  const s = schema as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(s)) if (!KNOWN_KEYWORDS.has(key)) errors.push(`${path}: unknown keyword ${key}`);
  if (s.type !== undefined && !(typeof s.type === "string" && TYPES.has(s.type))) errors.push(`${path}: bad type`);
  if (s.enum !== undefined && !Array.isArray(s.enum)) errors.push(`${path}: enum not an array`);
  if (s.required !== undefined && !(Array.isArray(s.required) && s.required.every((r) => typeof r === "string")))
    errors.push(`${path}: bad required`);
  if (s.pattern !== undefined) {
    try {
      new RegExp(String(s.pattern), "u");
    } catch {
      errors.push(`${path}: bad pattern`);
    }
  }
  for (const key of ["properties", "$defs"] as const) {
    const children = s[key];
    if (children !== undefined) {
      for (const [name, child] of Object.entries(children as Record<string, unknown>))
        errors.push(...wellFormed(child, `${path}/${key}/${name}`));
    }
  }
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const list = s[key];
    if (list !== undefined) {
      if (!Array.isArray(list)) errors.push(`${path}: ${key} not an array`);
      else list.forEach((child, i) => errors.push(...wellFormed(child, `${path}/${key}/${i}`)));
    }
  }
  for (const key of ["items", "additionalProperties", "not"] as const)
    if (s[key] !== undefined) errors.push(...wellFormed(s[key], `${path}/${key}`));
  return errors;
}

/** A small validator for the keywords our exports use: enough to run data through them. */
function accepts(schema: JsonSchema | boolean, value: unknown): boolean {
  if (typeof schema === "boolean") return schema;
  const s = schema as Record<string, unknown>;
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  if (s.type !== undefined) {
    const ok =
      (s.type === "string" && typeof value === "string") ||
      (s.type === "number" && typeof value === "number" && Number.isFinite(value)) ||
      (s.type === "integer" && Number.isInteger(value)) ||
      (s.type === "boolean" && typeof value === "boolean") ||
      (s.type === "null" && value === null) ||
      (s.type === "array" && Array.isArray(value)) ||
      (s.type === "object" && isObject);
    if (!ok) return false;
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return false;
  if ("const" in s && s.const !== value) return false;
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return false;
    if (typeof s.maximum === "number" && value > s.maximum) return false;
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) return false;
  }
  if (typeof value === "string") {
    if (typeof s.minLength === "number" && value.length < s.minLength) return false;
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return false;
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return false;
    if (s.items !== undefined && !value.every((v) => accepts(s.items as JsonSchema, v))) return false;
  }
  if (isObject) {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    if (Array.isArray(s.required) && !s.required.every((k) => k in obj)) return false;
    for (const [k, v] of Object.entries(obj)) {
      const sub = props[k];
      if (sub !== undefined) {
        if (!accepts(sub, v)) return false;
      } else if (s.additionalProperties === false) return false;
    }
  }
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => accepts(sub as JsonSchema, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => accepts(sub as JsonSchema, value)).length !== 1) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => accepts(sub as JsonSchema, value))) return false;
  return true;
}

describe("toJsonSchema", () => {
  it("exports AxisNumberSchema as a draft 2020-12 integer enum 1..4", () => {
    expect(toJsonSchema(AxisNumberSchema)).toMatchObject({ $schema: DRAFT_2020_12, type: "integer", enum: [1, 2, 3, 4] });
  });

  it("exports an integer range as minimum and maximum", () => {
    expect(toJsonSchema(z.int().min(1).max(4))).toEqual({
      $schema: DRAFT_2020_12,
      type: "integer",
      minimum: 1,
      maximum: 4,
    });
  });

  it("leaves non-integer number enums typed number", () => {
    expect(toJsonSchema(z.literal([1, 2.5]))).toMatchObject({ type: "number", enum: [1, 2.5] });
  });

  it("describes the input side of a transform by default, and anything for its output", () => {
    const input = toJsonSchema(AxisRefSchema);
    expect(input.anyOf).toHaveLength(2);
    expect(accepts(input, "acces-emploi-pour-tous")).toBe(true);
    expect(accepts(input, 2)).toBe(true);
    expect(accepts(input, "axe-2")).toBe(false);
    const output = toJsonSchema(AxisRefSchema, { io: "output" });
    expect(output.anyOf).toBeUndefined();
    expect(output.type).toBeUndefined();
  });

  it("still exports a schema with refinements, without the refinements", () => {
    const json = toJsonSchema(PacteSchema);
    expect(json).toMatchObject({ $schema: DRAFT_2020_12, type: "object", title: "Pacte" });
    expect(json.required).toEqual(expect.arrayContaining(["concertationOpenedOn", "presentedOn", "inForceFrom"]));
    expect(accepts(json, PACTE)).toBe(true);
    expect(accepts(json, { ...PACTE, presentedOn: "2022-01-01" })).toBe(true);
    expect(accepts(json, { ...PACTE, presentedOn: "2023-02-30" })).toBe(false);
    expect(accepts(json, { ...PACTE, approximateMeasureCount: 0 })).toBe(false);
  });

  it("turns a Date into an ISO date-time string and other unrepresentable types into {} instead of throwing", () => {
    const schema = z.object({
      signedAt: z.date(),
      big: z.bigint(),
      upper: z.string().transform((s) => s.toUpperCase()),
    });
    expect(() => z.toJSONSchema(schema)).toThrow();
    const json = toJsonSchema(schema, { io: "output" });
    const props = json.properties as Record<string, JsonSchema>;
    expect(props.signedAt).toEqual({ type: "string", format: "date-time" });
    expect(props.big).toEqual({});
    expect(props.upper).toEqual({});
  });

  it("stamps $id and title when asked, the schema's own title winning", () => {
    expect(toJsonSchema(z.string(), { id: "https://example.test/s.json", title: "S" })).toEqual({
      $schema: DRAFT_2020_12,
      $id: "https://example.test/s.json",
      title: "S",
      type: "string",
    });
    expect(toJsonSchema(AxisNumberSchema, { title: "Other" }).title).toBe("AxisNumber");
  });

  it("returns a plain JSON object and leaves the schema usable", () => {
    const json = toJsonSchema(AxisSchema);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Object.getOwnPropertyNames(json)).not.toContain("~standard");
    expect(AxisSchema.parse(AXES[0])).toEqual(AXES[0]);
  });
});

describe("modelJsonSchemas", () => {
  const all = modelJsonSchemas(PACTE_SCHEMAS);

  it("exports every schema by its name, as well-formed draft 2020-12 JSON Schema", () => {
    expect(Object.keys(all)).toEqual(Object.keys(PACTE_SCHEMAS));
    for (const [name, json] of Object.entries(all)) {
      expect(json.$schema, name).toBe(DRAFT_2020_12);
      expect(wellFormed(json), name).toEqual([]);
      expect(typeof json.title, name).toBe("string");
    }
  });

  it("accepts the package's own data", () => {
    const cases: [keyof typeof all, readonly unknown[]][] = [
      ["AxisSchema", AXES],
      ["AxisObjectiveSchema", AXES.flatMap((a) => a.objectives)],
      ["TransverseQuestionSchema", TRANSVERSE_QUESTIONS],
      ["ReferenceDocumentPartSchema", REFERENCE_DOCUMENT_PARTS],
      ["StakeholderCategorySchema", STAKEHOLDER_CATEGORIES],
      ["MinistrySchema", MINISTRIES],
      ["ActorSchema", ACTORS],
      ["BudgetLineSchema", [PACTE_BUDGET_LINE]],
      ["PacteSchema", [PACTE]],
      ["ConcertationMeetingSchema", CONCERTATION_MEETINGS],
      ["ConcertationPhaseSchema", CONCERTATION_PHASES],
      ["ConcertationSchema", [CONCERTATION]],
    ];
    for (const [name, values] of cases) for (const v of values) expect(accepts(all[name], v), name).toBe(true);
  });

  it.each([
    ["AxisNumberSchema", 5],
    ["AxisNumberSchema", 1.5],
    ["AxisIdSchema", "axe-1"],
    ["AxisSchema", { ...AXES[0], number: 7 }],
    ["ConcertationMeetingSchema", { ...CONCERTATION_MEETINGS[0], kind: "transverse", axis: 3, date: "2022-02-29" }],
    ["ConcertationMeetingSchema", { id: "x", date: "2022-11-28", kind: "thematic", subject: "S" }],
    ["ActorSchema", { ...ACTORS[0], category: "entreprises" }],
  ] as const)("rejects a wrong %s the way zod does", (name, value) => {
    expect(accepts(all[name], value)).toBe(false);
    expect(PACTE_SCHEMAS[name].safeParse(value).success).toBe(false);
  });

  it("titles a schema without metadata by its name and stamps ids from a base", () => {
    const out = modelJsonSchemas({ YearSchema: z.int() }, { baseId: "https://example.test/schemas/" });
    expect(out.YearSchema).toMatchObject({ title: "YearSchema", $id: "https://example.test/schemas/YearSchema.json" });
  });
});
