import { Document as DocxDocument, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { bench, describe } from "vitest";
import { renderDocx } from "./render-docx";
import { longDocument } from "./test-support/long-document";

// About 31 A4 pages once LibreOffice lays it out: table of contents, 16 articles, a 330-row table.
const document = longDocument();

/** The same content written with the plain `docx` API: no validation, styles, TOC entries, determinism. */
function plainDocx(): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const block of document.body) {
    if (block.type === "heading") children.push(new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, text: `${block.label} – ${block.text}` }));
    else if (block.type === "paragraph") children.push(new Paragraph({ children: block.content.map((i) => new TextRun(i.type === "text" ? i.text : "")) }));
    else if (block.type === "list") for (const item of block.items) children.push(new Paragraph({ bullet: { level: 0 }, text: item.content.map((i) => (i.type === "text" ? i.text : "")).join("") }));
    else if (block.type === "table")
      children.push(
        new Table({
          rows: [...block.header, ...block.rows, ...block.totals].map(
            (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell.content.map((i) => (i.type === "text" ? i.text : "")).join(""))] })) }),
          ),
        }),
      );
  }
  return Packer.pack(new DocxDocument({ sections: [{ children }] }), "uint8array");
}

describe("render a ~30-page contract", () => {
  bench("renderDocx (@pacte/docx)", async () => {
    await renderDocx(document);
  });
  bench("plain docx API, same content", async () => {
    await plainDocx();
  });
});
