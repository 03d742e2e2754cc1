// Turns a @pacte/document Document into a pdfmake document definition, for the benchmark only:
// the same content, fonts, sizes, margins, header and footer, table of contents and tables, so
// that both engines do the same work.
import { formatDate, resolveTheme, type Block, type Document, type Inline, type TableRow, type TextRun } from "@pacte/document";

type Node = Record<string, unknown> | string | Node[];

const theme = resolveTheme();
const color = (hex: string): string => `#${hex}`;

function run(r: TextRun, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic ? { italics: true } : {}),
    ...(r.underline ? { decoration: "underline" } : {}),
    ...(r.superscript ? { sup: true } : {}),
    ...extra,
  };
}

function inlines(content: readonly Inline[], labels: ReadonlyMap<string, string>): Node[] {
  return content.map((i): Node => {
    switch (i.type) {
      case "text":
        return run(i);
      case "link":
        return { text: i.children.map((c) => run(c)), link: i.href, color: color(theme.colors.link), decoration: "underline" };
      case "ref":
        return { text: i.children ? i.children.map((c) => run(c)) : (labels.get(i.target) ?? i.target), linkToDestination: i.target, color: color(theme.colors.link) };
      case "field":
        return "";
      case "lineBreak":
        return "\n";
    }
    return "";
  });
}

function table(t: Extract<Block, { type: "table" }>, labels: ReadonlyMap<string, string>): Node {
  const widths = t.columns.map((c) => (c.width === undefined || c.width === "auto" ? "auto" : "pt" in c.width ? c.width.pt : "*"));
  const row = (r: TableRow, fill?: string, bold?: boolean): Node[] => {
    const cells: Node[] = [];
    r.forEach((cell, i) => {
      cells.push({
        text: inlines(cell.content, labels),
        alignment: cell.align ?? t.columns[i]?.align ?? "left",
        ...(cell.colSpan && cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        ...(fill ? { fillColor: fill } : {}),
        ...(bold || cell.bold ? { bold: true } : {}),
      });
      for (let k = 1; k < (cell.colSpan ?? 1); k++) cells.push("");
    });
    return cells;
  };
  return [
    ...(t.caption ? [{ text: t.caption, bold: true, fontSize: theme.sizes.table, margin: [0, 6, 0, 3] }] : []),
    {
      table: {
        headerRows: t.header.length,
        dontBreakRows: true,
        widths,
        body: [
          ...t.header.map((r) => row(r, color(theme.colors.tableHeaderBackground), true)),
          ...t.rows.map((r) => row(r)),
          ...t.totals.map((r) => row(r, color(theme.colors.tableTotalBackground), true)),
        ],
      },
      fontSize: theme.sizes.table,
      margin: [0, 0, 0, theme.spacing.paragraphAfter],
    },
  ];
}

function blocks(list: readonly Block[], labels: ReadonlyMap<string, string>): Node[] {
  return list.map((b): Node => {
    switch (b.type) {
      case "heading": {
        const title = b.label ? `${b.label}${theme.headingLabelSeparator}${b.text}` : b.text;
        const size = [theme.sizes.heading1, theme.sizes.heading2, theme.sizes.heading3, theme.sizes.heading4][b.level - 1];
        return {
          text: title,
          id: b.id,
          bold: true,
          fontSize: size,
          color: color(theme.colors.heading),
          tocItem: b.toc !== false && b.level <= 2,
          tocMargin: [(b.level - 1) * 14, 0, 0, 0],
          headlineLevel: b.level,
          margin: [0, theme.spacing.headingBefore[b.level - 1] ?? 0, 0, theme.spacing.headingAfter[b.level - 1] ?? 0],
          ...(b.pageBreakBefore ? { pageBreak: "before" } : {}),
        };
      }
      case "paragraph":
        return {
          text: inlines(b.content, labels),
          alignment: b.align ?? (b.style === "title" || b.style === "subtitle" || b.style === "center" ? "center" : "left"),
          fontSize: b.style === "title" ? theme.sizes.title : b.style === "subtitle" ? theme.sizes.subtitle : theme.sizes.body,
          ...(b.style === "title" ? { bold: true, color: color(theme.colors.heading) } : {}),
          margin: [b.style === "quote" ? theme.spacing.quoteIndent : 0, 0, 0, theme.spacing.paragraphAfter],
        };
      case "list": {
        const items = b.items.map((it): Node => (it.children ? [{ text: inlines(it.content, labels) }, blocks([it.children], labels)[0] ?? ""] : { text: inlines(it.content, labels) }));
        return b.ordered ? { ol: items, margin: [0, 3, 0, 6] } : { ul: items, margin: [0, 3, 0, 6] };
      }
      case "table":
        return table(b, labels);
      case "keepTogether":
        return { stack: blocks(b.blocks, labels), unbreakable: true };
      case "pageBreak":
        return { text: "", pageBreak: "after" };
      case "toc":
        return { toc: { title: { text: b.title ?? theme.tocTitle, bold: true, fontSize: theme.sizes.heading1, color: color(theme.colors.heading), margin: [0, 0, 0, 8] } } };
      case "signatures":
        return {
          columns: b.signatories.map((s) => ({
            stack: [
              { text: s.role, bold: true },
              s.quality,
              { text: `Fait à ${s.place ?? ""}${s.date ? `, le ${formatDate(s.date)}` : ""}`, italics: true },
              { text: " ", margin: [0, 0, 0, 72] },
              { text: s.name, bold: true },
            ],
          })),
          columnGap: 28,
          unbreakable: true,
          margin: [0, 18, 0, 6],
        };
      case "image":
        return { image: `data:${b.mimeType};base64,${Buffer.from(b.data).toString("base64")}`, width: b.width ?? 120 };
      case "issuerMark":
        return { stack: b.lines.map((l, i) => ({ text: l, bold: i === 0, fontSize: i === 0 ? theme.sizes.body : theme.sizes.small })), margin: [0, 0, 0, 18] };
    }
    return "";
  });
}

/**
 * The pdfmake document definition of a Document (fonts named "Pacte").
 *
 * @example
 * pdfmakeDefinition(sampleDocument()).pageSize //=> "A4"
 */
export function pdfmakeDefinition(doc: Document): Record<string, unknown> {
  const labels = new Map<string, string>();
  const collect = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.type === "heading") labels.set(b.id, b.label ?? b.text);
      else if (b.type === "keepTogether") collect(b.blocks);
    }
  };
  collect(doc.body);
  const m = theme.page.margins;
  return {
    pageSize: "A4",
    pageMargins: [m.left, m.top, m.right, m.bottom],
    info: { title: doc.meta.title, author: (doc.meta.authors ?? []).join(", "), subject: doc.meta.subject ?? "" },
    defaultStyle: { font: "Pacte", fontSize: theme.sizes.body, lineHeight: 1.12, color: color(theme.colors.text) },
    header: (page: number) =>
      page === 1 ? null : { text: "Contrat local des solidarités — Creuse", alignment: "right", fontSize: theme.sizes.header, color: color(theme.colors.muted), margin: [m.left, theme.page.headerDistance, m.right, 0] },
    footer: (page: number, count: number) => ({ text: `Page ${page} sur ${count}`, alignment: "center", fontSize: theme.sizes.footer, color: color(theme.colors.muted), margin: [0, 20, 0, 0] }),
    content: blocks(doc.body, labels),
  };
}
