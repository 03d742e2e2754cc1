import { IDENTITY_LOGO_GAP, IDENTITY_LOGO_MAX, type Identities } from "@pacte/document";
import { Paragraph, Table, TableCell, TableRow, type IBorderOptions } from "docx";
import type { RenderContext } from "./context";
import { imageRun } from "./image";
import { textRuns } from "./inlines";
import { STYLE } from "./styles";
import { SIGNATURE_COLUMN_GAP } from "./table";
import { halfPoints, twips } from "./units";

/**
 * The parties' identities at the top of a title page, as the prepared document decided them and
 * the PDF draws them: side by side in a borderless table of one row (the first party on the left,
 * the second on the right, each aligned to its side), each cell holding the party's logo from the
 * theme, then its lines — the first bold at the body size, the others at the small size. The row
 * never splits.
 *
 * @example
 * renderIdentities(ctx, { type: "identities", parties: [{ lines: ["PRÉFÈTE DE LA CREUSE"] }, { lines: ["Département de la Creuse"] }] })
 * //=> a Table of one row of two cells
 */
export function renderIdentities(ctx: RenderContext, block: Identities, breakBefore = false): Table {
  const parties = ctx.prepared.identities.get(block);
  if (parties === undefined) throw new Error("renderIdentities: this block is not one of the prepared document's blocks.");
  const { theme } = ctx;
  const two = parties.length === 2;
  const width = two ? ctx.geometry.textWidth / 2 : ctx.geometry.textWidth;
  const none: IBorderOptions = { style: "nil" };
  const cells = parties.map((party, column) => {
    const paragraphs: Paragraph[] = [];
    const alignment = party.align;
    if (party.logo !== undefined) {
      const inner = two ? width - SIGNATURE_COLUMN_GAP / 2 : width;
      paragraphs.push(
        new Paragraph({
          style: STYLE.identity,
          alignment,
          keepNext: true,
          spacing: { before: 0, after: twips(IDENTITY_LOGO_GAP), line: 240, lineRule: "auto" },
          ...(breakBefore && column === 0 ? { pageBreakBefore: true } : {}),
          children: [imageRun(ctx, party.logo.image, Math.min(IDENTITY_LOGO_MAX.width, inner), IDENTITY_LOGO_MAX.height)],
        }),
      );
    }
    party.lines.forEach((line, k) => {
      paragraphs.push(
        new Paragraph({
          style: STYLE.identity,
          alignment,
          keepNext: true,
          ...(breakBefore && column === 0 && k === 0 && party.logo === undefined ? { pageBreakBefore: true } : {}),
          children: textRuns(line.text, line.strong ? { bold: true, size: halfPoints(theme.sizes.body) } : { size: halfPoints(theme.sizes.small) }),
        }),
      );
    });
    return new TableCell({
      children: paragraphs,
      width: { size: twips(width), type: "dxa" },
      verticalAlign: "top",
      margins: !two ? { left: 0, right: 0 } : column === 0 ? { left: 0, right: twips(SIGNATURE_COLUMN_GAP / 2) } : { left: twips(SIGNATURE_COLUMN_GAP / 2), right: 0 },
    });
  });
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: cells })],
    width: { size: twips(ctx.geometry.textWidth), type: "dxa" },
    columnWidths: parties.map(() => twips(width)),
    layout: "fixed",
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}
