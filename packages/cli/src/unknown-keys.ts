import type { IssuePath, Lang } from "@pacte/model";
import { cliIssue, type LocatedIssue } from "./cli-issue";
import { closestMatch } from "@pacte/issues";

/** A JSON Schema node, as far as this walker reads it. */
type SchemaNode = {
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode | readonly SchemaNode[];
  readonly prefixItems?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every key of `value` that `schema` (a JSON Schema, such as `contractInputJsonSchema()`) does
 * not name where the schema lists its properties — whether the schema forbids extra keys or
 * would silently drop them — as `input.unknown_key` issues at the key's path, with the keys
 * allowed there and the nearest one as a suggestion. Keys under a record (`additionalProperties`
 * given as a schema) are never unknown. Pure.
 *
 * @example
 * unknownKeyIssues({ type: "object", properties: { preambule: {} } }, { preambul: [] })[0]?.message
 * //=> "Clé inconnue : « preambul » ; vouliez-vous dire « preambule » ? Clés admises ici : preambule."
 */
export function unknownKeyIssues(schema: unknown, value: unknown, options: { readonly lang?: Lang | undefined } = {}): LocatedIssue[] {
  const lang = options.lang ?? "fr";
  const root = schema as SchemaNode;
  const defs = { ...(root.definitions ?? {}), ...(root.$defs ?? {}) };
  const issues: LocatedIssue[] = [];

  const deref = (node: SchemaNode | undefined, seen = 0): SchemaNode | undefined => {
    if (node === undefined || seen > 32) return node;
    if (typeof node.$ref === "string") {
      if (node.$ref === "#") return root;
      const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(node.$ref)?.[1];
      return deref(name !== undefined ? defs[decodeURIComponent(name)] : undefined, seen + 1);
    }
    return node;
  };

  // The alternatives a value may match: a node's anyOf/oneOf/allOf branches, flattened.
  const branches = (node: SchemaNode | undefined): SchemaNode[] => {
    const n = deref(node);
    if (n === undefined) return [];
    const alts = [...(n.anyOf ?? []), ...(n.oneOf ?? []), ...(n.allOf ?? [])];
    return alts.length === 0 ? [n] : [n, ...alts.flatMap(branches)];
  };

  const walk = (node: SchemaNode | undefined, v: unknown, path: IssuePath): void => {
    const all = branches(node);
    if (all.length === 0) return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        for (const b of all) {
          const prefix = b.prefixItems?.[i];
          const items = Array.isArray(b.items) ? b.items[i] : (b.items as SchemaNode | undefined);
          const target = prefix ?? items;
          if (target !== undefined) return walk(target, item, [...path, i]);
        }
      });
      return;
    }
    if (!isObject(v)) return;
    const objectBranches = all.filter((b) => b.properties !== undefined || b.additionalProperties !== undefined || b.patternProperties !== undefined);
    if (objectBranches.length === 0) return;
    const open = objectBranches.some((b) => b.properties === undefined || b.additionalProperties === true || typeof b.additionalProperties === "object" || b.patternProperties !== undefined);
    const allowed = [...new Set(objectBranches.flatMap((b) => Object.keys(b.properties ?? {})))];
    for (const key of Object.keys(v)) {
      const own = objectBranches.find((b) => b.properties !== undefined && Object.prototype.hasOwnProperty.call(b.properties, key));
      if (own !== undefined) {
        walk(own.properties?.[key], v[key], [...path, key]);
        continue;
      }
      const record = objectBranches.find((b) => typeof b.additionalProperties === "object");
      if (record !== undefined) {
        walk(record.additionalProperties as SchemaNode, v[key], [...path, key]);
        continue;
      }
      if (open) continue;
      const suggestion = closestMatch(key, allowed);
      issues.push(cliIssue("input.unknown_key", [...path, key], { key, allowed, ...(suggestion !== undefined ? { suggestion } : {}) }, lang));
    }
  };

  walk(root, value, []);
  return issues;
}
