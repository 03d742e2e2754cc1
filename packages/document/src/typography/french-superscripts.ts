import type { Inline, TextRun } from "../inline";
import { protectedMask } from "./internal/protected-spans";

/**
 * What French typography raises: the ending of an ordinal (« 1er », « 1re », « 2e », « 2nd »,
 * « 3es »), of « Mme », « Mmes », « Mlle », « Mlles », and the « o » of « n° » (written with the
 * degree sign on a keyboard), when a space, a punctuation mark or the end follows. The base
 * stays on the line (groups 1, 3, 5); the raised part is groups 2, 4, 6.
 */
const RAISED = /(?<![\p{L}\p{N}])(?:(\d+)(ers?|res?|e|es|nde?s?|ème|èmes)|(M)(mes?|lles?)|([nN])(°))(?=$|[\s,.;:!?)\]»…])/gu;

interface Part {
  readonly text: string;
  readonly raised: boolean;
}

/** `text` cut into what stays on the line and what is raised; URLs and addresses untouched. */
function raisedParts(text: string): Part[] {
  if (!/\d|M|°/.test(text)) return [{ text, raised: false }];
  const mask = protectedMask(text);
  const parts: Part[] = [];
  let from = 0;
  for (const m of text.matchAll(RAISED)) {
    const at = m.index;
    if (mask[at] === 1) continue;
    const base = m[1] ?? m[3] ?? m[5] ?? "";
    const top = m[2] ?? m[4] ?? (m[6] === undefined ? "" : "o");
    parts.push({ text: text.slice(from, at) + base, raised: false }, { text: top, raised: true });
    from = at + m[0].length;
  }
  if (from === 0) return [{ text, raised: false }];
  parts.push({ text: text.slice(from), raised: false });
  return parts.filter((p) => p.text !== "");
}

function splitRun(run: TextRun): TextRun[] {
  if (run.superscript === true) return [run];
  const parts = raisedParts(run.text);
  if (parts.length === 1 && parts[0]?.raised === false) return [run];
  return parts.map((p) => (p.raised ? { ...run, text: p.text, superscript: true } : { ...run, text: p.text }));
}

/**
 * Inline content with the superscripts of French typography: « 1er », « 1re », « 2e », « 2nd »,
 * « Mme », « Mlle » (and their plurals) get their ending raised, « n° » becomes « n » and a raised
 * « o » (the « numéro » abbreviation the degree sign stands in for). Runs already in superscript,
 * URLs and e-mail addresses are left as they are; a run is split into runs with the same marks,
 * the raised parts in superscript. Both renderers draw superscripts (the PDF smaller and raised,
 * the DOCX with `w:vertAlign`). Idempotent; never mutates its argument.
 *
 * @example
 * frenchSuperscripts([{ type: "text", text: "le 1er janvier, Mme Martin" }])
 * //=> [{ type: "text", text: "le 1" }, { type: "text", text: "er", superscript: true },
 * //    { type: "text", text: " janvier, M" }, { type: "text", text: "me", superscript: true }, { type: "text", text: " Martin" }]
 */
export function frenchSuperscripts(content: readonly Inline[]): Inline[] {
  return content.flatMap((inline): Inline[] => {
    switch (inline.type) {
      case "text":
        return splitRun(inline);
      case "link":
        return [{ ...inline, children: inline.children.flatMap(splitRun) }];
      case "ref":
        return [inline.children === undefined ? inline : { ...inline, children: inline.children.flatMap(splitRun) }];
      case "field":
      case "lineBreak":
        return [inline];
    }
  });
}
