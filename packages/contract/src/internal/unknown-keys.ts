// Unknown keys of an input, found by walking its zod schema: each is reported with the keys
// allowed where it is and the nearest one, then dropped, so that the part that held it can still
// be checked.
import { closestMatch } from "@pacte/issues";
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import type { z } from "zod";
import { INPUT_ISSUES } from "../input-issues";

/** What this walker reads of a zod schema's definition. */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly getter?: () => z.ZodType;
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The schemas a value may match, wrappers removed and unions spread. */
function alternatives(schema: z.ZodType | undefined, depth = 0): Def[] {
  if (schema === undefined || depth > 32) return [];
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
    case "success":
      return alternatives(def.innerType, depth + 1);
    case "pipe":
      return alternatives(def.in, depth + 1);
    case "lazy":
      return alternatives(def.getter?.(), depth + 1);
    case "union":
      return (def.options ?? []).flatMap((o) => alternatives(o, depth + 1));
    case "intersection":
      return [...alternatives(def.left, depth + 1), ...alternatives(def.right, depth + 1)];
    default:
      return [def];
  }
}

/**
 * Reports and drops, in place, every key of `value` that its object schema does not name, where
 * the schema would refuse it or silently drop it (`input.unknown_key`, with the allowed keys and
 * a suggestion). Keys under a record, or under an object that takes any key, are never unknown.
 * `value` must be a fresh copy (see `sanitizeInput`): it is changed.
 */
export function dropUnknownKeys(schema: z.ZodType, value: unknown, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  const walk = (node: z.ZodType | undefined, v: unknown, path: IssuePath): void => {
    const all = alternatives(node);
    if (Array.isArray(v)) {
      const array = all.find((d) => d.type === "array");
      if (array !== undefined) v.forEach((item, i) => walk(array.element, item, [...path, i]));
      return;
    }
    if (!isObject(v)) return;
    const objects = all.filter((d) => d.type === "object" && d.shape !== undefined);
    const record = all.find((d) => d.type === "record");
    if (objects.length === 0) {
      if (record !== undefined) for (const key of Object.keys(v)) walk(record.valueType, v[key], [...path, key]);
      return;
    }
    const open = objects.some((d) => d.catchall !== undefined && defOf(d.catchall).type !== "never");
    const allowed = [...new Set(objects.flatMap((d) => Object.keys(d.shape ?? {})))];
    for (const key of Object.keys(v)) {
      const own = objects.find((d) => Object.hasOwn(d.shape ?? {}, key));
      if (own !== undefined) walk(own.shape?.[key], v[key], [...path, key]);
      else if (record !== undefined) walk(record.valueType, v[key], [...path, key]);
      else if (!open) {
        const suggestion = closestMatch(key, allowed);
        issues.push(INPUT_ISSUES.issue("input.unknown_key", [...path, key], { key, allowed, ...(suggestion !== undefined ? { suggestion } : {}) }, { lang }));
        delete v[key];
      }
    }
  };
  walk(schema, value, []);
  return issues;
}
