import { frenchTypography, type Block, type Document, type HeaderFooter, type Inline, type ListItem, type TableRow, type TextRun } from "@pacte/document";

const fix = (s: string): string => frenchTypography(s);

function inline(i: Inline): Inline {
  switch (i.type) {
    case "text":
      return { ...i, text: fix(i.text) };
    case "link":
      return { ...i, children: i.children.map((c) => ({ ...c, text: fix(c.text) })) };
    case "ref":
      return i.children === undefined ? i : { ...i, children: i.children.map((c) => ({ ...c, text: fix(c.text) })) };
    default:
      return i;
  }
}

const firstText = (i: Inline | undefined): string =>
  i === undefined ? "" : i.type === "text" ? i.text : i.type === "ref" || i.type === "link" ? (i.children?.[0]?.text ?? "") : "";
const lastText = (i: Inline | undefined): string =>
  i === undefined ? "" : i.type === "text" ? i.text : i.type === "ref" || i.type === "link" ? (i.children?.at(-1)?.text ?? "") : "";

const sameMarks = (a: TextRun, b: TextRun): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.superscript === b.superscript;

/** Typesets a run that follows other text: the last character before it decides the spaces at its start (« annexe 1 » + « ; »). */
function fixAfter(before: string, text: string): string {
  const prev = Array.from(before).at(-1) ?? "";
  if (prev === "" || !/[\p{L}\p{N}).\]%€]/u.test(prev)) return fix(text);
  const out = fix(prev + text);
  return out.startsWith(prev) ? out.slice(prev.length) : fix(text);
}

/**
 * Each inline typeset: adjacent runs with the same marks are merged first, a run is typeset in
 * the context of the text before it, and an apostrophe that ends a run before a word in the
 * next inline (« à l'» + « article 5 ») becomes ’.
 */
function inlines(list: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const i of list) {
    const last = merged[merged.length - 1];
    if (i.type === "text" && last?.type === "text" && sameMarks(last, i)) merged[merged.length - 1] = { ...last, text: last.text + i.text };
    else merged.push(i);
  }
  const out: Inline[] = merged.map((i, k) => {
    if (i.type !== "text" || k === 0) return inline(i);
    return { ...i, text: fixAfter(lastText(merged[k - 1]), i.text) };
  });
  for (let k = 0; k < out.length - 1; k++) {
    const run = out[k];
    if (run?.type === "text" && /\p{L}'$/u.test(run.text) && /^\p{L}/u.test(firstText(out[k + 1]))) {
      out[k] = { ...run, text: `${run.text.slice(0, -1)}\u2019` };
    }
  }
  return out;
}

const rows = (list: readonly TableRow[]): TableRow[] => list.map((r) => r.map((c) => ({ ...c, content: inlines(c.content) })));

function item(i: ListItem): ListItem {
  const out: ListItem = { content: inlines(i.content) };
  if (i.children !== undefined) out.children = { ...i.children, items: i.children.items.map(item) };
  return out;
}

function block(b: Block): Block {
  switch (b.type) {
    case "heading":
      return b.label === undefined ? { ...b, text: fix(b.text) } : { ...b, text: fix(b.text), label: fix(b.label) };
    case "paragraph":
      return { ...b, content: inlines(b.content) };
    case "list":
      return { ...b, items: b.items.map(item) };
    case "table": {
      const t = { ...b, header: rows(b.header), rows: rows(b.rows), totals: rows(b.totals) };
      if (b.caption !== undefined) t.caption = fix(b.caption);
      return t;
    }
    case "keepTogether":
      return { ...b, blocks: b.blocks.map(block) };
    case "toc":
      return b.title === undefined ? b : { ...b, title: fix(b.title) };
    case "signatures":
      return {
        ...b,
        signatories: b.signatories.map((s) => {
          const out = { ...s, role: fix(s.role), quality: fix(s.quality), name: fix(s.name) };
          if (s.place !== undefined) out.place = fix(s.place);
          return out;
        }),
      };
    case "issuerMark":
      return { ...b, lines: b.lines.map(fix) };
    default:
      return b;
  }
}

function headerFooter(h: HeaderFooter): HeaderFooter {
  const out: HeaderFooter = { ...h };
  if (h.left !== undefined) out.left = inlines(h.left);
  if (h.center !== undefined) out.center = inlines(h.center);
  if (h.right !== undefined) out.right = inlines(h.right);
  return out;
}

/**
 * The document with French typography applied to every text a reader sees (runs, headings and
 * their labels, cells, captions, signatories, issuer lines, header, footer, title, subject,
 * keywords, authors): no-break spaces before `: ; ! ?` and inside « », typographic apostrophes,
 * no-break spaces in `n° 5` and `50 %`. Ids, dates and addresses are left as they are.
 */
export function withFrenchTypography(doc: Document): Document {
  const meta = { ...doc.meta, title: fix(doc.meta.title) };
  if (doc.meta.subject !== undefined) meta.subject = fix(doc.meta.subject);
  if (doc.meta.keywords !== undefined) meta.keywords = doc.meta.keywords.map(fix);
  if (doc.meta.authors !== undefined) meta.authors = doc.meta.authors.map(fix);
  const out: Document = { ...doc, meta, body: doc.body.map(block) };
  if (doc.header !== undefined) out.header = headerFooter(doc.header);
  if (doc.footer !== undefined) out.footer = headerFooter(doc.footer);
  return out;
}
