import { imageBoxPt, type Image } from "@pacte/document";
import { ImageRun, type ParagraphChild } from "docx";
import type { RenderContext } from "./context";
import { pixels } from "./units";

/**
 * An image sized by `imageBoxPt` (the given width and height, a missing one from the image's
 * ratio, its natural size at 96 dpi when neither is given, never wider than `maxWidth`, scaled
 * down to `maxHeight`, ratio kept), with a drawing id counted per render and its alternative
 * text as `wp:docPr` `descr` and `title` — or, for a decorative image, Word's "Mark as
 * decorative" (`adec:decorative`) and no text at all.
 *
 * @example
 * imageRun(ctx, { data: png, mimeType: "image/png", alt: "Logo", width: 60 }) //=> an ImageRun 60 pt wide, descr="Logo" title="Logo", docPr id 1
 * imageRun(ctx, { data: png, mimeType: "image/png", decorative: true }) //=> an ImageRun marked decorative, docPr id 2
 */
export function imageRun(
  ctx: RenderContext,
  image: Pick<Image, "data" | "mimeType" | "alt" | "decorative" | "width" | "height">,
  maxWidth = ctx.geometry.textWidth,
  maxHeight = Infinity,
): ParagraphChild {
  const natural = imageBoxPt(image, { maxWidth }) ?? { width: 72, height: 72 };
  // Scaled down, ratio kept, to `maxHeight` (as the PDF does).
  const box = natural.height > maxHeight ? { width: (natural.width * maxHeight) / natural.height, height: maxHeight } : natural;
  ctx.counters.drawing += 1;
  const id = ctx.counters.drawing;
  const decorative = image.decorative === true;
  const alt = decorative ? "" : (image.alt ?? "");
  return new ImageRun({
    type: image.mimeType === "image/png" ? "png" : "jpg",
    data: image.data,
    transformation: { width: pixels(box.width), height: pixels(box.height) },
    ...(decorative ? { decorative: true } : {}),
    altText: { id: String(id), name: `Image ${id}`, description: alt, title: alt },
  });
}
