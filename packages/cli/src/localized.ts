/**
 * The two languages the command speaks: French (the default) and English (`--lang en`). The
 * same values as `Lang` of `@pacte/issues`, declared here so that `pacte --help` loads no
 * library.
 *
 * @example
 * const lang: CliLang = "en";
 */
export type CliLang = "fr" | "en";

/**
 * A text the command prints, in both its languages.
 *
 * @example
 * const summary: Localized = { fr: "vérifie des contrats", en: "checks contracts" };
 */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

/**
 * The text of `lang`: a `Localized`, or a plain string (a command, a file name) the same in both.
 *
 * @example
 * localize({ fr: "écrit", en: "wrote" }, "en") //=> "wrote"
 * localize("pacte validate contrat.yaml", "fr") //=> "pacte validate contrat.yaml"
 */
export function localize(text: Localized | string, lang: CliLang): string {
  return typeof text === "string" ? text : text[lang];
}

/**
 * A picker for one language, so that every line a command prints is written in both languages
 * side by side, French first: `const say = sayer(lang); say("écrit", "wrote")`.
 *
 * @example
 * sayer("en")("écrit", "wrote") //=> "wrote"
 * sayer("fr")("écrit", "wrote") //=> "écrit"
 */
export function sayer(lang: CliLang): (fr: string, en: string) => string {
  return (fr, en) => (lang === "fr" ? fr : en);
}

/**
 * « 1 fichier », « 3 fichiers »: a count and its noun, singular up to 1 as French does (and
 * English from 2: "0 files", "1 file").
 *
 * @example
 * countOf(3, { fr: ["erreur", "erreurs"], en: ["error", "errors"] }, "fr") //=> "3 erreurs"
 * countOf(0, { fr: ["erreur", "erreurs"], en: ["error", "errors"] }, "en") //=> "0 errors"
 */
export function countOf(n: number, noun: { readonly fr: readonly [string, string]; readonly en: readonly [string, string] }, lang: CliLang): string {
  const [one, many] = noun[lang];
  const singular = lang === "fr" ? n <= 1 : n === 1;
  return `${n} ${singular ? one : many}`;
}
