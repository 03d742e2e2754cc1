// pdfmake on any @pacte/document Document, for the root benchmark table (`scripts/bench-table.ts`).
//
// packages/pdf/bench/pdfmake-document.ts converts every block and inline type, but its header and
// footer are those of its own synthetic contract (a fixed "… — Creuse" header on pages 2+, a
// centred "Page X sur Y" footer) and its margins are the theme's. This file reuses that converter
// and replaces those three parts with the document's own: `document.header`/`document.footer`
// (the theme's when absent, as @pacte/pdf does) in their three slots with page fields filled, and
// `document.page` margins and orientation. It also loads pdfmake with the same font files as
// @pacte/pdf (Pacte Sans = Liberation Sans), so both engines lay out the same glyphs.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { resolveTheme, type Document, type HeaderFooter, type Inline, type TextRun } from "@pacte/document";
import { pdfmakeDefinition } from "../packages/pdf/bench/pdfmake-document";

/** The part of pdfmake 0.3's server-side API the benchmark uses. */
interface PdfMake {
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  addFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> };
}

const theme = resolveTheme();
const PDF_PACKAGE = new URL("../packages/pdf/", import.meta.url);

/** The text of a header/footer slot for one page (fields filled, links and refs as their text). */
function slotText(content: readonly Inline[], page: number, count: number): Record<string, unknown>[] {
  const run = (r: TextRun): Record<string, unknown> => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) });
  return content.map((i): Record<string, unknown> => {
    switch (i.type) {
      case "text":
        return run(i);
      case "link":
        return { text: i.children.map(run) };
      case "ref":
        return { text: i.children ? i.children.map(run) : i.target };
      case "field":
        return { text: String(i.field === "pageNumber" ? page : count) };
      case "lineBreak":
        return { text: "\n" };
    }
    return { text: "" };
  });
}

/** A header or footer as a pdfmake dynamic header/footer: three columns, left, centre, right. */
function band(hf: HeaderFooter | undefined, where: "header" | "footer", margins: { left: number; right: number }) {
  if (hf === undefined) return undefined;
  const slots = [
    ["left", hf.left],
    ["center", hf.center],
    ["right", hf.right],
  ] as const;
  return (page: number, count: number): Record<string, unknown> | null => {
    if (page === 1 && hf.firstPage === false) return null;
    return {
      // The left slot takes the room the others leave, as in @pacte/pdf (a long reference on one line).
      columns: slots.map(([alignment, content]) => ({ width: alignment === "left" ? "*" : "auto", alignment, text: content ? slotText(content, page, count) : "" })),
      fontSize: where === "header" ? theme.sizes.header : theme.sizes.footer,
      color: `#${theme.colors.muted}`,
      // pdfmake places a header from the page's top edge and a footer from the bottom margin's top:
      // put the text at the theme's distance from the edge, as @pacte/pdf does.
      margin: [margins.left, where === "header" ? theme.page.headerDistance : 0, margins.right, 0],
    };
  };
}

/**
 * The pdfmake document definition of `document`: packages/pdf's benchmark converter for the body,
 * with the document's own header, footer, margins and orientation (fonts named "Pacte").
 *
 * @example
 * pdfmakeDefinitionOf(contractToDocument(contract)).pageSize //=> "A4"
 */
export function pdfmakeDefinitionOf(document: Document): Record<string, unknown> {
  const base = pdfmakeDefinition(document);
  const own = document.page?.margins ?? {};
  const t = theme.page.margins;
  const m = { top: own.top ?? t.top, right: own.right ?? t.right, bottom: own.bottom ?? t.bottom, left: own.left ?? t.left };
  const footer = band(document.footer ?? theme.footer, "footer", m);
  const header = band(document.header ?? theme.header, "header", m);
  // The footer's text sits footerDistance above the bottom edge: pdfmake's footer area starts at
  // the bottom margin's top, so push it down by the difference (one line's height is ~10 pt).
  const footerTop = Math.max(0, m.bottom - theme.page.footerDistance - theme.sizes.footer * 1.2);
  return {
    ...base,
    pageMargins: [m.left, m.top, m.right, m.bottom],
    pageOrientation: document.page?.orientation ?? "portrait",
    header: header ?? null,
    footer: footer
      ? (page: number, count: number) => {
          const f = footer(page, count);
          return f === null ? null : { ...f, margin: [m.left, footerTop, m.right, 0] };
        }
      : null,
  };
}

/**
 * pdfmake (the copy packages/pdf depends on), loaded once with Pacte Sans' four files and no
 * access to URLs.
 *
 * @example
 * const bytes = await loadPdfmake().createPdf(pdfmakeDefinitionOf(doc)).getBuffer();
 */
export function loadPdfmake(): PdfMake {
  const require = createRequire(new URL("package.json", PDF_PACKAGE));
  const pdfmake = require("pdfmake") as PdfMake;
  const font = (style: string): string => fileURLToPath(new URL(`assets/fonts/PacteSans-${style}.ttf`, PDF_PACKAGE));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  pdfmake.addFonts({ Pacte: { normal: font("Regular"), bold: font("Bold"), italics: font("Italic"), bolditalics: font("BoldItalic") } });
  return pdfmake;
}

/**
 * The version of the pdfmake package {@link loadPdfmake} loads, or `undefined`.
 *
 * @example
 * pdfmakeVersion() //=> "0.3.11"
 */
export function pdfmakeVersion(): string | undefined {
  try {
    const require = createRequire(new URL("package.json", PDF_PACKAGE));
    return (require("pdfmake/package.json") as { version?: string }).version;
  } catch {
    return undefined;
  }
}
