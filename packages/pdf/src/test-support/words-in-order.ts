// Checks that words appear in a text in order, whatever the line breaks, hyphenation and
// spacing (poppler prints no-break spaces as spaces; a word cut at a line end comes back in
// two parts).

const IGNORED = /[\s\u00A0\u202F\u2009\u00AD\u200B\-\u2010\u2011]/gu;
const normalize = (s: string): string => s.normalize("NFC").replace(IGNORED, "");

/** A text normalised once for many look-ups. */
export interface NormalizedText {
  readonly value: string;
}

/**
 * Normalises a text for {@link firstMissingWord} once (for many searches in a long text).
 *
 * @example
 * firstMissingWord(["a"], normalizedText("a b")) //=> undefined
 */
export function normalizedText(text: string): NormalizedText {
  return { value: normalize(text) };
}

/**
 * The first word of `expected` that cannot be found, in order, in `text` (`undefined` when all
 * are there).
 *
 * @example
 * firstMissingWord(["Vu", "le", "code"], "Vu le\ncode") //=> undefined
 */
export function firstMissingWord(
  expected: readonly string[],
  text: string | NormalizedText,
  options: { interleaved?: boolean } = {},
): { word: string; index: number } | undefined {
  const hay = typeof text === "string" ? normalize(text) : text.value;
  let pos = 0;
  for (let index = 0; index < expected.length; index++) {
    const word = expected[index] ?? "";
    const n = normalize(word);
    if (n === "") continue;
    const at = hay.indexOf(n, pos);
    if (at >= 0) {
      pos = at + n.length;
      continue;
    }
    // A word cut over two pages (a table row split there) comes back in pieces with other
    // text in between: accept it in a few pieces, in order.
    const end = options.interleaved ? piecesInOrder(hay, n, pos) : -1;
    if (end < 0) return { word, index };
    pos = end;
  }
  return undefined;
}

const MAX_PIECES = 12;

/**
 * Where `word` ends when read in consecutive pieces from `from` (each piece at the earliest place
 * where its first characters occur, extended as far as it matches), or -1.
 */
function piecesInOrder(hay: string, word: string, from: number): number {
  let rest = word;
  let at = from;
  for (let pieces = 0; rest !== ""; pieces++) {
    if (pieces > 64) return -1;
    let p = -1;
    let len = Math.min(rest.length, 8);
    for (; len > 0 && p < 0; len = len > 1 ? Math.max(1, len >> 1) : 0) {
      p = hay.indexOf(rest.slice(0, len), at);
      if (p >= 0) break;
    }
    if (p < 0 || len <= 0) return -1;
    let end = len;
    while (end < rest.length && hay[p + end] === rest[end]) end++;
    at = p + end;
    rest = rest.slice(end);
  }
  return at;
}
