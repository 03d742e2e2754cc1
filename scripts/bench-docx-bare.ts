// The bare `docx` API writing the same paragraphs and tables as @pacte/docx, for the benchmark
// table: the text runs with their bold, italic and underline, headings at their level with a
// bookmark, the table of contents field, lists, tables with their header rows repeated, the
// signatories side by side, images, a header and a footer with the page number — packed to a
// Uint8Array by the same `docx` version. What it leaves out is what @pacte/docx adds on top:
// validation, the prepared document, styles and numbering of our own, page-plan widths, the
// chart parts, the accessibility properties, and the zip made deterministic.
import {
  AlignmentType,
  Bookmark,
  Document as DocxDocument,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, Document, Inline, TableRow as PacteRow, TextRun as PacteRun } from "@pacte/document";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

const run = (r: PacteRun): TextRun => new TextRun({ text: r.text, bold: r.bold === true, italics: r.italic === true, ...(r.underline ? { underline: {} } : {}), superScript: r.superscript === true });

function inlines(content: readonly Inline[]): ParagraphChild[] {
  return content.map((i): ParagraphChild => {
    switch (i.type) {
      case "text":
        return run(i);
      case "link":
        return new ExternalHyperlink({ link: i.href, children: i.children.map(run) });
      case "ref":
        return new InternalHyperlink({ anchor: i.target, children: (i.children ?? [{ type: "text", text: i.target }]).map(run) });
      case "field":
        return new TextRun({ children: [PageNumber.CURRENT] });
      case "lineBreak":
        return new TextRun({ break: 1 });
    }
  });
}

function table(t: Extract<Block, { type: "table" }>): (Paragraph | Table)[] {
  const row = (r: PacteRow, header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: r.map((cell) => new TableCell({ columnSpan: cell.colSpan ?? 1, children: [new Paragraph({ children: inlines(cell.content) })] })),
    });
  return [
    ...(t.caption ? [new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })] })] : []),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false)), ...t.totals.map((r) => row(r, false))],
    }),
  ];
}

function blocks(list: readonly Block[]): (Paragraph | Table | TableOfContents)[] {
  return list.flatMap((b): (Paragraph | Table | TableOfContents)[] => {
    switch (b.type) {
      case "heading": {
        const title = b.label ? `${b.label} – ${b.text}` : b.text;
        return [new Paragraph({ heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_4, pageBreakBefore: b.pageBreakBefore === true, children: [new Bookmark({ id: b.id, children: [new TextRun(title)] })] })];
      }
      case "paragraph":
        return [new Paragraph({ alignment: b.align === "center" || b.style === "title" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: inlines(b.content) })];
      case "list":
        return b.items.flatMap((it) => [new Paragraph({ bullet: { level: 0 }, children: inlines(it.content) }), ...(it.children ? blocks([it.children]) : [])]);
      case "table":
        return table(b);
      case "keepTogether":
        return blocks(b.blocks);
      case "pageBreak":
        return [new Paragraph({ children: [new PageBreak()] })];
      case "toc":
        return [new Paragraph({ children: [new TextRun({ text: b.title ?? "Sommaire", bold: true })] }), new TableOfContents(b.title ?? "Sommaire", { hyperlink: true, headingStyleRange: "1-2" })];
      case "signatures":
        return [
          new Table({
            rows: [
              new TableRow({
                cantSplit: true,
                children: b.signatories.map(
                  (s) =>
                    new TableCell({
                      children: [s.role, s.quality, `Fait à ${s.place ?? ""}${s.date ? `, le ${s.date}` : ""}`, "", s.name].map((line) => new Paragraph({ children: [new TextRun(line)] })),
                    }),
                ),
              }),
            ],
          }),
        ];
      case "image":
        return [new Paragraph({ children: [new ImageRun({ type: b.mimeType === "image/png" ? "png" : "jpg", data: b.data, transformation: { width: b.width ?? 120, height: b.height ?? 60 } })] })];
      case "issuerMark":
        return b.lines.map((l, i) => new Paragraph({ children: [new TextRun({ text: l, bold: i === 0 })] }));
      case "identities":
        return b.parties.flatMap((party) => party.lines.map((l) => new Paragraph({ children: [new TextRun(l)] })));
      case "chart":
        // Drawn as a native chart by @pacte/docx; here its title and data as a table.
        return [
          new Paragraph({ children: [new TextRun({ text: b.title, bold: true })] }),
          new Table({
            rows: [["", ...b.series.map((s) => s.name)], ...b.categories.map((c, k) => [c, ...b.series.map((s) => String(s.values[k] ?? ""))])].map(
              (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
            ),
          }),
        ];
    }
  });
}

/**
 * The document written with the bare `docx` API and packed, as a user without @pacte/docx would.
 *
 * @example
 * const bytes = await bareDocx(contractToDocument(contract));
 */
export function bareDocx(doc: Document): Promise<Uint8Array> {
  return Packer.pack(
    new DocxDocument({
      title: doc.meta.title,
      features: { updateFields: true },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(doc.meta.title)] })] }) },
          footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " sur ", PageNumber.TOTAL_PAGES] })] })] }) },
          children: blocks(doc.body),
        },
      ],
    }),
    "uint8array",
  );
}
