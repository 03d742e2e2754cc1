import { z } from "zod";

/**
 * A JSON Schema document (draft 2020-12) as a plain object, ready for `JSON.stringify`.
 *
 * @example
 * const s: JsonSchema = { type: "integer", minimum: 1, maximum: 4 };
 */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * Options of {@link toJsonSchema}: which side of a transform to describe (`io`, `"input"` by
 * default: what a user writes in a file) and an optional `$id` and `title` to stamp.
 *
 * @example
 * const options: ToJsonSchemaOptions = { io: "output", title: "AxisNumber" };
 */
export interface ToJsonSchemaOptions {
  /** `"input"` (default) describes what the schema accepts; `"output"` what parsing returns. */
  readonly io?: "input" | "output";
  /** Written as the document's `$id`. */
  readonly id?: string;
  /** Written as the document's `title`, unless the schema's metadata already gives one. */
  readonly title?: string;
}

/**
 * Converts a zod schema into a JSON Schema (draft 2020-12) that other languages can validate
 * the same data with. Describes the *input* side by default (what a YAML or JSON file holds,
 * before transforms and defaults). Refinements are kept out (JSON Schema cannot say them); a
 * `Date` becomes an ISO date-time string; other types JSON cannot carry (transform outputs,
 * functions…) become `{}` (anything) instead of throwing. Integer-only enums are typed
 * `"integer"`. Never mutates the schema; the result is a fresh plain object.
 *
 * @example
 * toJsonSchema(z.int().min(1).max(4))
 * //=> { $schema: "https://json-schema.org/draft/2020-12/schema", type: "integer", minimum: 1, maximum: 4 }
 */
export function toJsonSchema(schema: z.ZodType, options: ToJsonSchemaOptions = {}): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: options.io ?? "input",
    cycles: "ref",
    reused: "inline",
    unrepresentable: ({ zodSchema }) => {
      if (zodSchema._zod.def.type === "date") return { type: "string", format: "date-time" };
      return "any";
    },
    override: ({ jsonSchema }) => {
      const values = jsonSchema.enum;
      if (
        jsonSchema.type === "number" &&
        Array.isArray(values) &&
        values.length > 0 &&
        values.every((v) => Number.isSafeInteger(v))
      ) {
        jsonSchema.type = "integer";
      }
    },
  });
  const { $schema, ...rest } = generated;
  const out: JsonSchema = { $schema: $schema ?? "https://json-schema.org/draft/2020-12/schema" };
  if (options.id !== undefined) out.$id = options.id;
  if (options.title !== undefined && rest.title === undefined) out.title = options.title;
  return { ...out, ...rest };
}

/**
 * The JSON Schema of every schema in a record, by the same names, each titled with its name
 * unless its metadata gives a title. Pass the package's public schemas to publish them all.
 *
 * @example
 * Object.keys(modelJsonSchemas({ AxisNumberSchema, AxisSchema })) //=> ["AxisNumberSchema", "AxisSchema"]
 * modelJsonSchemas({ AxisNumberSchema }).AxisNumberSchema?.type //=> "integer"
 */
export function modelJsonSchemas<K extends string>(
  schemas: Readonly<Record<K, z.ZodType>>,
  options: Pick<ToJsonSchemaOptions, "io"> & { readonly baseId?: string } = {},
): Record<K, JsonSchema> {
  const out = {} as Record<K, JsonSchema>;
  for (const name of Object.keys(schemas) as K[]) {
    const opts: { io?: "input" | "output"; id?: string; title: string } = { title: name };
    if (options.io !== undefined) opts.io = options.io;
    if (options.baseId !== undefined) opts.id = `${options.baseId}${name}.json`;
    out[name] = toJsonSchema(schemas[name], opts);
  }
  return out;
}
