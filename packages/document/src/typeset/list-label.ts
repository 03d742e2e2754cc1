/**
 * Space between a list item's label and its text, in points (the text starts at the list
 * indent, or further when the label is wider).
 *
 * @example
 * LIST_LABEL_GAP //=> 5
 */
export const LIST_LABEL_GAP = 5;

const BULLETS = ["•", "–", "◦"] as const;

const roman = (n: number): string => {
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
};
const letters = (n: number): string => {
  let out = "";
  let rest = n;
  while (rest > 0) {
    rest--;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
};

/**
 * The label of item `n` (from 1) of a list at a nesting depth — the same in both formats (the
 * DOCX's numbering writes these formats): "1.", "a.", "i." for ordered lists
 * (then again), "•", "–", "◦" for the others.
 *
 * @example
 * listLabel(true, 1, 28) //=> "ab."
 * listLabel(false, 2, 1) //=> "◦"
 */
export function listLabel(ordered: boolean, depth: number, n: number): string {
  if (!ordered) return BULLETS[depth % 3] ?? "•";
  const kind = depth % 3;
  return `${kind === 0 ? String(n) : kind === 1 ? letters(n) : roman(n)}.`;
}

