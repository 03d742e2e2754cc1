/**
 * Where a line may break, decided once for both renderers: the PDF engine breaks its lines by
 * these rules, and the DOCX lays its pages out by them (Word and LibreOffice break at the same
 * places: spaces, after a hyphen between letters, U+200B, soft hyphens; never at U+00A0, U+202F,
 * U+2007, U+2011 — the characters `frenchLineBreaks` joins with).
 */

/** U+200B, zero-width space: a break without a space. */
export const ZERO_WIDTH_SPACE = 0x200b;
/** U+00AD, soft hyphen: a possible hyphenation, invisible unless the line breaks there. */
export const SOFT_HYPHEN = 0xad;

const BREAK_SPACES: ReadonlySet<number> = new Set([0x20, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000]);
const INVISIBLE: ReadonlySet<number> = new Set([0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const BREAK_AFTER: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2013]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * Whether a line may break at this space (the space is then dropped): the ordinary space and
 * the other breaking spaces, never U+00A0, U+202F nor U+2007.
 *
 * @example
 * isBreakSpace(0x20) //=> true
 * isBreakSpace(0xa0) //=> false
 */
export const isBreakSpace = (codePoint: number): boolean => BREAK_SPACES.has(codePoint);

/**
 * Whether a character draws nothing and changes nothing in a line (joiners, direction marks, the
 * word joiner, the BOM).
 *
 * @example
 * isInvisibleFormat(0x2060) //=> true
 */
export const isInvisibleFormat = (codePoint: number): boolean => INVISIBLE.has(codePoint);

/**
 * Whether a line may break after this hyphen or dash: after a letter or digit and before a
 * letter (« porte-/monnaie »), never before a digit, so that ranges and numbers stay whole
 * (« 2024–2027 », « 16-25 ans », « Covid-19 », « -5 »). U+2011 never breaks.
 *
 * @example
 * breaksAfterDash(0x65, 0x2d, 0x6d) //=> true ("e-m")
 * breaksAfterDash(0x34, 0x2013, 0x32) //=> false ("4–2")
 */
export function breaksAfterDash(before: number, dash: number, after: number): boolean {
  return BREAK_AFTER.has(dash) && before >= 0 && WORD_CHAR.test(String.fromCodePoint(before)) && LETTER.test(String.fromCodePoint(after));
}
