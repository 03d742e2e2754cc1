/** What is wrong with a character a document cannot carry. */
export type CharacterProblem = "newline" | "tab" | "control" | "noncharacter" | "surrogate";

/** The first character of one kind of problem in a string, and how many there are. */
export interface CharacterFinding {
  readonly problem: CharacterProblem;
  /** `U+0007`. */
  readonly codePoint: string;
  /** Index of the first one in the string, in UTF-16 code units (JavaScript string index). */
  readonly offset: number;
  readonly count: number;
  /** Up to 20 characters on each side, the forbidden ones written `⟨U+0007⟩`. */
  readonly excerpt: string;
}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/**
 * Classifies the code unit at `i` of `text`. Tab, LF, CR, U+2028 and U+2029 are refused in favour
 * of explicit line breaks; other C0 controls, DEL and the C1 controls (usually mis-decoded
 * Windows-1252) have no glyph; U+FFFE, U+FFFF and lone surrogates are not XML 1.0 characters.
 * Returns the problem and the length (1 or 2) of the character.
 */
function classify(text: string, i: number): [CharacterProblem | undefined, number] {
  const u = text.charCodeAt(i);
  if (u < 0x20) return [u === 0x09 ? "tab" : u === 0x0a || u === 0x0d ? "newline" : "control", 1];
  if (u < 0x7f) return [undefined, 1];
  if (u <= 0x9f) return ["control", 1];
  if (u === 0x2028 || u === 0x2029) return ["newline", 1];
  if (u === 0xfffe || u === 0xffff) return ["noncharacter", 1];
  if (isHigh(u)) return i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? [undefined, 2] : ["surrogate", 1];
  if (isLow(u)) return ["surrogate", 1];
  return [undefined, 1];
}

const codePointOf = (u: number): string => `U+${u.toString(16).toUpperCase().padStart(4, "0")}`;
const CONTEXT = 20;

function excerpt(text: string, offset: number): string {
  let start = Math.max(0, offset - CONTEXT);
  let end = Math.min(text.length, offset + 1 + CONTEXT);
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end++;
  let out = start > 0 ? "…" : "";
  for (let i = start; i < end; ) {
    const [problem, length] = classify(text, i);
    out += problem === undefined ? text.slice(i, i + length) : `⟨${codePointOf(text.charCodeAt(i))}⟩`;
    i += length;
  }
  return end < text.length ? `${out}…` : out;
}

/**
 * Finds the characters of `text` that a DOCX (XML 1.0) or a PDF cannot carry, one finding per
 * kind of problem (the first occurrence, with the count), in the order they first occur.
 */
export function findForbiddenCharacters(text: string): CharacterFinding[] {
  const found = new Map<CharacterProblem, { offset: number; count: number }>();
  for (let i = 0; i < text.length; ) {
    const [problem, length] = classify(text, i);
    if (problem !== undefined) {
      const seen = found.get(problem);
      if (seen === undefined) found.set(problem, { offset: i, count: 1 });
      else seen.count++;
    }
    i += length;
  }
  return [...found].map(([problem, { offset, count }]) => ({
    problem,
    codePoint: codePointOf(text.charCodeAt(offset)),
    offset,
    count,
    excerpt: excerpt(text, offset),
  }));
}
