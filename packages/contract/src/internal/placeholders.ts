import type { Issue, IssuePath, Lang } from "@pacte/model";
import { contractIssue } from "../issues";

/**
 * The waiting texts a template writes (`initContractInput`, `pacte init`) for what only the
 * parties know — a person's name, a deliberation's number, a place —, compared without case,
 * accents or surrounding spaces.
 *
 * @example
 * PLACEHOLDER_TEXTS //=> ["Prénom Nom", "à compléter"]
 */
export const PLACEHOLDER_TEXTS = Object.freeze(["Prénom Nom", "à compléter"] as const);

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
const WAITING = new Set(PLACEHOLDER_TEXTS.map(fold));

/** Every string of a value with its path, depth first, in key order. */
function* strings(value: unknown, path: IssuePath): Generator<[string, IssuePath]> {
  if (typeof value === "string") yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * One `contract.placeholder` issue for each text of an input that is still a template's waiting
 * text (« Prénom Nom », « à compléter »), at its path: an error by default — the version to sign
 * cannot hold one —, or the `severity` asked (a draft).
 *
 * @example
 * placeholderIssues({ state: { prefet: { name: "Prénom Nom" } } }).map((i) => formatPath(i.path)) //=> ["state.prefet.name"]
 */
export function placeholderIssues(input: unknown, options: { readonly lang?: Lang; readonly severity?: Issue["severity"] } = {}): Issue[] {
  const issues: Issue[] = [];
  for (const [text, path] of strings(input, [])) {
    if (!WAITING.has(fold(text))) continue;
    issues.push(contractIssue("contract.placeholder", path, { received: text }, { lang: options.lang ?? "fr", severity: options.severity ?? "error" }));
  }
  return issues;
}
