// Checks that words appear in a text in order, whatever the line breaks, hyphenation and
// spacing (poppler prints no-break spaces as spaces; a word cut at a line end comes back in
// two parts).

const IGNORED = /[\s\u00A0\u202F\u2009\u00AD\u200B\-\u2010\u2011]/gu;
const normalize = (s: string): string => s.normalize("NFC").replace(IGNORED, "");

/** A text normalised once for many look-ups, with where each of its pages starts. */
export interface NormalizedText {
  readonly value: string;
  /** Offsets in `value` where each page starts (pages are separated by form feeds). */
  readonly pageStarts: readonly number[];
}

/**
 * Normalises a text for {@link firstMissingWord} once (for many searches in a long text). Form
 * feeds (`\f`, as pdftotext prints between pages) mark the pages.
 *
 * @example
 * firstMissingWord(["a"], normalizedText("a b")) //=> undefined
 */
export function normalizedText(text: string): NormalizedText {
  let value = "";
  const pageStarts: number[] = [];
  for (const page of text.split("\f")) {
    pageStarts.push(value.length);
    value += normalize(page);
  }
  return { value, pageStarts };
}

/**
 * The first word of `expected` that cannot be found, in order, in `text` (`undefined` when all
 * are there). With `interleaved`, a word may also come back cut at page ends, with other text
 * in between (a table row split over pages prints each cell's part page by page).
 *
 * @example
 * firstMissingWord(["Vu", "le", "code"], "Vu le\ncode") //=> undefined
 * firstMissingWord(["abcdef"], "x abc y\fz def", { interleaved: true }) //=> undefined
 */
export function firstMissingWord(
  expected: readonly string[],
  text: string | NormalizedText,
  options: { interleaved?: boolean } = {},
): { word: string; index: number } | undefined {
  const hay = typeof text === "string" ? normalizedText(text) : text;
  let pos = 0;
  for (let index = 0; index < expected.length; index++) {
    const word = expected[index] ?? "";
    const n = normalize(word);
    if (n === "") continue;
    // Interleaved, the word's pieces nearby win over the same word whole further on (another
    // cell may well hold it).
    const at = options.interleaved ? -1 : hay.value.indexOf(n, pos);
    const end = options.interleaved ? piecesOverPages(hay, n, pos) : at < 0 ? -1 : at + n.length;
    if (end < 0) return { word, index };
    pos = end;
  }
  return undefined;
}

/**
 * Where `word` ends when read as consecutive pieces, at most one per page, the first at or after
 * `from`, or -1. On each page the piece is the longest start of what remains that the page holds
 * (found by bisection: if a start of length n is on the page, so are the shorter ones); the last
 * piece is taken at its first place, so that the next words are looked for from there.
 */
function piecesOverPages(text: NormalizedText, word: string, from: number): number {
  const { value, pageStarts } = text;
  let page = pageStarts.findLastIndex((s) => s <= from);
  let at = from;
  let rest = word;
  for (; page >= 0 && page < pageStarts.length; page++) {
    const end = pageStarts[page + 1] ?? value.length;
    at = Math.max(at, pageStarts[page] ?? 0);
    const within = (len: number): number => {
      const p = value.indexOf(rest.slice(0, len), at);
      return p >= 0 && p + len <= end ? p : -1;
    };
    const whole = within(rest.length);
    if (whole >= 0) return whole + rest.length;
    let lo = 0;
    let hi = rest.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (within(mid) >= 0) lo = mid;
      else hi = mid - 1;
    }
    rest = rest.slice(lo);
    at = end;
  }
  return -1;
}
