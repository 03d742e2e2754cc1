// What French typography never breaks across a line end, checked on what a reader sees: the
// words of a rendered PDF with their boxes (`pdftotext -bbox`). A line end is a word followed
// by one lower on the page and further left (a wrap inside a paragraph or a cell); for each
// one, the word before and the word after must not be the two halves of a date, of a numbered
// reference, of an amount and its unit or digits, or of a listed place name. Written apart from
// `frenchLineBreaks`, so that it checks the renderers' output rather than restating the rule.
import type { PdfWord } from "./pdf-words";

const MONTH = /^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])/iu;
const DAY = /^(1er|\d{1,2})$/u;
const YEAR = /^\d{4}(?!\d)/u;
/** Nouns a number follows in a contract (« article 5 », « annexe 2 », « axe 3 », « action A1.2 », « n° 12 »). */
const NOUN = /^(articles?|annexes?|axes?|actions?|avenants?|fiches?|titres?|chapitres?|priorités?|n°|no|nos|n°s|objectifs?|mesures?)$/iu;
const NUMBER_START = /^(\d|[A-Z]{1,2}\.?\d|[IVXLC]+(?![\p{L}\p{N}’']))/u;
/** A compound proper name cut after one of its hyphens: « Saint-Martin- » then « d’Hères ». */
const NAME_CUT = /\p{Lu}[\p{L}’'\-\u2011]*[-\u2010\u2011]$/u;

/** The last word of a line and the first of the next, with where they are. */
export interface LineEnd {
  readonly page: number;
  readonly before: string;
  readonly after: string;
}

/** Punctuation around a word that does not change what it is: « ( », « » », a final comma. */
const bare = (w: string): string => w.replace(/^[«"“(\[]+|[»"”)\],;:.]+$/gu, "");

/**
 * The line ends of a page's words in reading order: where the next word is lower than this one
 * (below its middle) and starts left of where this one starts.
 *
 * @example
 * lineEnds([{ page: 0, text: "le", xMin: 300, yMin: 100, xMax: 310, yMax: 110 }, { page: 0, text: "5", xMin: 50, yMin: 112, xMax: 56, yMax: 122 }])
 * //=> [{ page: 0, before: "le", after: "5" }]
 */
export function lineEnds(words: readonly PdfWord[]): LineEnd[] {
  const ends: LineEnd[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a.page !== b.page) continue;
    const below = b.yMin > (a.yMin + a.yMax) / 2;
    const near = b.yMin - a.yMax < 2 * (a.yMax - a.yMin);
    if (below && near && b.xMin < a.xMin) ends.push({ page: a.page, before: a.text, after: b.text });
  }
  return ends;
}

/**
 * Why a line end parts what must stay together, or `undefined`: « date », « référence »,
 * « montant » or « lieu » with the two words. `places` are the multi-word place names the
 * document lists (« La Souterraine », « Saint-Denis »…).
 *
 * @example
 * breakProblem({ page: 0, before: "20", after: "décembre" }, []) //=> "page 1 : date coupée « 20 | décembre »"
 * breakProblem({ page: 0, before: "mairie", after: "de" }, []) //=> undefined
 */
export function breakProblem(end: LineEnd, places: readonly string[]): string | undefined {
  const a = bare(end.before);
  const b = end.after.replace(/^[«"“(\[]+/u, "");
  const say = (what: "date" | "référence" | "montant" | "lieu") =>
    `page ${end.page + 1} : ${what} coupé${what === "date" || what === "référence" ? "e" : ""} « ${end.before} | ${end.after} »`;
  if ((DAY.test(a) && MONTH.test(b)) || (MONTH.test(a) && YEAR.test(b))) return say("date");
  if (NOUN.test(a) && NUMBER_START.test(b)) return say("référence");
  if (/\d$/u.test(a) && /^(€|euros?\b|%|M€|k€)/u.test(b)) return say("montant");
  if (/(^|[^\d,.])\d{1,3}$/u.test(a) && /^\d{3}(?:[,.\s]|$)/u.test(b) && !YEAR.test(b)) return say("montant");
  if (NAME_CUT.test(end.before) && /^(\p{Lu}|d[’']|l[’']|sur\b|en\b|de\b|la\b|le\b|les\b|lès\b)/u.test(b)) return say("lieu");
  for (const place of places) {
    const words = place.split(/[\s\u00a0\u202f]+/u);
    for (let k = 0; k + 1 < words.length; k++) {
      if (a.endsWith(words[k]!) && b.startsWith(words[k + 1]!)) return say("lieu");
    }
  }
  return undefined;
}

/**
 * Every line end of a PDF's words that parts what must stay together.
 *
 * @example
 * brokenAcrossLines(words, ["La Souterraine"]) //=> [] for a sound document
 */
export function brokenAcrossLines(words: readonly PdfWord[], places: readonly string[] = []): string[] {
  return lineEnds(words).flatMap((end) => breakProblem(end, places) ?? []);
}
