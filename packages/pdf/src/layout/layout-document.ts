import { paginate, type HeadingEntry, type PageGeometry, type Pagination, type PreparedDocument } from "@pacte/document";
import type { FontFamily } from "../fonts/font-family";
import { FontStack } from "../fonts/font-stack";
import { pdfIssue } from "../pdf-issue";
import { type Issue, type Lang } from "@pacte/issues";
import { bodyFlow } from "./document-boxes";
import type { FlowBox } from "./flow-box";
import { drawHeaderFooter } from "./header-footer";
import type { Hyphenation } from "./break-lines";
import type { LayoutContext } from "./layout-context";
import { PageCanvas } from "./page-canvas";
import { Shaper } from "./shape-text";
import { tocBoxes } from "./toc-boxes";
import { documentTags, type DocumentTags } from "../tagging/document-tags";

const MAX_TOC_PASSES = 6;

/**
 * A heading once placed: its page and the PDF y of its top.
 *
 * @example
 * layoutDocument(prepared, options).headings[0] //=> { id: "art-1", title: "Article 1 – Objet", level: 1, listed: true, path, pageIndex: 0, top: 715.6, … }
 */
export interface PlacedHeading extends HeadingEntry {
  readonly pageIndex: number;
  readonly top: number;
}

/**
 * A document laid out and drawn into display lists, page by page.
 *
 * @example
 * layoutDocument(doc, options).pages.length //=> 8
 */
export interface DocumentLayout {
  readonly frame: PageGeometry;
  readonly pages: readonly PageCanvas[];
  readonly headings: readonly PlacedHeading[];
  /** The page number (from 1) each table of contents printed for each heading id. */
  readonly tocNumbers: ReadonlyMap<string, number>;
  readonly issues: readonly Issue[];
  readonly stack: FontStack;
  /** The structure tree the pages' content belongs to. */
  readonly tags: DocumentTags;
}

/**
 * What {@link layoutDocument} needs besides the document.
 *
 * @example
 * const options: LayoutOptions = { fonts: [], hyphenate: null, lang: "fr" };
 */
export interface LayoutOptions {
  readonly fonts: readonly FontFamily[];
  /** Automatic hyphenation (`frenchHyphenation`), or `null` for none. */
  readonly hyphenate: Hyphenation | null;
  readonly lang: Lang;
  /** Whether each page's `texts` reports the text drawn (default true): `renderPdf`, which returns no layout, leaves it out. */
  readonly reportTexts?: boolean;
}

const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * Lays a prepared document out: fonts resolved, body cut into flow boxes, paginated — again
 * while a table of contents' page numbers change the pagination — then every page drawn into
 * a display list with its header and footer ("Page X sur Y" filled now that the count is known).
 * Problems found on the way are returned as issues, never thrown.
 *
 * @example
 * layoutDocument(prepareDocumentOrThrow(doc), { fonts: [], hyphenate: null, lang: "fr" }).pages.length //=> 3
 */
export function layoutDocument(prepared: PreparedDocument, options: LayoutOptions): DocumentLayout {
  const { lang } = options;
  const { theme, document, headings } = prepared;
  const frame = prepared.geometry;
  const issues: Issue[] = [];
  const stack = FontStack.create(theme.fontFamily, options.fonts, lang);
  issues.push(...stack.issues);
  const shaper = new Shaper(stack, issues, lang);

  const tags = documentTags(headings);
  const ctx: LayoutContext = { prepared, theme, stack, shaper, frame, hyphenate: options.hyphenate, issues, lang, tags };
  const flow = bodyFlow(ctx, document.body, ["body"]);

  let numbers = new Map<string, number>();
  let digits = 2;
  let pagination: Pagination<FlowBox> = { pages: [[]], anchors: new Map() };
  const passes = flow.tocs.length === 0 ? 1 : MAX_TOC_PASSES;
  let stable = flow.tocs.length === 0;
  for (let pass = 0; pass < passes; pass++) {
    let boxes: FlowBox[] = flow.boxes;
    if (flow.tocs.length > 0) {
      boxes = [];
      let from = 0;
      for (const slot of flow.tocs) {
        boxes.push(...flow.boxes.slice(from, slot.at));
        boxes.push(...tocBoxes(ctx, slot.toc, (id) => numbers.get(id), digits));
        from = slot.at;
      }
      boxes.push(...flow.boxes.slice(from));
    }
    pagination = paginate(boxes, frame.textHeight);
    if (flow.tocs.length === 0) break;
    const next = new Map<string, number>();
    for (const [id, page] of pagination.anchors) next.set(id, page + 1);
    const nextDigits = Math.max(2, String(pagination.pages.length).length);
    if (pass > 0 && sameNumbers(next, numbers) && nextDigits === digits) {
      stable = true;
      break;
    }
    numbers = next;
    digits = nextDigits;
  }
  if (!stable) issues.push(pdfIssue("pdf.toc_unstable", ["body"], { passes: MAX_TOC_PASSES }, lang));

  const pageCount = pagination.pages.length;
  // A box placed a second time is a table's header rows repeated on a new page: an artifact.
  const drawn = new Set<FlowBox>();
  const pages = pagination.pages.map((placements, index) => {
    const canvas = new PageCanvas(index, frame.width, frame.height, options.reportTexts !== false);
    const fields = { pageNumber: index + 1, pageCount };
    for (const p of placements) {
      const draw = () => p.box.draw(canvas, frame.margins.top + p.top, fields);
      if (drawn.has(p.box)) canvas.artifact("pagination", draw);
      else draw();
      drawn.add(p.box);
    }
    drawHeaderFooter(ctx, canvas, prepared.header, "header", fields);
    drawHeaderFooter(ctx, canvas, prepared.footer, "footer", fields);
    return canvas;
  });

  const placed: PlacedHeading[] = [];
  const anchorAt = new Map<string, { pageIndex: number; top: number }>();
  for (const canvas of pages) {
    for (const a of canvas.anchors) if (!anchorAt.has(a.id)) anchorAt.set(a.id, { pageIndex: canvas.index, top: a.top });
  }
  for (const h of headings) {
    const at = anchorAt.get(h.id);
    if (at) placed.push({ ...h, ...at });
  }
  const tocNumbers = new Map<string, number>();
  if (flow.tocs.length > 0) {
    for (const slot of flow.tocs) for (const h of slot.toc.entries) {
      const n = numbers.get(h.id);
      if (n !== undefined) tocNumbers.set(h.id, n);
    }
  }
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.code}|${i.path.join("/")}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { frame, pages, headings: placed, tocNumbers, issues: unique, stack, tags };
}
