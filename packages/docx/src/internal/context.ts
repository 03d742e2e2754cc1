import type { Document, List, ListItem, PageGeometry, PreparedDocument, Theme } from "@pacte/document";
import type { BookmarkNames } from "./bookmarks";
import type { PagePlan } from "./page-plan";

/**
 * What every part of the renderer shares during one render; nothing in it outlives the render.
 * Everything the DOCX must say as the PDF does (heading titles, references, tables of contents,
 * signature lines, geometry, theme, header and footer) comes from `prepared`; `document`, `theme`
 * and `geometry` are its parts, named for brevity.
 *
 * @example
 * ctx.bookmarks.get("heading:art-5", "art-5").name //=> "art_5"
 */
export type RenderContext = {
  readonly prepared: PreparedDocument;
  readonly document: Document;
  readonly theme: Theme;
  readonly geometry: PageGeometry;
  readonly bookmarks: BookmarkNames;
  /** The pages as the PDF lays them out: heading pages, page count, where pages start. */
  readonly pages: PagePlan;
  /** Per-render counters: drawing ids, hyperlink relationships, numbering instances, charts. */
  readonly counters: { drawing: number; link: number; list: number; toc: number; chart: number };
  /** Parts written beside those `docx` writes (the charts'), in the order they were made. */
  readonly parts: ExtraPart[];
};

/**
 * A part the renderer adds to the package beside those `docx` writes (a chart's): its path in
 * the zip and its XML.
 *
 * @example
 * const part: ExtraPart = { path: "word/charts/chart1.xml", data: '<?xml version="1.0"?><c:chartSpace …/>' };
 */
export type ExtraPart = { readonly path: string; readonly data: string };

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
