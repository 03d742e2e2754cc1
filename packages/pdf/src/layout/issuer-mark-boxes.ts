import type { IssuerMark } from "@pacte/document";
import type { IssuePath } from "@pacte/issues";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import { drawFigure, figureNode, imageSizeIn } from "./image-box";
import { setRuns, type LayoutContext } from "./layout-context";
import { fontStyleOf } from "./run-style";
import type { StyledRun } from "./styled-run";
import { textBox } from "./text-box";

/**
 * The largest a logo of the issuer mark may be, in points.
 *
 * @example
 * ISSUER_LOGO_MAX.height //=> 90
 */
export const ISSUER_LOGO_MAX = { width: 160, height: 90 } as const;

/**
 * The issuer's mark at the top of the first page: the logo (when an entitled team gives one),
 * then the identity lines — the first in bold capitals as written, the others smaller — on the
 * left or the right.
 *
 * @example
 * issuerMarkBoxes(ctx, { type: "issuerMark", lines: ["PRÉFET DE LA CREUSE", "DDETS"] }, ["body", 0]).length //=> 1
 */
export function issuerMarkBoxes(ctx: LayoutContext, mark: IssuerMark, path: IssuePath): FlowBox[] {
  const { theme, frame } = ctx;
  const align = mark.align ?? "left";
  const boxes: FlowBox[] = [];
  if (mark.logo) {
    const logo = mark.logo;
    const size = imageSizeIn(ctx, logo, [...path, "logo"], ISSUER_LOGO_MAX.height, Math.min(ISSUER_LOGO_MAX.width, frame.textWidth)) ?? {
      width: 0,
      height: 0,
    };
    const x = align === "right" ? frame.margins.left + frame.textWidth - size.width : frame.margins.left;
    const figure = figureNode(ctx.tags.root, logo);
    boxes.push({
      ...BOX_DEFAULTS,
      height: size.height,
      spaceAfter: 6,
      keep: "together",
      minHead: size.height,
      split: () => null,
      draw(canvas, top) {
        if (size.width > 0) drawFigure(canvas, figure, (c) => c.image(logo, x, top, size.width, size.height, [...path, "logo"]));
      },
    });
  }
  const runs: StyledRun[] = [];
  mark.lines.forEach((line, i) => {
    if (i > 0) runs.push({ lineBreak: true });
    runs.push({
      text: line,
      style: {
        font: fontStyleOf(i === 0, false),
        size: i === 0 ? theme.sizes.body : theme.sizes.small,
        rise: 0,
        color: theme.colors.text,
        underline: false,
        link: null,
        field: null,
      },
      path: [...path, "lines", i],
    });
  });
  const block = setRuns(ctx, runs, {
    base: { bold: true, italic: false, size: theme.sizes.body, color: theme.colors.text },
    width: frame.textWidth,
    align,
  });
  boxes.push(textBox({ block, left: frame.margins.left, node: ctx.tags.root.child("P"), spaceAfter: theme.spacing.headingBefore[0], split: "whole" }));
  return boxes;
}
