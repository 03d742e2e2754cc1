import { fail, ok, type Issue, type Result } from "@pacte/issues";
import type { Contract } from "../contract";
import type { Profile } from "../profile";
import { validateContract } from "../validate-contract";
import { readContractText, type TextPosition } from "./internal/read-text";
import type { ParseContractTextOptions } from "./parse-contract-text";

/**
 * Options of {@link checkContractText}: those of `parseContractText` (syntax, language, limits)
 * and a team's own `profiles`, as for `validateContract`.
 *
 * @example
 * const options: CheckContractTextOptions = { format: "yaml", lang: "fr", profiles: [myProfile] };
 */
export interface CheckContractTextOptions extends ParseContractTextOptions {
  readonly profiles?: readonly Profile[] | undefined;
}

/**
 * Checks the text of a contract's input end to end, as `pacte validate` does: the text
 * (`parseContractText`: syntax, refused YAML features, size), then the contract
 * (`validateContract`: keys, schema, limits, profile, parties, rules), its amounts in cents or —
 * with `format: 2` — in euros, a number read from the digits written in the text. A YAML text
 * with a syntax error is still checked as far as it could be read, so that every problem shows
 * at once. Every issue gets the `location` (line and column, from 1) of the value it is about —
 * the nearest key written in the text when the value is missing. Browser-safe and pure; never
 * throws on a text.
 *
 * @example
 * const r = checkContractText(yamlText, { lang: "fr" });
 * if (!r.success) for (const i of r.issues) console.log(`l. ${i.location?.line}  ${i.code}  ${i.message}`);
 * //   l. 11  territory.unknown_collectivite  Collectivité inconnue : « Creusse » n’est ni le code (23D, 6AE…) ni le SIREN d’une collectivité à compétences départementales.
 */
export function checkContractText(text: string, options: CheckContractTextOptions = {}): Result<Contract> {
  const read = readContractText(text, { ...options, format: options.format ?? "yaml" });
  const first: TextPosition = { line: 1, column: 1 };
  const place = (issue: Issue): Issue => {
    if (issue.location !== undefined) return issue;
    const at = read.locate(issue.path) ?? read.locate([]) ?? first;
    return { ...issue, location: { line: at.line, column: at.column } };
  };
  if (read.value === undefined && read.issues.some((i) => i.severity === "error")) return fail(read.issues.map(place));
  const checked = validateContract(read.value, { lang: options.lang, profiles: options.profiles, numberText: read.numberText });
  const found = checked.success ? checked.warnings : [...checked.issues, ...checked.warnings];
  const issues = [...read.issues, ...found].map(place);
  return checked.success && !read.issues.some((i) => i.severity === "error") ? ok(checked.data, issues) : fail(issues);
}
