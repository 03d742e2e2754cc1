import type { Document, Heading, List, ListItem, Theme } from "@pacte/document";
import { BookmarkNames } from "./bookmarks";
import type { PageEstimate } from "./page-estimate";

/**
 * Page geometry in points.
 *
 * @example
 * const g: Geometry = geometryOf(doc, defaultTheme);
 */
export type Geometry = {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Width of the text between the side margins. */
  readonly textWidth: number;
  /** Height of the text between the top and bottom margins. */
  readonly textHeight: number;
};

/**
 * What every part of the renderer shares during one render; nothing in it outlives the render.
 *
 * @example
 * ctx.bookmarks.get("heading:art-5", "art-5").name //=> "art_5"
 */
export type RenderContext = {
  readonly document: Document;
  readonly theme: Theme;
  readonly geometry: Geometry;
  /** `fr` or `en`: the language of generated words ("À … le …", dates). */
  readonly textLang: "fr" | "en";
  /** BCP 47 language of the document (`fr-FR`). */
  readonly language: string;
  readonly headings: ReadonlyMap<string, Heading>;
  readonly bookmarks: BookmarkNames;
  readonly pages: PageEstimate;
  /** Per-render counters: drawing ids, hyperlink relationships, numbering instances. */
  readonly counters: { drawing: number; link: number; list: number; toc: number };
};

/**
 * The page geometry of a document under a theme (A4, portrait unless landscape).
 *
 * @example
 * geometryOf({ meta, body: [] }, defaultTheme).textWidth //=> 481.89…
 */
export function geometryOf(document: Document, theme: Theme): Geometry {
  const landscape = document.page?.orientation === "landscape";
  const pageWidth = landscape ? 841.89 : 595.28;
  const pageHeight = landscape ? 595.28 : 841.89;
  const own = document.page?.margins ?? {};
  const base = theme.page.margins;
  const m = { top: own.top ?? base.top, right: own.right ?? base.right, bottom: own.bottom ?? base.bottom, left: own.left ?? base.left };
  return {
    pageWidth,
    pageHeight,
    margins: m,
    textWidth: Math.max(72, pageWidth - m.left - m.right),
    textHeight: Math.max(72, pageHeight - m.top - m.bottom),
  };
}

/**
 * Every heading of a body (inside keep-together groups too), by id, in document order.
 *
 * @example
 * collectHeadings({ meta, body: [{ type: "keepTogether", blocks: [h1] }] }).size //=> 1
 */
export function collectHeadings(document: Document): Map<string, Heading> {
  const out = new Map<string, Heading>();
  const walk = (blocks: Document["body"]) => {
    for (const block of blocks) {
      if (block.type === "heading" && !out.has(block.id)) out.set(block.id, block);
      else if (block.type === "keepTogether") walk(block.blocks);
    }
  };
  walk(document.body);
  return out;
}

/**
 * The text a heading shows: its label, the theme's separator and its text ("Article 5 – Objet").
 *
 * @example
 * headingText({ type: "heading", level: 1, id: "a", label: "Article 5", text: "Objet" }, defaultTheme) //=> "Article 5 – Objet"
 */
export function headingText(heading: Heading, theme: Theme): string {
  if (heading.label && heading.text) return `${heading.label}${theme.headingLabelSeparator}${heading.text}`;
  return heading.label || heading.text;
}

/**
 * The bookmark of a heading: its name derived from the heading's id.
 *
 * @example
 * headingBookmark(ctx, "art-5") //=> { name: "art_5", id: 0 }
 */
export function headingBookmark(ctx: RenderContext, id: string): { name: string; id: number } {
  return ctx.bookmarks.get(`heading:${id}`, id);
}

/**
 * The list nested in a list item, if any.
 *
 * @example
 * nestedList({ content: [] }) //=> undefined
 */
export const nestedList = (item: ListItem): List | undefined => item.children;
