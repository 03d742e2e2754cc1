import type { Document } from "./document";
import { A4 } from "./page";
import type { Theme } from "./theme";

/**
 * The smallest text area (width and height between the margins) a document may leave, in
 * points: one inch.
 *
 * @example
 * MIN_TEXT_AREA //=> 72
 */
export const MIN_TEXT_AREA = 72;

/**
 * The geometry of every page, in points: the page size, the margins around the text, the text
 * area they leave, and the distance from the page's edge to the header's and the footer's text.
 *
 * @example
 * const g: PageGeometry = pageGeometry({ body: [] }, defaultTheme);
 * g.textWidth //=> 481.89…
 */
export interface PageGeometry {
  readonly orientation: "portrait" | "landscape";
  readonly width: number;
  readonly height: number;
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Width of the text between the side margins. */
  readonly textWidth: number;
  /** Height of the text between the top and bottom margins. */
  readonly textHeight: number;
  readonly headerDistance: number;
  readonly footerDistance: number;
}

/**
 * The page geometry of a document under a theme: A4, portrait unless `page.orientation` says
 * landscape, the theme's margins overridden one by one by the document's `page.margins`. The text
 * area may come out smaller than {@link MIN_TEXT_AREA}: {@link prepareDocument} reports that.
 *
 * @example
 * pageGeometry({ page: { orientation: "landscape", margins: { left: 30 } } }, defaultTheme).width //=> 841.89
 * pageGeometry({}, defaultTheme).textHeight //=> 700.15…
 */
export function pageGeometry(document: Pick<Document, "page">, theme: Theme): PageGeometry {
  const orientation = document.page?.orientation === "landscape" ? "landscape" : "portrait";
  const width = orientation === "landscape" ? A4.height : A4.width;
  const height = orientation === "landscape" ? A4.width : A4.height;
  const margins = { ...theme.page.margins };
  for (const side of ["top", "right", "bottom", "left"] as const) {
    const value = document.page?.margins?.[side];
    if (value !== undefined) margins[side] = value;
  }
  return {
    orientation,
    width,
    height,
    margins,
    textWidth: width - margins.left - margins.right,
    textHeight: height - margins.top - margins.bottom,
    headerDistance: theme.page.headerDistance,
    footerDistance: theme.page.footerDistance,
  };
}
