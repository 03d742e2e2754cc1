import type { z } from "zod";
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { documentIssue, type DocumentIssueCode } from "../messages";

type ZodIssue = z.core.$ZodIssue;

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

/**
 * The document's own codes for the zod issues that the IR's rules raise (ids, timestamps, alt
 * text…), for `@pacte/issues`' `fromZodIssues`: `undefined` leaves the rest to it.
 */
export function documentZodIssue(zi: ZodIssue, path: IssuePath, lang: Lang): Issue | undefined {
  const mapped = documentCode(zi, path);
  return mapped === undefined ? undefined : documentIssue(mapped.code, path, mapped.params, { lang });
}
