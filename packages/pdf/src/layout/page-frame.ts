import { A4, type Document, type Theme } from "@pacte/document";

/**
 * The geometry of the pages: size, margins (the text area), and where headers and footers go.
 * All in points.
 *
 * @example
 * pageFrame({}, defaultTheme).contentHeight //=> 700.16
 */
export interface PageFrame {
  readonly width: number;
  readonly height: number;
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly headerDistance: number;
  readonly footerDistance: number;
  /** The text area's width and height. */
  readonly contentWidth: number;
  readonly contentHeight: number;
}

/**
 * The page frame of a document: A4, portrait unless `page.orientation` says landscape, the
 * theme's margins overridden one by one by the document's.
 *
 * @example
 * pageFrame(doc, defaultTheme).contentWidth //=> 481.89
 */
export function pageFrame(document: Pick<Document, "page">, theme: Theme): PageFrame {
  const landscape = document.page?.orientation === "landscape";
  const width = landscape ? A4.height : A4.width;
  const height = landscape ? A4.width : A4.height;
  const margins = { ...theme.page.margins };
  for (const side of ["top", "right", "bottom", "left"] as const) {
    const value = document.page?.margins?.[side];
    if (value !== undefined) margins[side] = value;
  }
  return {
    width,
    height,
    margins,
    headerDistance: theme.page.headerDistance,
    footerDistance: theme.page.footerDistance,
    contentWidth: width - margins.left - margins.right,
    contentHeight: height - margins.top - margins.bottom,
  };
}
