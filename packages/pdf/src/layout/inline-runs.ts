import type { Inline, TextRun } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import { fontStyleOf, type LinkTarget, type RunStyle } from "./run-style";
import type { StyledRun } from "./styled-run";

/**
 * Superscripts are drawn at this share of the size, raised by {@link SUPERSCRIPT_RISE} of it.
 *
 * @example
 * SUPERSCRIPT_SCALE * 10.5 //=> 6.825 (the size of "er" in "1er")
 */
export const SUPERSCRIPT_SCALE = 0.65;
/**
 * How high a superscript's baseline is raised, as a share of the surrounding size.
 *
 * @example
 * SUPERSCRIPT_RISE * 10.5 //=> 3.465
 */
export const SUPERSCRIPT_RISE = 0.33;

/**
 * The text style a block gives its inlines.
 *
 * @example
 * const base: BaseTextStyle = { bold: false, italic: false, size: 10.5, color: "1E1E1E" };
 */
export interface BaseTextStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly color: string;
}

/**
 * What turning inlines into styled runs needs to know.
 *
 * @example
 * inlineRuns(paragraph.content, ["body", 0, "content"], ctx)
 */
export interface InlineContext {
  readonly base: BaseTextStyle;
  readonly linkColor: string;
  /** Heading ids with what a reference without text shows ("Article 5"), as the prepared document decided. */
  readonly references: ReadonlyMap<string, string>;
  /** The text a field shows where it is laid out (a placeholder in the body, the value in a footer). */
  readonly field: (field: "pageNumber" | "pageCount") => string;
}

/**
 * Splits a document string into runs: tabs as spaces, line feeds as line breaks
 * (`validateDocument` refuses both; the renderer still copes). The shaper NFC-normalises, and
 * remembers what was typed for its issues.
 */
function pushText(out: StyledRun[], text: string, style: RunStyle, path: IssuePath): void {
  const normal = text.replace(/\t/g, " ");
  const parts = normal.split(/\r\n|[\n\r\u2028\u2029]/);
  parts.forEach((part, i) => {
    if (i > 0) out.push({ lineBreak: true });
    if (part !== "") out.push({ text: part, style, path });
  });
}

/**
 * Styles without link or field are shared (one object per look), so that runs of the same look
 * join into one piece: kerning goes on across them, and fewer pieces are drawn.
 */
const shared = new Map<string, RunStyle>();

function runStyle(
  run: Pick<TextRun, "bold" | "italic" | "underline" | "superscript">,
  ctx: InlineContext,
  link: LinkTarget | null,
  field: RunStyle["field"] = null,
): RunStyle {
  const { base } = ctx;
  const sup = run.superscript === true;
  const style: RunStyle = {
    font: fontStyleOf(base.bold || run.bold === true, base.italic || run.italic === true),
    size: sup ? base.size * SUPERSCRIPT_SCALE : base.size,
    rise: sup ? base.size * SUPERSCRIPT_RISE : 0,
    color: link ? ctx.linkColor : base.color,
    underline: run.underline === true || link?.kind === "uri",
    link,
    field,
  };
  if (link !== null || field !== null) return style;
  const key = `${style.font}|${style.size}|${style.rise}|${style.color}|${style.underline}`;
  const known = shared.get(key);
  if (known) return known;
  if (shared.size < 10_000) shared.set(key, style);
  return style;
}

/**
 * Turns inline content into styled runs: marks resolved against the block's style, links and
 * references marked as such (a reference without text shows its heading's label), fields
 * replaced by the text the context gives.
 *
 * @example
 * inlineRuns([{ type: "text", text: "1", }, { type: "text", text: "er", superscript: true }], ["body", 0, "content"], ctx).length
 * //=> 2
 */
export function inlineRuns(content: readonly Inline[], path: IssuePath, ctx: InlineContext): StyledRun[] {
  const out: StyledRun[] = [];
  content.forEach((inline, i) => {
    const at = [...path, i];
    switch (inline.type) {
      case "text":
        pushText(out, inline.text, runStyle(inline, ctx, null), [...at, "text"]);
        break;
      case "link": {
        const link: LinkTarget = { kind: "uri", uri: inline.href };
        inline.children.forEach((child, k) =>
          pushText(out, child.text, runStyle(child, ctx, link), [...at, "children", k, "text"]),
        );
        break;
      }
      case "ref": {
        // (validateDocument refuses references to no heading: one would be written as plain text)
        const label = ctx.references.get(inline.target);
        const link: LinkTarget | null = label === undefined ? null : { kind: "internal", target: inline.target };
        if (inline.children && inline.children.length > 0) {
          inline.children.forEach((child, k) =>
            pushText(out, child.text, runStyle(child, ctx, link), [...at, "children", k, "text"]),
          );
        } else {
          pushText(out, label ?? inline.target, runStyle({}, ctx, link), [...at, "target"]);
        }
        break;
      }
      case "field":
        pushText(out, ctx.field(inline.field), runStyle(inline, ctx, null, inline.field), at);
        break;
      case "lineBreak":
        out.push({ lineBreak: true });
        break;
    }
  });
  return out;
}
