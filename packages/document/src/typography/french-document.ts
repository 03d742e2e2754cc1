import type { Block, ListItem, TableRow } from "../block";
import type { Document } from "../document";
import type { HeaderFooter } from "../header-footer";
import type { Inline, TextRun } from "../inline";
import { mapBlock } from "../visit-blocks";
import { frenchLineBreaks } from "./french-line-breaks";
import { frenchTypography, type FrenchTypographyOptions } from "./french-spacing";
import { frenchSuperscripts } from "./french-superscripts";
import { memoizedText } from "./internal/text-memo";

/**
 * Options of {@link withFrenchTypography}: those of `frenchTypography`, and whether to join what
 * must not break across a line end (`frenchLineBreaks`) and to raise the superscripts of French
 * typography (`frenchSuperscripts`), both on by default.
 *
 * @example
 * const options: FrenchDocumentOptions = { style: "narrow-everywhere", superscripts: false };
 */
export interface FrenchDocumentOptions extends FrenchTypographyOptions {
  /** Joins dates, numbered references, amounts, titles and compound proper names (`frenchLineBreaks`). On by default. */
  readonly lineBreaks?: boolean;
  /** Raises « 1er », « 2e », « Mme », « Mlle », « n° » in inline content (`frenchSuperscripts`). On by default. */
  readonly superscripts?: boolean;
}

/**
 * The memo key of the options, naming every one the fixes read as they read it; `undefined` for a
 * style that is not a string, which `frenchTypography` refuses and which no memo may answer for.
 */
function optionsKey(options: FrenchDocumentOptions): string | undefined {
  const style: unknown = options.style;
  if (style !== undefined && typeof style !== "string") return undefined;
  const flags = [options.apostrophes !== false, options.quotes !== false, options.ellipsis === true, options.units !== false, options.lineBreaks !== false];
  return `${style ?? ""}|${flags.map((f) => (f ? 1 : 0)).join("")}`;
}

/** `fix` memoised under `part` and the options (see `memoizedText`), or as it is when the options cannot be keyed. */
function memoized(part: string, options: FrenchDocumentOptions, fix: Fix): Fix {
  const key = optionsKey(options);
  return key === undefined ? fix : memoizedText(`${part}|${key}`, fix);
}

/** The text fix of a document: spacing, then the joins unless turned off. */
const documentFix = (options: FrenchDocumentOptions): Fix =>
  memoized(
    "text",
    options,
    options.lineBreaks === false ? (s) => frenchTypography(s, options) : (s) => frenchLineBreaks(frenchTypography(s, options)),
  );

/** Inline content typeset, then its superscripts raised unless turned off. */
const documentInlines = (fix: Fix, options: FrenchDocumentOptions) => (list: readonly Inline[]): Inline[] => {
  const typeset = typesetInlines(fix, list);
  return options.superscripts === false ? typeset : frenchSuperscripts(typeset);
};

type Fix = (text: string) => string;

const firstText = (i: Inline | undefined): string =>
  i === undefined ? "" : i.type === "text" ? i.text : i.type === "ref" || i.type === "link" ? (i.children?.[0]?.text ?? "") : "";
const lastText = (i: Inline | undefined): string =>
  i === undefined ? "" : i.type === "text" ? i.text : i.type === "ref" || i.type === "link" ? (i.children?.at(-1)?.text ?? "") : "";
const shownText = (list: readonly Inline[]): string => list.map((i) => (i.type === "text" ? i.text : i.type === "lineBreak" ? "\n" : (i.type === "link" || i.type === "ref") ? (i.children ?? []).map((c) => c.text).join("") : "\u0000")).join("");

const sameMarks = (a: TextRun, b: TextRun): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.superscript === b.superscript;

/** The last code point of `text` (a lone surrogate counts as one), or "". */
function lastCharacter(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const high = text.charCodeAt(text.length - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? -2 : -1);
}

/** A run that follows other text, typeset in the context of the character before it (« annexe 1 » + « ; »). */
function fixAfter(fix: Fix, before: string, text: string): string {
  const prev = lastCharacter(before);
  if (prev === "" || !/[\p{L}\p{N}).\]%€]/u.test(prev)) return fix(text);
  const out = fix(prev + text);
  return out.startsWith(prev) ? out.slice(prev.length) : fix(text);
}

function fixInline(fix: Fix, i: Inline): Inline {
  switch (i.type) {
    case "text":
      return { ...i, text: fix(i.text) };
    case "link":
      return { ...i, children: i.children.map((c) => ({ ...c, text: fix(c.text) })) };
    case "ref":
      return i.children === undefined ? i : { ...i, children: i.children.map((c) => ({ ...c, text: fix(c.text) })) };
    case "field":
    case "lineBreak":
      return i;
  }
}

/** Each inline typeset in the context of the one before it; an apostrophe ending a run before a word (« à l'» + « article 5 ») becomes ’. */
function typesetSequence(fix: Fix, list: readonly Inline[]): Inline[] {
  const out = list.map((i, k) => (i.type !== "text" || k === 0 ? fixInline(fix, i) : { ...i, text: fixAfter(fix, lastText(list[k - 1]), i.text) }));
  for (let k = 0; k < out.length - 1; k++) {
    const run = out[k];
    if (run?.type === "text" && /\p{L}'$/u.test(run.text) && /^\p{L}/u.test(firstText(out[k + 1]))) {
      out[k] = { ...run, text: `${run.text.slice(0, -1)}\u2019` };
    }
  }
  return out;
}

/**
 * Inline content typeset. Adjacent runs with the same marks read as one text (a quotation opened
 * in one and closed in the next), so they are typeset together; they are merged into one run
 * only when that changes the result, so that the runs (and the paths issues point to) stay as
 * given otherwise.
 */
function typesetInlines(fix: Fix, list: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const i of list) {
    const last = merged[merged.length - 1];
    if (i.type === "text" && last?.type === "text" && sameMarks(last, i)) merged[merged.length - 1] = { ...last, text: last.text + i.text };
    else merged.push(i);
  }
  const together = typesetSequence(fix, merged);
  if (merged.length === list.length) return together;
  const apart = typesetSequence(fix, list);
  return shownText(apart) === shownText(together) ? apart : together;
}

/**
 * The document with French typography (see `frenchTypography`) applied to every text a reader
 * sees: runs, link and reference texts, headings and their labels, list items, cells, captions,
 * table-of-contents titles, signatories (role, quality, name, place), issuer lines, header,
 * footer, and the title, subject, keywords and authors of `meta`: no-break spaces before
 * `: ; ! ?` and inside « », typographic apostrophes and quotes, `n° 5`, `50 %`. Every text but
 * the metadata also gets the joins of `frenchLineBreaks` (dates, numbered references, amounts,
 * titles, compound proper names never broken across a line end), and inline content the
 * superscripts of `frenchSuperscripts` (« 1er », « Mme », « n° »; runs are split for them, so the
 * indexes of a paragraph's runs can shift). Ids, dates, addresses, URLs and image alt texts are
 * left as they are. A run is typeset in the context of the text before it (« annexe 1 » + « ; »).
 * Idempotent; never mutates its argument.
 * `prepareDocument` applies it to French documents; call it yourself to see what it changes.
 *
 * @example
 * withFrenchTypography(documentOf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [p("Objet: l'avenant")] })).body[0]
 * //=> { type: "paragraph", content: [{ type: "text", text: "Objet : l’avenant" }] } (U+00A0 before ":")
 */
export function withFrenchTypography(document: Document, options: FrenchDocumentOptions = {}): Document {
  const fix = documentFix(options);
  const metaFix = memoized("meta", options, (s) => frenchTypography(s, options));
  const inlines = documentInlines(fix, options);
  const rows = (list: readonly TableRow[]): TableRow[] => list.map((r) => r.map((c) => ({ ...c, content: inlines(c.content) })));
  const item = (i: ListItem): ListItem => {
    const out: ListItem = { ...i, content: inlines(i.content) };
    if (i.children !== undefined) out.children = { ...i.children, items: i.children.items.map(item) };
    return out;
  };
  const block = (b: Block): Block =>
    mapBlock<Block>(b, [], {
      heading: (h) => (h.label === undefined ? { ...h, text: fix(h.text) } : { ...h, text: fix(h.text), label: fix(h.label) }),
      paragraph: (p) => ({ ...p, content: inlines(p.content) }),
      list: (l) => ({ ...l, items: l.items.map(item) }),
      table: (t) => {
        const out = { ...t, header: rows(t.header), rows: rows(t.rows), totals: rows(t.totals) };
        if (t.caption !== undefined) out.caption = fix(t.caption);
        return out;
      },
      keepTogether: (k) => ({ ...k, blocks: k.blocks.map(block) }),
      pageBreak: (p) => p,
      toc: (t) => (t.title === undefined ? t : { ...t, title: fix(t.title) }),
      signatures: (s) => ({
        ...s,
        signatories: s.signatories.map((x) => {
          const out = { ...x, role: fix(x.role), quality: fix(x.quality), name: fix(x.name) };
          if (x.place !== undefined) out.place = fix(x.place);
          return out;
        }),
      }),
      image: (i) => i,
      issuerMark: (m) => ({ ...m, lines: m.lines.map(fix) }),
      identities: (i) => ({ ...i, parties: i.parties.map((party) => ({ ...party, lines: party.lines.map(fix) })) }),
      chart: (c) => {
        const out = { ...c, title: fix(c.title), categories: c.categories.map(fix), series: c.series.map((x) => ({ ...x, name: fix(x.name) })) };
        if (c.categoryLabel !== undefined) out.categoryLabel = fix(c.categoryLabel);
        if (c.valueLabel !== undefined) out.valueLabel = fix(c.valueLabel);
        return out;
      },
    });

  // (The metadata is searched and shown by viewers, never broken into lines: no joins there.)
  const meta = { ...document.meta, title: metaFix(document.meta.title) };
  if (document.meta.subject !== undefined) meta.subject = metaFix(document.meta.subject);
  if (document.meta.keywords !== undefined) meta.keywords = document.meta.keywords.map(metaFix);
  if (document.meta.authors !== undefined) meta.authors = document.meta.authors.map(metaFix);
  const out: Document = { ...document, meta, body: document.body.map(block) };
  if (document.header !== undefined) out.header = headerFooterWithFrenchTypography(document.header, options);
  if (document.footer !== undefined) out.footer = headerFooterWithFrenchTypography(document.footer, options);
  return out;
}

/**
 * A header or footer with French typography applied to its three slots (see {@link withFrenchTypography}).
 *
 * @example
 * headerFooterWithFrenchTypography({ left: [{ type: "text", text: "Réf.: CLS-23" }] }).left
 * //=> [{ type: "text", text: "Réf. : CLS-23" }] (U+00A0 before ":")
 */
export function headerFooterWithFrenchTypography(hf: HeaderFooter, options: FrenchDocumentOptions = {}): HeaderFooter {
  const inlines = documentInlines(documentFix(options), options);
  const out: HeaderFooter = { ...hf };
  if (hf.left !== undefined) out.left = inlines(hf.left);
  if (hf.center !== undefined) out.center = inlines(hf.center);
  if (hf.right !== undefined) out.right = inlines(hf.right);
  return out;
}
