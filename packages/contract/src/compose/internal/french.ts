import { formatDate, numberToFrenchWords } from "@pacte/document";

/** "la préfète…" → "La préfète…". */
export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase("fr-FR") + s.slice(1);
}

/** "La préfète…" → "la préfète…"; an acronym ("DDETS…") is left as it is. */
export function lowerFirst(s: string): string {
  const second = s.charAt(1);
  if (second !== "" && second === second.toLocaleUpperCase("fr-FR") && second !== second.toLocaleLowerCase("fr-FR")) return s;
  return s.charAt(0).toLocaleLowerCase("fr-FR") + s.slice(1);
}

/** "a", "a et b", "a, b et c". */
export function joinFrench(items: readonly string[], conjunction = "et"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}

// First words that take the feminine article (the rest take the masculine): enough for the
// bodies, services and committees contracts name.
const FEMININE = new Set([
  "commission",
  "assemblée",
  "conférence",
  "instance",
  "cellule",
  "réunion",
  "direction",
  "délégation",
  "mission",
  "préfecture",
  "ddets",
  "ddetspp",
  "dreets",
  "ddcs",
  "ddcspp",
  "dgcs",
  "collectivité",
  "métropole",
  "ville",
  "communauté",
  "eurométropole",
  "séance",
  "équipe",
]);

const ELIDES = /^[aeiouyàâäéèêëîïôöùûüœ]/iu;

/** The phrase with its definite article, mid-sentence: "la commission permanente", "le comité de pilotage", "l'assemblée". */
export function withDefiniteArticle(phrase: string): string {
  const p = lowerFirst(phrase.trim());
  if (/^(le|la|les)\s/iu.test(p) || /^l['’]/iu.test(p)) return p;
  const first = (p.split(/[\s'’-]/u)[0] ?? "").toLocaleLowerCase("fr-FR");
  if (ELIDES.test(first)) return `l'${p}`;
  if (/^services?\b|^organismes\b/u.test(first) && first.endsWith("s")) return `les ${p}`;
  return `${FEMININE.has(first) ? "la" : "le"} ${p}`;
}

/** The phrase after « de »: "de la commission permanente", "du comité", "des services", "de l'assemblée". */
export function withDe(phrase: string): string {
  const p = withDefiniteArticle(phrase);
  if (p.startsWith("le ")) return `du ${p.slice(3)}`;
  if (p.startsWith("les ")) return `des ${p.slice(4)}`;
  return `de ${p}`;
}

/** The phrase after « à »: "à la commission", "au comité", "aux services", "à l'assemblée". */
export function withA(phrase: string): string {
  const p = withDefiniteArticle(phrase);
  if (p.startsWith("le ")) return `au ${p.slice(3)}`;
  if (p.startsWith("les ")) return `aux ${p.slice(4)}`;
  return `à ${p}`;
}

/**
 * A title that opens with its article ("La préfète de la Creuse") after « de » and « à »:
 * "de la préfète de la Creuse", "du préfet de la Creuse"; "à la préfète…", "au préfet…".
 */
export function titleWithDe(title: string): string {
  const t = lowerFirst(title);
  if (t.startsWith("le ")) return `du ${t.slice(3)}`;
  if (t.startsWith("les ")) return `des ${t.slice(4)}`;
  return `de ${t}`;
}

/** See {@link titleWithDe}. */
export function titleWithA(title: string): string {
  const t = lowerFirst(title);
  if (t.startsWith("le ")) return `au ${t.slice(3)}`;
  if (t.startsWith("les ")) return `aux ${t.slice(4)}`;
  return `à ${t}`;
}

/**
 * A collectivity's name with its article, as a party is named: "le Département de la Creuse",
 * "la Métropole de Lyon", "la Collectivité européenne d'Alsace", "l'Eurométropole de
 * Strasbourg"; a name that opens on a city ("Bordeaux Métropole") takes none.
 */
export function collectiviteWithArticle(name: string): string {
  if (/^(Département|Conseil)(?=\s|$)/u.test(name)) return `le ${name}`;
  if (/^(Métropole|Collectivité|Ville|Communauté|Région)(?=\s|$)/u.test(name)) return `la ${name}`;
  if (/^Eurométropole(?=\s|$)/u.test(name)) return `l'${name}`;
  return name;
}

/** "06-30" → "30 juin"; "01-01" → "1er janvier". */
export function formatMonthDay(monthDay: string): string {
  return formatDate(`2000-${monthDay}`).replace(/ 2000$/u, "");
}

/** 1 → "une fois par an", 2 → "deux fois par an"; 0 → "en tant que de besoin". */
export function timesAYear(n: number): string {
  if (n <= 0) return "en tant que de besoin";
  return `au moins ${n === 1 ? "une" : numberToFrenchWords(n)} fois par an`;
}

/** A text on one line (a line break is not allowed in a heading, a signatory or an issuer line). */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/gu, " ");
}

/**
 * "la délibération n° 2024-17 de la commission permanente du conseil départemental de la Creuse
 * du 20 février 2024": the body's form after « de » from the reference data when given
 * (`bodyWithDe`, capitals kept: « du Conseil de Paris »), else the input's words.
 */
export function deliberationText(
  d: { readonly number: string; readonly date: string; readonly body?: string | undefined },
  bodyWithDe?: string | undefined,
): string {
  const body = bodyWithDe !== undefined ? ` ${bodyWithDe}` : d.body === undefined ? "" : ` ${withDe(d.body)}`;
  return `la délibération n° ${d.number}${body} du ${formatDate(d.date)}`;
}
