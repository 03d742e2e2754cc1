import { z } from "zod";
import type { Issue, IssuePath, Lang } from "../issue";
import { documentIssue, type DocumentIssueCode } from "../messages";

type ZodIssue = z.core.$ZodIssue;

/** zod's own French and English wording for structural problems. */
export const ZOD_LOCALES = { fr: z.locales.fr(), en: z.locales.en() } as const;

const TIMESTAMP_KEYS: ReadonlySet<PropertyKey> = new Set(["createdAt", "modifiedAt"]);
const ID_KEYS: ReadonlySet<PropertyKey> = new Set(["id", "fieldId"]);

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value !== "object") return typeof value;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "Object" ? name : "object";
}

/**
 * The document code for the zod issues that the IR's own rules raise (ids, timestamps, alt text…),
 * so that they get a stable code and a message in both languages; `undefined` for the rest.
 */
function documentCode(zi: ZodIssue, path: IssuePath): { code: DocumentIssueCode; params: Record<string, unknown> } | undefined {
  const key = path[path.length - 1];
  const input = (zi as { input?: unknown }).input;
  const missing = zi.code === "invalid_type" && input === undefined;
  switch (zi.code) {
    case "invalid_union": {
      if (key === "width" && path[path.length - 3] === "columns") return { code: "document.invalid_column_width", params: {} };
      if (zi.discriminator !== "type" || zi.errors.length > 0 || !("options" in zi)) return undefined;
      const options = (zi.options ?? []).map(String);
      const received = typeof input === "object" && input !== null ? (input as { type?: unknown }).type : undefined;
      return {
        code: "document.unknown_type",
        params: { received, options, kind: options.includes("paragraph") ? "block" : "inline" },
      };
    }
    case "invalid_format":
      if (typeof key === "string" && ID_KEYS.has(key)) return { code: "document.invalid_id", params: { received: input } };
      if (TIMESTAMP_KEYS.has(key ?? "")) return { code: "document.invalid_timestamp", params: { received: input } };
      if (key === "date") return { code: "document.invalid_date", params: { received: input } };
      if (key === "language") return { code: "document.invalid_language", params: { received: input } };
      return undefined;
    case "invalid_key":
      return path.includes("customProperties") ? { code: "document.invalid_property_name", params: { received: key } } : undefined;
    case "custom":
      return key === "data" ? { code: "document.invalid_image_data", params: { receivedType: typeName(input) } } : undefined;
    default:
      break;
  }
  if (zi.code === "too_small" || missing) {
    if (key === "alt") return { code: "document.missing_alt", params: {} };
    if (key === "title" && path.length === 2 && path[0] === "meta") return { code: "document.missing_title", params: {} };
  }
  return undefined;
}

/** A union of literals (heading levels…) reports one `invalid_value` with every allowed value. */
function flattenLiteralUnion(zi: ZodIssue, lang: Lang): { message: string; values: unknown[] } | undefined {
  if (zi.code !== "invalid_union" || zi.errors.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of zi.errors) {
    const [only] = branch;
    if (branch.length !== 1 || only === undefined || only.code !== "invalid_value" || only.path.length > 0) return undefined;
    values.push(...only.values);
  }
  const raw = { code: "invalid_value", values, input: zi.input, path: zi.path } as unknown as z.core.$ZodRawIssue;
  const out = ZOD_LOCALES[lang].localeError(raw);
  const message = typeof out === "string" ? out : out?.message;
  return message === undefined ? undefined : { message, values };
}

/** A zod issue without the input it was given, nested issues (of unions, record keys) included. */
function withoutInput(zi: ZodIssue): Record<string, unknown> {
  const { input: _input, ...rest } = zi as ZodIssue & { input?: unknown };
  const out: Record<string, unknown> = { ...rest };
  if (zi.code === "invalid_union") out.errors = zi.errors.map((branch) => branch.map(withoutInput));
  if (zi.code === "invalid_key" || zi.code === "invalid_element") out.issues = zi.issues.map(withoutInput);
  return out;
}

/**
 * Turns zod's issues into ours: the IR's own rules get their `document.*` code and a message in
 * `lang`; other structural problems become `schema.<zod code>` with zod's localised message and
 * the zod issue's details (without the input) as params.
 */
export function fromZodIssues(issues: readonly ZodIssue[], lang: Lang): Issue[] {
  return issues.map((zi): Issue => {
    const path: IssuePath = zi.path.map((k) => (typeof k === "symbol" ? String(k) : k));
    const mapped = documentCode(zi, path);
    if (mapped !== undefined) return documentIssue(mapped.code, path, mapped.params, { lang });
    const flat = flattenLiteralUnion(zi, lang);
    if (flat !== undefined) {
      return { code: "schema.invalid_value", path, message: flat.message, severity: "error", params: { values: flat.values } };
    }
    const { code: _code, path: _path, message: _message, ...rest } = withoutInput(zi);
    const { code, message } = zi;
    return { code: `schema.${code}`, path, message, severity: "error", params: rest };
  });
}
