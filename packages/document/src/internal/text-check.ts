import { DOCUMENT_LIMITS } from "../limits";
import { REPERTOIRE_RANGES } from "./repertoire";

/**
 * What is wrong with a character a document cannot carry: a line break, a tab, a control
 * character, a noncharacter, a lone surrogate (XML 1.0 and PDF cannot carry them); a
 * bidirectional control or another invisible format character (what it changes does not show,
 * and the renderers cannot agree on it); a character outside the repertoire the fonts draw
 * (scripts we do not set: Arabic, Hebrew, CJK…, emoji).
 */
export type CharacterProblem = "newline" | "tab" | "control" | "noncharacter" | "surrogate" | "bidi" | "invisible" | "unsupported";

/** The first character of one kind of problem in a string, and how many there are. */
export interface CharacterFinding {
  readonly problem: CharacterProblem;
  /** `U+0007`. */
  readonly codePoint: string;
  /** The character as the user typed it (for `unsupported`: with its combining marks). */
  readonly character: string;
  /** Index of the first one in the string, in UTF-16 code units (JavaScript string index). */
  readonly offset: number;
  readonly count: number;
  /** Up to 20 characters on each side, the forbidden ones written `⟨U+0007⟩`. */
  readonly excerpt: string;
}

/**
 * The most characters one string of a document may hold: a title, a paragraph's run, a cell. A
 * contract's longest texts are a few thousand characters; a longer string is a mistake (a file
 * pasted whole) or an attack on the line breaker's time.
 */
export const MAX_TEXT_LENGTH: number = DOCUMENT_LIMITS.maxTextLength;

/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * the marks LRM, RLM and ALM. They reorder what is displayed without showing — « 00,000 01 »
 * for « 10 000,00 » — and one renderer may honour them where the other drops them.
 */
const BIDI: ReadonlySet<number> = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/**
 * Invisible characters a document may hold, each with a job the two renderers share: the soft
 * hyphen U+00AD (a possible hyphenation), the zero-width space U+200B (a possible line break),
 * the word joiner U+2060 (no break here). No-break spaces (U+00A0, U+202F, U+2007) are visible
 * spaces, not format characters.
 */
const ALLOWED_INVISIBLE: ReadonlySet<number> = new Set([0x00ad, 0x200b, 0x2060]);

/** Format characters (category Cf), the combining grapheme joiner, Hangul fillers and variation selectors: they draw nothing. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u180b-\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/**
 * Whether the fonts draw a code point: a binary search over the repertoire's ranges.
 *
 * @example
 * inRepertoire(0x1ec5) //=> true (ễ)
 * inRepertoire(0x0627) //=> false (ا)
 */
export function inRepertoire(cp: number): boolean {
  let lo = 0;
  let hi = REPERTOIRE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (REPERTOIRE_RANGES[2 * mid] ?? 0)) hi = mid - 1;
    else if (cp > (REPERTOIRE_RANGES[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The length (1 or 2) of the character that `classify` read last. */
let width = 1;

/**
 * Classifies the character at `i` of `text`. Tab, LF, CR, U+2028 and U+2029 are refused in favour
 * of explicit line breaks; other C0 controls, DEL and the C1 controls (usually mis-decoded
 * Windows-1252) have no glyph; U+FFFE, U+FFFF and lone surrogates are not XML 1.0 characters;
 * then bidirectional controls, invisible format characters, and what the fonts do not draw.
 * Sets `width` to the length (1 or 2) of the character. Allocates nothing.
 */
function classify(text: string, i: number): CharacterProblem | undefined {
  width = 1;
  const u = text.charCodeAt(i);
  if (u < 0x20) return u === 0x09 ? "tab" : u === 0x0a || u === 0x0d ? "newline" : "control";
  if (u < 0x7f) return undefined;
  if (u <= 0x9f) return "control";
  if (u === 0x2028 || u === 0x2029) return "newline";
  if (u === 0xfffe || u === 0xffff) return "noncharacter";
  let cp = u;
  if (isHigh(u)) {
    if (!(i + 1 < text.length && isLow(text.charCodeAt(i + 1)))) return "surrogate";
    cp = text.codePointAt(i) ?? u;
    width = 2;
  } else if (isLow(u)) return "surrogate";
  if (BIDI.has(cp)) return "bidi";
  if (ALLOWED_INVISIBLE.has(cp)) return undefined;
  if (inRepertoire(cp)) return undefined;
  return INVISIBLE.test(String.fromCodePoint(cp)) ? "invisible" : "unsupported";
}

const codePointOf = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
const CONTEXT = 20;
/** A letter followed by its combining marks (or marks alone): what NFC composes together. */
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gsu;

function excerpt(text: string, offset: number): string {
  let start = Math.max(0, offset - CONTEXT);
  let end = Math.min(text.length, offset + 1 + CONTEXT);
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end++;
  let out = start > 0 ? "…" : "";
  for (let i = start; i < end; ) {
    const problem = classify(text, i);
    out += problem === undefined ? text.slice(i, i + width) : `⟨${codePointOf(text.codePointAt(i) ?? 0)}⟩`;
    i += width;
  }
  return end < text.length ? `${out}…` : out;
}

/**
 * A letter with combining marks that each are in the repertoire, but whose composed form (NFC,
 * what the renderers draw) is not: the first such group, as typed, with its offset and count.
 */
function uncomposable(text: string): { offset: number; typed: string; count: number } | undefined {
  if (!/\p{M}/u.test(text) || text.normalize("NFC") === text) return undefined;
  let first: { offset: number; typed: string } | undefined;
  let count = 0;
  for (const m of text.matchAll(SEGMENT)) {
    if (m[0].length === 1) continue;
    for (const ch of m[0].normalize("NFC")) {
      if (!inRepertoire(ch.codePointAt(0) ?? 0)) {
        first ??= { offset: m.index, typed: m[0] };
        count++;
        break;
      }
    }
  }
  return first && { ...first, count };
}

/**
 * Finds the characters of `text` that a document cannot carry (see {@link CharacterProblem}),
 * one finding per kind of problem (the first occurrence, with the count), in the order they
 * first occur. Linear in the length of the text.
 *
 * @example
 * findForbiddenCharacters("Fait à Guéret\u202E")[0]?.problem //=> "bidi"
 */
export function findForbiddenCharacters(text: string): CharacterFinding[] {
  const found = new Map<CharacterProblem, { offset: number; count: number; character?: string }>();
  for (let i = 0; i < text.length; ) {
    const problem = classify(text, i);
    if (problem !== undefined) {
      const seen = found.get(problem);
      if (seen === undefined) found.set(problem, { offset: i, count: 1 });
      else seen.count++;
    }
    i += width;
  }
  if (!found.has("unsupported")) {
    const composed = uncomposable(text);
    if (composed) found.set("unsupported", { offset: composed.offset, count: composed.count, character: composed.typed });
  }
  return [...found].map(([problem, { offset, count, character }]) => {
    const cp = text.codePointAt(offset) ?? 0;
    return {
      problem,
      codePoint: character === undefined ? codePointOf(cp) : Array.from(character, (c) => codePointOf(c.codePointAt(0) ?? 0)).join(" "),
      character: character ?? String.fromCodePoint(cp),
      offset,
      count,
      excerpt: excerpt(text, offset),
    };
  });
}

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Arabic}/u, "Arabic"],
  [/\p{Script=Hebrew}/u, "Hebrew"],
  [/\p{Script=Han}/u, "Han"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "Japanese"],
  [/\p{Script=Hangul}/u, "Hangul"],
  [/\p{Script=Thai}/u, "Thai"],
  [/\p{Script=Devanagari}/u, "Devanagari"],
  [/\p{Script=Bengali}/u, "Bengali"],
  [/\p{Script=Tamil}/u, "Tamil"],
  [/\p{Script=Armenian}/u, "Armenian"],
  [/\p{Script=Georgian}/u, "Georgian"],
  [/\p{Script=Ethiopic}/u, "Ethiopic"],
  [/\p{Script=Syriac}/u, "Syriac"],
  [/\p{Script=Thaana}/u, "Thaana"],
  [/\p{Extended_Pictographic}/u, "Emoji"],
];

/**
 * The script (or kind) of a character outside the repertoire, named in English for the issue's
 * parameters; `undefined` for a symbol of no script we name.
 *
 * @example
 * scriptOf("ب") //=> "Arabic"
 */
export function scriptOf(character: string): string | undefined {
  return SCRIPTS.find(([re]) => re.test(character))?.[1];
}
