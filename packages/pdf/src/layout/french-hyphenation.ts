/// <reference path="../internal/hyphen-module.d.ts" />
import createHyphenator from "hyphen";
import frenchPatterns from "hyphen/patterns/fr.js";

const MIN_LEFT = 2;
const MIN_RIGHT = 3;
const MARK = "\u00AD";
/** Longer than any French word: a longer string is not hyphenated (it is cut between characters if it must). */
const MAX_WORD = 64;
/** Words that are cut only when every letter is lower case and nothing but letters (and apostrophes) is in them. */
const CUTTABLE = /^[\p{Ll}’']+$/u;

/**
 * Where a French word may take a hyphen at the end of a line: indexes `i` such that the word
 * may become `word.slice(0, i) + "-"` / `word.slice(i)`. Liang's algorithm with the French TeX
 * patterns of hyph-utf8 (`hyph-fr.tex`, Daniel Flipo and Bernard Gaulle, MIT licence) as the
 * `hyphen` package ships them (ISC licence), at least 2 letters before the break and 3 after,
 * never right after an apostrophe. Never a word with a capital letter (proper names, acronyms,
 * the first word of a sentence), nor one holding digits, hyphens or other signs, nor a string
 * longer than 64 characters (no French word is; the patterns' cost grows faster than the
 * length, and such a string is cut between characters anyway). A hyphenator is
 * made for each call, so that nothing is cached between renders.
 *
 * @example
 * frenchHyphenation("solidarités") //=> [2, 4, 6, 8] (so-li-da-ri-tés)
 * frenchHyphenation("administration") //=> [2, 4, 7, 10] (ad-mi-nis-tra-tion)
 * frenchHyphenation("Pyrénées") //=> [] (a proper name)
 */
export function frenchHyphenation(word: string): number[] {
  if (word.length < MIN_LEFT + MIN_RIGHT || word.length > MAX_WORD || !CUTTABLE.test(word) || word !== word.normalize("NFC")) return [];
  // A fresh exceptions table: the package would otherwise cache every word in the shared patterns.
  const hyphenate = createHyphenator([frenchPatterns[0], frenchPatterns[1], {}], { hyphenChar: MARK, minWordLength: MIN_LEFT + MIN_RIGHT, html: false });
  const marked = hyphenate(word);
  const points: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === MARK) {
      const before = word[at - 1];
      if (at >= MIN_LEFT && word.length - at >= MIN_RIGHT && before !== "’" && before !== "'") points.push(at);
    } else at += ch.length;
  }
  return points;
}
