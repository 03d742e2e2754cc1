import { headingLook, type Heading } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import type { FlowBox } from "./flow-box";
import { setRuns, type LayoutContext } from "./layout-context";
import { fontStyleOf } from "./run-style";
import type { StyledRun } from "./styled-run";
import { textBox } from "./text-box";

/**
 * A heading as a flow box: its prepared title, bold, the theme's size and colour for its level, never at the bottom
 * of a page (kept with the first lines of what follows), a new page first when
 * `pageBreakBefore`; its top is the anchor of references, TOC entries and bookmarks.
 *
 * @example
 * headingBox(ctx, { type: "heading", level: 1, id: "a1", text: "Objet" }, ["body", 3]).keep //=> "withNext"
 */
export function headingBox(ctx: LayoutContext, heading: Heading, path: IssuePath, inset = 0): FlowBox {
  const look = headingLook(heading.level, ctx.theme);
  const { size, italic } = look.base;
  const style = {
    font: fontStyleOf(true, italic),
    size,
    rise: 0,
    color: look.base.color,
    underline: false,
    link: null,
    field: null,
  } as const;
  // The title the prepared document decided ("Article 5 – Objet"), as the DOCX, the table of contents and the outline show it.
  const title = ctx.prepared.headingById.get(heading.id)?.title ?? heading.text;
  const runs: StyledRun[] = title === "" ? [] : [{ text: title, style, path: heading.label ? path : [...path, "text"] }];
  const block = setRuns(ctx, runs, {
    base: look.base,
    width: ctx.frame.textWidth - inset,
    align: "left",
  });
  return textBox({
    block,
    left: ctx.frame.margins.left + inset,
    // H1–H6 by the heading's level in the structure (never skipping one), whatever its visible size.
    node: ctx.tags.root.child(ctx.tags.headingRole(heading.id)),
    spaceBefore: look.spaceBefore,
    spaceAfter: look.spaceAfter,
    keep: "withNext",
    pageBreakBefore: heading.pageBreakBefore === true,
    anchor: heading.id,
    split: "whole",
  });
}
