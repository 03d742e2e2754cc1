import { contractInputJsonSchema, validateContract, type Contract } from "@pacte/contract";
import type { Issue, Lang } from "@pacte/model";
import { cliIssue, type LocatedIssue } from "./cli-issue";
import { inputFormatOf, parseInputText } from "./parse-input";
import { sanitizeInput } from "./sanitize-input";
import { unknownKeyIssues } from "./unknown-keys";

/**
 * Options of {@link checkContractText}: the file name (its extension picks YAML or JSON), the
 * language of the messages and the YAML alias limit.
 *
 * @example
 * const options: CheckOptions = { fileName: "contrat.yaml", lang: "fr" };
 */
export interface CheckOptions {
  readonly fileName: string;
  readonly lang?: Lang | undefined;
  readonly maxAliasCount?: number | undefined;
}

/**
 * What checking an input gives: the checked contract when there is no error, and every issue —
 * errors and warnings, syntax first, then keys, then the contract's rules — with its line and
 * column when known.
 *
 * @example
 * const r: CheckResult = checkContractText(text, { fileName: "contrat.yaml" });
 * r.contract?.reference //=> "CLS-23-2024-001"
 */
export interface CheckResult {
  readonly contract?: Contract | undefined;
  readonly issues: readonly LocatedIssue[];
}

let schemaCache: unknown;
const inputSchema = (): unknown => (schemaCache ??= contractInputJsonSchema());

const describeType = (v: unknown, lang: Lang): string => {
  if (v === undefined || v === null) return "vide";
  if (Array.isArray(v)) return lang === "fr" ? "une liste" : "a list";
  return lang === "fr" ? `une valeur de type ${typeof v}` : `a ${typeof v} value`;
};

const EXPECTED: Readonly<Record<string, { fr: string; en: string }>> = {
  string: { fr: "un texte", en: "a text" },
  number: { fr: "un nombre", en: "a number" },
  int: { fr: "un nombre entier", en: "an integer" },
  boolean: { fr: "true ou false", en: "true or false" },
  object: { fr: "un objet", en: "an object" },
  array: { fr: "une liste", en: "a list" },
  record: { fr: "un objet", en: "an object" },
};

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const k of path) {
    if (typeof v !== "object" || v === null || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** zod says « chaîne de caractères attendu, indéfini reçu » for a missing key: say it plainly. */
function missingKey(issue: Issue, value: unknown, lang: Lang): Issue {
  if (issue.code !== "schema.invalid_type" || issue.path.length === 0 || valueAt(value, issue.path) !== undefined) return issue;
  const key = String(issue.path[issue.path.length - 1]);
  const expected = EXPECTED[String(issue.params.expected)];
  const message =
    lang === "fr"
      ? `Clé obligatoire manquante : « ${key} »${expected ? ` (${expected.fr} attendu)` : ""}.`
      : `Missing required key: "${key}"${expected ? ` (${expected.en} expected)` : ""}.`;
  return { ...issue, message };
}

/** Whether zod's unknown-key issue is already said, key by key, by ours. */
function coveredByUnknownKeys(issue: Issue, ours: readonly LocatedIssue[]): boolean {
  if (issue.code !== "schema.unrecognized_keys") return false;
  const keys = Array.isArray(issue.params.keys) ? (issue.params.keys as unknown[]) : [];
  const at = JSON.stringify(issue.path);
  return keys.length > 0 && keys.every((k) => ours.some((o) => JSON.stringify(o.path.slice(0, -1)) === at && o.path[o.path.length - 1] === k));
}

/**
 * Checks the text of a contract input end to end, as `pacte validate` does: syntax (YAML or
 * JSON, with line and column), refused YAML features, dangerous keys (`__proto__`…), unknown
 * keys (named, with a suggestion), then `validateContract` (schema, profile, parties, rules).
 * A YAML file with a syntax error is still checked as far as it could be read, so every problem
 * shows at once. Pure: no file is read. Never throws on user data.
 *
 * @example
 * checkContractText("reference: X\n", { fileName: "a.yaml" }).issues.map((i) => i.code)
 * //=> ["schema.invalid_type", …]
 */
export function checkContractText(text: string, options: CheckOptions): CheckResult {
  const lang = options.lang ?? "fr";
  const parsed = parseInputText(text, { format: inputFormatOf(options.fileName), lang, maxAliasCount: options.maxAliasCount });
  const issues: LocatedIssue[] = [...parsed.issues];
  const place = (i: Issue): LocatedIssue => {
    const located = i as LocatedIssue;
    if (located.line !== undefined) return located;
    const pos = parsed.locate(i.path);
    return pos === undefined ? i : { ...i, line: pos.line, column: pos.column };
  };
  if (parsed.value === undefined && issues.some((i) => i.severity === "error")) return { issues };

  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issues.push(cliIssue("input.not_object", [], { received: describeType(value, lang) }, lang));
    return { issues };
  }
  const clean = sanitizeInput(value, { lang });
  issues.push(...clean.issues.map(place));
  const unknown = unknownKeyIssues(inputSchema(), clean.value, { lang }).map(place);
  issues.push(...unknown);

  const r = validateContract(clean.value, { lang });
  const found = r.success ? r.warnings : [...r.issues, ...r.warnings];
  issues.push(...found.filter((i) => !coveredByUnknownKeys(i, unknown)).map((i) => place(missingKey(i, clean.value, lang))));
  const valid = r.success && !issues.some((i) => i.severity === "error");
  return valid ? { contract: r.data, issues } : { issues };
}
