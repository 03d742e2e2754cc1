import type { Block } from "./block";
import type { Document } from "./document";
import type { Inline } from "./inline";
import type { IssuePath } from "@pacte/issues";
import { headingIndex, headingTitle, referenceLabels } from "./heading-index";
import { defaultTheme } from "./theme";
import { mapBlocks } from "./visit-blocks";
import { prepareChart } from "./prepare-chart";
import { frenchTypography } from "./typography/french-spacing";

/** Options of {@link documentPlainText} and {@link documentWords}. */
export interface PlainTextOptions {
  /** Put between a heading's label and its text; the default theme's `" – "` by default. */
  readonly labelSeparator?: string;
  /** The title of a table of contents that has none; the default theme's "Sommaire" by default. */
  readonly tocTitle?: string;
  /** Include the header (first) and footer (last) slots; `false` by default. */
  readonly headerFooter?: boolean;
}

/**
 * The text of a document in reading order, one string per paragraph-like unit: a heading as
 * "label – text", a paragraph, a list item (its sub-items after it), a table's caption then each
 * cell (header, body, totals, row by row), a table of contents' title (not its entries, which
 * repeat the headings), each signatory's role, quality, name and place (not the date, which
 * renderers format: `prepareSignatures` gives the lines as they print them), each issuer line, a
 * chart's title then its data table (not what is drawn inside the chart). A reference without text shows its heading's label (else
 * text); a line break is "\n"; page number and page count fields are skipped (they differ from
 * page to page); images give nothing (alt text is not printed). Blank strings are left out.
 *
 * @example
 * documentPlainText({
 *   meta: { title: "Note", createdAt: "2024-03-12" },
 *   body: [
 *     { type: "heading", level: 1, id: "a1", label: "Article 1", text: "Objet" },
 *     { type: "paragraph", content: [{ type: "text", text: "Voir " }, { type: "ref", target: "a1" }, { type: "text", text: "." }] },
 *   ],
 * })
 * //=> ["Article 1 – Objet", "Voir Article 1."]
 */
export function documentPlainText(doc: Document, options: PlainTextOptions = {}): string[] {
  const separator = options.labelSeparator ?? defaultTheme.headingLabelSeparator;
  const tocTitle = options.tocTitle ?? defaultTheme.tocTitle;
  const refText = referenceLabels(headingIndex(doc, separator));
  const french = (doc.meta.language ?? "fr").toLowerCase().startsWith("fr");
  const chartOptions = { width: 1, lang: french ? ("fr" as const) : ("en" as const), fix: (t: string): string => (french ? frenchTypography(t) : t) };

  const inlineText = (inlines: readonly Inline[]): string =>
    inlines
      .map((i): string => {
        switch (i.type) {
          case "text":
            return i.text;
          case "link":
            return i.children.map((r) => r.text).join("");
          case "ref":
            return i.children === undefined ? (refText.get(i.target) ?? "") : i.children.map((r) => r.text).join("");
          case "lineBreak":
            return "\n";
          case "field":
            return "";
        }
      })
      .join("");

  const out: string[] = [];
  const push = (...texts: ReadonlyArray<string | undefined>): void => {
    for (const t of texts) if (t !== undefined && t.trim() !== "") out.push(t);
  };
  const slots = (part: Document["header"]): void => {
    if (part !== undefined) for (const slot of [part.left, part.center, part.right]) if (slot !== undefined) push(inlineText(slot));
  };
  const visitList = (list: Extract<Block, { type: "list" }>): void => {
    for (const item of list.items) {
      push(inlineText(item.content));
      if (item.children !== undefined) visitList(item.children);
    }
  };
  const visit = (blocks: readonly Block[], path: IssuePath): void => {
    mapBlocks<void>(blocks, path, {
      heading: (b) => push(headingTitle(b, separator)),
      paragraph: (b) => push(inlineText(b.content)),
      list: (b) => visitList(b),
      table: (b) => {
        push(b.caption);
        for (const row of [...b.header, ...b.rows, ...b.totals]) for (const c of row) push(inlineText(c.content));
      },
      keepTogether: (b, at) => visit(b.blocks, [...at, "blocks"]),
      pageBreak: () => undefined,
      toc: (b) => push(b.title ?? tocTitle),
      signatures: (b) => {
        for (const s of b.signatories) push(s.role, s.quality, s.name, s.place);
      },
      image: () => undefined,
      issuerMark: (b) => push(...b.lines),
      identities: (b) => push(...b.parties.flatMap((party) => party.lines)),
      // What both formats print of a chart: its title, then its data table (prepareChart).
      chart: (b) => {
        const table = prepareChart(b, chartOptions).table;
        push(b.title, table.caption);
        for (const row of [...table.header, ...table.rows]) for (const c of row) push(inlineText(c.content));
      },
    });
  };

  if (options.headerFooter === true) slots(doc.header);
  visit(doc.body, ["body"]);
  if (options.headerFooter === true) slots(doc.footer);
  return out;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Every word of {@link documentPlainText}, in order and with repeats: the text split at any
 * white space (no-break spaces included), punctuation trimmed from each end ("«", "–" and ":"
 * alone give nothing; "l’État" and "ddets@creuse.gouv.fr" stay whole).
 *
 * @example
 * documentWords({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [{ type: "paragraph", content: [{ type: "text", text: "Vu l’avis : « favorable »." }] }] })
 * //=> ["Vu", "l’avis", "favorable"]
 */
export function documentWords(doc: Document, options: PlainTextOptions = {}): string[] {
  return documentPlainText(doc, options)
    .flatMap((t) => t.split(/\s+/u))
    .map((w) => w.replace(EDGE, ""))
    .filter((w) => w !== "");
}
