import { imageBoxPt, type Image } from "@pacte/document";
import { pdfIssue } from "../pdf-issue";
import { type IssuePath } from "@pacte/issues";
import type { StructNode } from "../tagging/struct-node";
import { BOX_DEFAULTS, type FlowBox } from "./flow-box";
import type { LayoutContext } from "./layout-context";
import type { PageCanvas } from "./page-canvas";

/**
 * The size an image takes: `imageBoxPt` (declared sizes, else the pixel size at 96 dpi, ratio
 * kept) within the text width, then scaled down, ratio kept, to `maxHeight`. `undefined` (and
 * an issue) when the image's size cannot be read.
 *
 * @example
 * imageSizeIn(ctx, image, ["body", 2], 700) //=> { width: 120, height: 45 }
 */
export function imageSizeIn(
  ctx: LayoutContext,
  image: Pick<Image, "data" | "mimeType" | "width" | "height">,
  path: IssuePath,
  maxHeight: number,
  maxWidth = ctx.frame.textWidth,
): { width: number; height: number } | undefined {
  const box = imageBoxPt(image, { maxWidth: Math.max(maxWidth, 1) });
  if (!box) {
    ctx.issues.push(pdfIssue("pdf.image_invalid", [...path, "data"], { mimeType: image.mimeType, reason: "taille illisible" }, ctx.lang));
    return undefined;
  }
  if (box.height > maxHeight && maxHeight > 0) return { width: (box.width * maxHeight) / box.height, height: maxHeight };
  return box;
}

/**
 * Draws an image as content of its `Figure` element, or as an artifact when it has none (a
 * decorative image: see {@link figureNode}).
 *
 * @example
 * drawFigure(canvas, figureNode(ctx.tags.root, logo), (c) => c.image(logo, x, top, 120, 45, path))
 */
export function drawFigure(canvas: PageCanvas, figure: StructNode | null, draw: (canvas: PageCanvas) => void): void {
  if (figure === null) canvas.artifact("layout", () => draw(canvas));
  else canvas.tagged(figure, () => draw(canvas));
}

/**
 * The element of an image: a `Figure` with its alternative text under `parent`, or `null` for a
 * decorative image (drawn as an artifact).
 *
 * @example
 * figureNode(ctx.tags.root, { alt: "Logo du département" })?.props.alt //=> "Logo du département"
 * figureNode(ctx.tags.root, { decorative: true }) //=> null
 */
export function figureNode(parent: StructNode, image: Pick<Image, "alt" | "decorative">): StructNode | null {
  return image.decorative === true ? null : parent.child("Figure", { alt: image.alt ?? "" });
}

/**
 * An image as a flow box: its size from {@link imageSizeIn} (never wider than the text nor
 * taller than a page), aligned left, centred or right, never split; a `Figure` with its
 * alternative text, or an artifact when decorative.
 *
 * @example
 * imageBox(ctx, { type: "image", data, mimeType: "image/png", alt: "Logo", width: 120 }, ["body", 0]).height //=> 45
 */
export function imageBox(ctx: LayoutContext, image: Image, path: IssuePath): FlowBox {
  const { frame } = ctx;
  const size = imageSizeIn(ctx, image, path, frame.textHeight) ?? { width: 0, height: 0 };
  const slack = frame.textWidth - size.width;
  const x = frame.margins.left + (image.align === "center" ? slack / 2 : image.align === "right" ? slack : 0);
  const figure = figureNode(ctx.tags.root, image);
  return {
    ...BOX_DEFAULTS,
    height: size.height,
    spaceAfter: ctx.theme.spacing.paragraphAfter,
    minHead: size.height,
    split: () => null,
    draw(canvas, top) {
      if (size.width > 0) drawFigure(canvas, figure, (c) => c.image(image, x, top, size.width, size.height, path));
    },
  };
}
