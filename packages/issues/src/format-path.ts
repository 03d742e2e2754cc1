import type { Lang } from "./issue";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const DIGITS = /^\d+$/;

/**
 * Prints a path the way our messages and the CLI show it: `actions[3].funding[2026].state`.
 * Array indexes and all-digit keys (years) go in brackets; keys that are not identifiers are
 * quoted.
 *
 * @example
 * formatPath(["actions", 3, "funding", "2026", "state"]) //=> "actions[3].funding[2026].state"
 * formatPath(["meta", "customProperties", "Réf. contrat"]) //=> 'meta.customProperties["Réf. contrat"]'
 * formatPath([]) //=> "(racine)"
 */
export function formatPath(path: readonly PropertyKey[], lang: Lang = "fr"): string {
  if (path.length === 0) return lang === "fr" ? "(racine)" : "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key)}]`;
    else if (DIGITS.test(key)) out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
