import type { Block, Document, Theme } from "@pacte/document";
import type { FontFamily } from "../fonts/font-family";
import { FontStack } from "../fonts/font-stack";
import { pdfIssue } from "../pdf-issue";
import { type Issue, type Lang } from "@pacte/issues";
import { bodyFlow } from "./document-boxes";
import type { FlowBox } from "./flow-box";
import { drawHeaderFooter } from "./header-footer";
import { headingTitle } from "./heading-box";
import type { LayoutContext } from "./layout-context";
import { PageCanvas } from "./page-canvas";
import { pageFrame, type PageFrame } from "./page-frame";
import { paginate, type Pagination } from "./paginate";
import { Shaper } from "./shape-text";
import { tocBoxes, tocEntries, type HeadingInfo } from "./toc-boxes";

/**
 * The smallest text area the engine accepts, in points (width and height).
 *
 * @example
 * MIN_TEXT_AREA //=> 72
 */
export const MIN_TEXT_AREA = 72;
const MAX_TOC_PASSES = 6;

/**
 * A heading once placed: its page and the PDF y of its top.
 *
 * @example
 * layoutDocument(doc, options).headings[0] //=> { id: "art-1", title: "Article 1 – Objet", level: 1, listed: true, path, pageIndex: 0, top: 715.6 }
 */
export interface PlacedHeading extends HeadingInfo {
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
  readonly frame: PageFrame;
  readonly pages: readonly PageCanvas[];
  readonly headings: readonly PlacedHeading[];
  /** The page number (from 1) each table of contents printed for each heading id. */
  readonly tocNumbers: ReadonlyMap<string, number>;
  readonly issues: readonly Issue[];
  readonly stack: FontStack;
}

/**
 * What {@link layoutDocument} needs besides the document.
 *
 * @example
 * const options: LayoutOptions = { theme: defaultTheme, fonts: [], hyphenate: false, lang: "fr" };
 */
export interface LayoutOptions {
  readonly theme: Theme;
  readonly fonts: readonly FontFamily[];
  readonly hyphenate: boolean;
  readonly lang: Lang;
}

function collectHeadings(blocks: readonly Block[], separator: string): HeadingInfo[] {
  const out: HeadingInfo[] = [];
  const visit = (list: readonly Block[], path: (string | number)[]): void => {
    list.forEach((b, i) => {
      if (b.type === "heading") {
        out.push({ id: b.id, level: b.level, title: headingTitle(b, separator), listed: b.toc !== false, path: [...path, i, "text"] });
      } else if (b.type === "keepTogether") visit(b.blocks, [...path, i, "blocks"]);
    });
  };
  visit(blocks, ["body"]);
  return out;
}

const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * Lays a (valid) document out: fonts resolved, body cut into flow boxes, paginated — again
 * while a table of contents' page numbers change the pagination — then every page drawn into
 * a display list with its header and footer ("Page X sur Y" filled now that the count is known).
 * Problems found on the way are returned as issues, never thrown.
 *
 * @example
 * layoutDocument(doc, { theme: defaultTheme, fonts: [], hyphenate: false, lang: "fr" }).pages.length //=> 3
 */
export function layoutDocument(document: Document, options: LayoutOptions): DocumentLayout {
  const { theme, lang } = options;
  const issues: Issue[] = [];
  const stack = FontStack.create(theme.fontFamily, options.fonts, lang);
  issues.push(...stack.issues);
  const frame = pageFrame(document, theme);
  const shaper = new Shaper(stack, issues, lang);
  const headings = collectHeadings(document.body, theme.headingLabelSeparator);
  const refLabels = new Map<string, string>();
  for (const h of headings) if (!refLabels.has(h.id)) refLabels.set(h.id, h.title);
  // A reference shows the heading's label when it has one, else its text (as the DOCX does).
  const labelOf = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.type === "heading" && b.label !== undefined && b.label !== "") refLabels.set(b.id, b.label);
      else if (b.type === "keepTogether") labelOf(b.blocks);
    }
  };
  labelOf(document.body);

  if (frame.contentWidth < MIN_TEXT_AREA || frame.contentHeight < MIN_TEXT_AREA) {
    issues.push(
      pdfIssue(
        "pdf.page_too_small",
        ["page", "margins"],
        { width: Math.round(frame.contentWidth), height: Math.round(frame.contentHeight), minimum: MIN_TEXT_AREA },
        lang,
      ),
    );
    return { frame, pages: [], headings: [], tocNumbers: new Map(), issues, stack };
  }

  const ctx: LayoutContext = { theme, stack, shaper, frame, refLabels, hyphenate: options.hyphenate, issues, lang };
  const flow = bodyFlow(ctx, document.body, ["body"]);

  let numbers = new Map<string, number>();
  let digits = 2;
  let pagination: Pagination = { pages: [[]], anchors: new Map() };
  const passes = flow.tocs.length === 0 ? 1 : MAX_TOC_PASSES;
  let stable = flow.tocs.length === 0;
  for (let pass = 0; pass < passes; pass++) {
    let boxes: FlowBox[] = flow.boxes;
    if (flow.tocs.length > 0) {
      boxes = [];
      let from = 0;
      for (const slot of flow.tocs) {
        boxes.push(...flow.boxes.slice(from, slot.at));
        boxes.push(...tocBoxes(ctx, slot.toc, slot.path, headings, (id) => numbers.get(id), digits));
        from = slot.at;
      }
      boxes.push(...flow.boxes.slice(from));
    }
    pagination = paginate(boxes, frame.contentHeight);
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
  const pages = pagination.pages.map((placements, index) => {
    const canvas = new PageCanvas(index, frame.width, frame.height);
    const fields = { pageNumber: index + 1, pageCount };
    for (const p of placements) p.box.draw(canvas, frame.margins.top + p.top, fields);
    const header = document.header ?? theme.header;
    const footer = document.footer ?? theme.footer;
    drawHeaderFooter(ctx, canvas, header, "header", document.header ? ["header"] : ["theme", "header"], fields);
    drawHeaderFooter(ctx, canvas, footer, "footer", document.footer ? ["footer"] : ["theme", "footer"], fields);
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
    for (const slot of flow.tocs) for (const h of tocEntries(slot.toc, headings)) {
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
  return { frame, pages, headings: placed, tocNumbers, issues: unique, stack };
}
