/**
 * Why a character cannot be written in a DOCX part.
 *
 * @example
 * const kind: BadCharKind = "surrogate";
 */
export type BadCharKind = "control" | "surrogate" | "noncharacter";

/**
 * The first character of `text` that XML 1.0 (or Word) cannot carry, or `undefined`.
 *
 * @example
 * findBadChar("a\u0007") //=> { index: 1, codePoint: "U+0007", kind: "control" }
 */
export function findBadChar(text: string): { index: number; codePoint: string; kind: BadCharKind } | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
      return { index: i, codePoint: hex(c), kind: "control" };
    }
    if (c <= 0x9f) return { index: i, codePoint: hex(c), kind: "control" };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, codePoint: hex(c), kind: "surrogate" };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, codePoint: hex(c), kind: "surrogate" };
    if (c === 0xfffe || c === 0xffff) return { index: i, codePoint: hex(c), kind: "noncharacter" };
  }
  return undefined;
}

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
