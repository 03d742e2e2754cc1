import { oneLine } from "./french";

/**
 * The title as a running footer repeats it on every page: on one line, and shortened at a word
 * boundary with « … » past `max` characters. The title page and the metadata keep it whole; a
 * footer holds a line or two under the text, and a 600-character title written there in full
 * would climb over the body of every page.
 *
 * @example
 * runningTitle("Contrat local des solidarités", 60) //=> "Contrat local des solidarités"
 * runningTitle("Contrat local des solidarités entre l’État et le Département de la Creuse pour 2024–2027", 40)
 * //=> "Contrat local des solidarités entre…"
 */
export function runningTitle(title: string, max: number): string {
  const line = oneLine(title).trim();
  if ([...line].length <= max) return line;
  const cut = [...line].slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

/**
 * The longest title a footer repeats whole: « Convention d’appui à la lutte contre la pauvreté et
 * d’accès à l’emploi » (70 characters) and « Contrat local des solidarités » (29) fit; with the
 * reference, « Projet du … » and « Page X sur Y », the footer keeps to two lines.
 */
export const RUNNING_TITLE_MAX = 80;
