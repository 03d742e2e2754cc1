import { mayHoldProtected, protectedMask } from "./internal/protected-spans";

const NB = "\u00A0";
const NNB = "\u202F";
/** U+2011, the non-breaking hyphen: Word writes it `w:noBreakHyphen`, LibreOffice keeps it, the PDF draws a hyphen. */
const NB_HYPHEN = "\u2011";

const MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
const WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
/**
 * Nouns that a number, a code or a roman numeral follows in an administrative text: « article 5 »,
 * « annexe 2 », « axe 3 », « Article 4.2 », « action A3.3 », « titre IV ».
 */
const NUMBERED_NOUNS = [
  "article", "articles", "art\\.", "annexe", "annexes", "axe", "axes", "chapitre", "chapitres", "titre", "titres",
  "section", "sections", "alinéa", "alinéas", "paragraphe", "paragraphes", "point", "points", "fiche", "fiches",
  "action", "actions", "avenant", "avenants", "page", "pages", "p\\.", "tome", "partie", "parties", "objectif",
  "objectifs", "mesure", "mesures", "programme", "livre", "étape", "tableau", "figure", "priorité", "engagement",
  "lot", "phase", "année", "no", "nos", "n°", "n°s",
]
  // Any case for the noun (« article », « Article », « ARTICLE »), but not for what follows it.
  .flatMap((n) => [n, n.charAt(0).toUpperCase() + n.slice(1), n.toUpperCase()])
  .join("|");
/** What a reference number looks like at the start of the next word: digits, « 1er », a code (A3.3, L.5217-1) or a roman numeral. */
const NUMBER_START = "(?:\\d|[A-Z]{1,2}\\.?\\d|[IVXLC]+(?![\\p{L}\\p{N}’']))";
/** Civilities and titles that never end a line apart from the name they introduce. */
const TITLES = "M\\.|MM\\.|Mme|Mmes|Mlle|Mlles|Me|Mes|Dr|Pr|Mgr";

const SPACE = "[ \\u00A0\\u202F]+";
const BOUND = "(?<![\\p{L}\\p{N}])";

/** `(day) (month)`, `(month) (year)` and `(weekday) (day)` of a date. */
const DAY_MONTH = new RegExp(`${BOUND}(1er|\\d{1,2})${SPACE}(?=(?:${MONTHS})(?![\\p{L}]))`, "giu");
const MONTH_YEAR = new RegExp(`${BOUND}(${MONTHS})${SPACE}(?=\\d{4}(?!\\d))`, "giu");
const WEEKDAY_DAY = new RegExp(`${BOUND}(${WEEKDAYS})${SPACE}(?=(?:1er|\\d{1,2})(?![\\p{L}\\p{N}]))`, "giu");
const NOUN_NUMBER = new RegExp(`${BOUND}(${NUMBERED_NOUNS})${SPACE}(?=${NUMBER_START})`, "gu");
const TITLE_NAME = new RegExp(`${BOUND}(${TITLES})${SPACE}(?=\\p{Lu})`, "gu");
/** The capitalised article of a place name and the name: « La Souterraine », « Le Grand-Bourg », « Les Abymes ». */
const ARTICLE_NAME = new RegExp(`${BOUND}(Le|La|Les)${SPACE}(?=\\p{Lu})`, "gu");
/** Groups of three digits after the first group of an amount: « 1 234 567,89 ». */
const THOUSANDS = /(?<![\p{L}\p{N},.])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\p{N}])/gu;
/** A number and the unit that follows it: « 12 € », « 100 000 euros », « 5 M€ », « 50 % ». */
const NUMBER_UNIT = /(?<=\d)[ \u00A0\u202F]+(?=(?:€|euros?|M€|k€|%|millions?|milliards?)(?![\p{L}\p{N}]))/gu;
/** A compound of hyphen-joined words: « Pyrénées-Orientales », « Île-de-France », « Saint-Martin-d’Hères ». */
const COMPOUND = /(?<![\p{L}\p{N}\-\u2011])\p{L}[\p{L}’']*(?:[-\u2011]\p{L}[\p{L}’']*)+(?![\p{L}\p{N}])/gu;
const CAPITALISED = /^(?:\p{Ll}[’'])?\p{Lu}/u;
/** What a text must hold for some join to apply: a space (every join but the hyphens'), a digit (dates, amounts), a capital (titles, place names), a hyphen. */
const SOME_SPACE = /[ \u00A0\u202F]/;
const SOME_DIGIT = /\d/;
const SOME_UPPER = /\p{Lu}/u;
const SOME_HYPHEN = /[-\u2011]/;

/** The mask of a text with nothing to protect: `replaceOutside` reads 1 nowhere in it. */
const NO_MASK = new Uint8Array(0);

/** Replaces the matches of `re` in `text`, except where they touch a URL or an address (`mask`). */
function replaceOutside(text: string, mask: Uint8Array, re: RegExp, by: (match: string, at: number) => string): string {
  return text.replace(re, (match: string, ...rest: unknown[]) => {
    const at = rest.find((r): r is number => typeof r === "number") ?? 0;
    for (let i = at; i < at + match.length; i++) if (mask[i] === 1) return match;
    return by(match, at);
  });
}

/** The match with its last run of spaces (the one before the lookahead) made one no-break space. */
const joinTail = (space: string) => (match: string): string => match.replace(/[ \u00A0\u202F]+$/u, space);

/** A proper name's hyphens made non-breaking when at least two of its words are capitalised. */
function joinName(word: string): string {
  const parts = word.split(/[-\u2011]/);
  const capitals = parts.filter((p) => CAPITALISED.test(p)).length;
  return capitals >= 2 ? parts.join(NB_HYPHEN) : word;
}

/**
 * Joins, with no-break characters, what French typography never breaks across a line end, so
 * that every renderer keeps it on one line (Word and LibreOffice respect these characters too):
 *
 * - a date: the day and the month, the month and the year, the weekday and the day
 *   (« 11 décembre 2023 », « 1er janvier 2024 », « lundi 28 », « décembre 2023 »): U+00A0;
 * - a numbered noun and its number, code or roman numeral (« article 5 », « annexe 2 », « axe 3 »,
 *   « Article 4.2 », « action A3.3 », « titre IV », « n° 12 »): U+00A0;
 * - an amount: its groups of digits (« 1 234 567 »: U+202F, as `formatEuros` writes them) and
 *   its unit (« 12 € », « 100 000 euros », « 50 % », « 3 millions »): U+00A0;
 * - a civility or title and the name it introduces (« Mme Martin », « M. Dupont »): U+00A0;
 * - the capitalised article of a place name and the name (« La Souterraine », « Le Grand-Bourg »,
 *   « Les Abymes »): U+00A0;
 * - a proper name of places and bodies written as a hyphenated compound with at least two
 *   capitalised words (« Pyrénées-Orientales », « Seine-Saint-Denis », « Île-de-France »,
 *   « Bas-Rhin », « Saint-Martin-d’Hères », « Jean-Pierre »): its hyphens become U+2011, the
 *   non-breaking hyphen. A rule rather than a list: `@pacte/document` knows no reference data,
 *   and the rule covers every commune, département, région, EPCI and compound first name, which
 *   French typography never breaks at their hyphens. A name the rule misses (all lower case
 *   after the first word, a name without a hyphen) can be joined by its author with U+2011 or
 *   U+00A0.
 *
 * Only spaces and hyphens change; URLs and e-mail addresses are left as they are; idempotent.
 * `withFrenchTypography` (and so `prepareDocument`, for a French document) applies it to every
 * text a reader sees, except the metadata.
 *
 * @example
 * frenchLineBreaks("le 11 décembre 2023, article 5 des Pyrénées-Orientales : 1 234 €")
 * //=> "le 11 décembre 2023, article 5 des Pyrénées‑Orientales : 1 234 €"
 * //   (U+00A0 in the date, after « article » and before « € »; U+202F in « 1 234 »; U+2011 in the name)
 */
export function frenchLineBreaks(text: string): string {
  if (text === "") return text;
  let out = text;
  // The joins only change spaces and hyphens, so a text without a URL or an address never gets one
  // from them: its mask is computed never, not once per step.
  const guarded = mayHoldProtected(text);
  const step = (re: RegExp, by: (match: string, at: number) => string): void => {
    out = replaceOutside(out, guarded ? protectedMask(out) : NO_MASK, re, by);
  };
  // Each join needs a space, and the dates and amounts a digit: the steps only change spaces and
  // hyphens, so what the text lacks now it lacks after any step, and a step that cannot match is skipped.
  if (SOME_SPACE.test(text)) {
    const digits = SOME_DIGIT.test(text);
    if (digits) {
      step(DAY_MONTH, joinTail(NB));
      step(MONTH_YEAR, joinTail(NB));
      step(WEEKDAY_DAY, joinTail(NB));
    }
    step(NOUN_NUMBER, joinTail(NB));
    if (SOME_UPPER.test(text)) {
      step(TITLE_NAME, joinTail(NB));
      step(ARTICLE_NAME, joinTail(NB));
    }
    if (digits) {
      step(THOUSANDS, (m) => m.replace(/[ \u00A0]/g, NNB));
      step(NUMBER_UNIT, () => NB);
    }
  }
  if (SOME_HYPHEN.test(text)) step(COMPOUND, joinName);
  return out;
}
