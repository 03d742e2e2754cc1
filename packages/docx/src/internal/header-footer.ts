import type { HeaderFooter } from "@pacte/document";
import { Footer, Header, Paragraph, Tab, TextRun, type ParagraphChild } from "docx";
import type { RenderContext } from "./context";
import { renderInlines } from "./inlines";
import { STYLE } from "./styles";
import { twips } from "./units";

/** One line with three slots: left, centred on a centre tab, right-aligned on a right tab at the margin. */
function line(ctx: RenderContext, hf: HeaderFooter, style: string): Paragraph {
  const tab = (): ParagraphChild => new TextRun({ children: [new Tab()] });
  const children: ParagraphChild[] = [...renderInlines(ctx, hf.left ?? [])];
  if (hf.center?.length || hf.right?.length) children.push(tab(), ...renderInlines(ctx, hf.center ?? []));
  if (hf.right?.length) children.push(tab(), ...renderInlines(ctx, hf.right));
  const w = ctx.geometry.textWidth;
  return new Paragraph({
    style,
    tabStops: [
      { type: "center", position: twips(w / 2) },
      { type: "right", position: twips(w) },
    ],
    children,
  });
}

/**
 * The header and footer of the section, as the prepared document resolved them (the document's
 * own, else the theme's).
 *
 * @example
 * headersAndFooters(ctx).footers.default //=> a Footer with "Page {PAGE} sur {NUMPAGES}" (default theme)
 */
export function headersAndFooters(ctx: RenderContext) {
  const headerOut = ctx.prepared.header?.content;
  const footerOut = ctx.prepared.footer?.content;
  const blankFirst = ctx.prepared.header?.firstPage === false || ctx.prepared.footer?.firstPage === false;
  return {
    titlePage: blankFirst,
    headers: {
      ...(headerOut ? { default: new Header({ children: [line(ctx, headerOut, STYLE.header)] }) } : {}),
      ...(blankFirst ? { first: new Header({ children: [headerOut && headerOut.firstPage !== false ? line(ctx, headerOut, STYLE.header) : new Paragraph({ style: STYLE.header })] }) } : {}),
    },
    footers: {
      ...(footerOut ? { default: new Footer({ children: [line(ctx, footerOut, STYLE.footer)] }) } : {}),
      ...(blankFirst ? { first: new Footer({ children: [footerOut && footerOut.firstPage !== false ? line(ctx, footerOut, STYLE.footer) : new Paragraph({ style: STYLE.footer })] }) } : {}),
    },
  };
}
