import { IDENTITY_LOGO_GAP, IDENTITY_LOGO_MAX, type Identities, type ThemeLogo } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { drawFigure, figureNode, imageSizeIn } from "./image-box";
import { setRuns, type LayoutContext } from "./layout-context";
import { fontStyleOf } from "./run-style";
import { SIGNATURE_COLUMN_GAP } from "./signature-boxes";
import type { StructNode } from "../tagging/struct-node";
import type { StyledRun } from "./styled-run";
import { drawTextLines, type TextBlock } from "./text-block";

/** One party's column laid out: where it is, its logo's size, its lines. */
interface Column {
  readonly x: number;
  readonly width: number;
  readonly align: "left" | "right";
  readonly logo: { readonly image: ThemeLogo; readonly path: IssuePath; readonly width: number; readonly height: number } | undefined;
  readonly block: TextBlock;
  readonly height: number;
  /** Its elements in the structure: a `Figure` for the logo (none when decorative), a `P` for its lines. */
  readonly figure: StructNode | null;
  readonly text: StructNode;
}

/**
 * The parties' identities at the top of a title page, as the prepared document decided them:
 * side by side (the first party on the left, the second on the right, aligned to their side),
 * each with its logo from the theme above its lines (the first line bold at the body size, the
 * others at the small size). One box, never split; the space of a level-1 heading after it.
 * Tagged as one `Div` per party, in reading order (left then right): its logo's `Figure` with its
 * alternative text (an artifact when decorative), then a `P` of its lines.
 *
 * @example
 * identitiesBox(ctx, { type: "identities", parties: [{ lines: ["PRÉFÈTE DE LA CREUSE"] }, { lines: ["Département de la Creuse"] }] }, ["body", 0]).height //=> 13.1
 */
export function identitiesBox(ctx: LayoutContext, block: Identities, path: IssuePath): FlowBox {
  const { theme, frame } = ctx;
  const parties = ctx.prepared.identities.get(block);
  if (parties === undefined) throw new Error(`identitiesBox: the block at ${path.join(".")} is not one of the prepared document's blocks.`);
  const width = parties.length === 1 ? frame.textWidth : (frame.textWidth - SIGNATURE_COLUMN_GAP) / 2;
  const columns: Column[] = parties.map((party) => {
    const x = frame.margins.left + (party.align === "right" ? frame.textWidth - width : 0);
    const size = party.logo === undefined ? undefined : imageSizeIn(ctx, party.logo.image, party.logo.path, IDENTITY_LOGO_MAX.height, Math.min(IDENTITY_LOGO_MAX.width, width));
    const runs: StyledRun[] = [];
    party.lines.forEach((line, i) => {
      if (i > 0) runs.push({ lineBreak: true });
      const fontSize = line.strong ? theme.sizes.body : theme.sizes.small;
      runs.push({ text: line.text, style: { font: fontStyleOf(line.strong, false), size: fontSize, rise: 0, color: theme.colors.text, underline: false, link: null, field: null }, path: line.path });
    });
    const text = setRuns(ctx, runs, { base: { bold: true, italic: false, size: theme.sizes.body, color: theme.colors.text }, width, align: party.align });
    const logo = party.logo !== undefined && size !== undefined ? { image: party.logo.image, path: party.logo.path, ...size } : undefined;
    const height = (logo ? logo.height + IDENTITY_LOGO_GAP : 0) + text.lines.length * text.lineHeight;
    const div = ctx.tags.root.child("Div");
    const figure = logo === undefined ? null : figureNode(div, logo.image);
    return { x, width, align: party.align, logo, block: text, height, figure, text: div.child("P") };
  });
  const height = Math.max(0, ...columns.map((c) => c.height));
  return {
    ...BOX_DEFAULTS,
    height,
    spaceAfter: theme.spacing.headingBefore[0],
    minHead: height,
    split: () => null,
    draw(canvas, top, fields) {
      for (const c of columns) {
        let y = top;
        if (c.logo) {
          const x = c.align === "right" ? c.x + c.width - c.logo.width : c.x;
          const logo = c.logo;
          drawFigure(canvas, c.figure, (cv) => cv.image(logo.image, x, y, logo.width, logo.height, logo.path));
          y += c.logo.height + IDENTITY_LOGO_GAP;
        }
        const at = y;
        canvas.tagged(c.text, () => drawTextLines(canvas, c.block, c.x, at, 0, c.block.lines.length, fields));
      }
    },
  };
}
