import type { Inline, TextRun as IrTextRun } from "@pacte/document";
import { ConcreteHyperlink, InternalHyperlink, NoBreakHyphen, Tab, TextRun, type IContext, type IRunOptions, type IXmlableObject, type ParagraphChild } from "docx";
import { headingBookmark, type RenderContext } from "./context";
import { asChild, el } from "./raw-xml";
import { STYLE } from "./styles";

/**
 * Run formatting inherited from the place inlines are written in (a header row, a total row…).
 *
 * @example
 * const base: RunBase = { bold: true, color: "1E1E1E" };
 */
export type RunBase = Omit<IRunOptions, "children" | "text" | "break">;

const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/**
 * A hyperlink to an external address whose relationship id is counted per render (`rIdLink1`…),
 * where `docx`'s `ExternalHyperlink` draws a random one. The relationship is added to the part the
 * link is written in (document, header or footer), once.
 */
class ExternalLink extends ConcreteHyperlink {
  private readonly addedTo = new WeakSet<object>();
  private readonly target: string;
  constructor(children: readonly ParagraphChild[], relationshipId: string, target: string) {
    super(children, relationshipId);
    this.target = target;
  }
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const relationships = context.viewWrapper.Relationships;
    if (!this.addedTo.has(relationships)) {
      this.addedTo.add(relationships);
      relationships.addRelationship(this.linkId, HYPERLINK, this.target, "External");
    }
    return super.prepForXml(context);
  }
}

/**
 * Percent-encodes what a URI may not hold (spaces, non-ASCII, `<>"{}|\^\``, a stray `%`), leaving the rest as given.
 *
 * @example
 * safeUri("https://exemple.fr/é té") //=> "https://exemple.fr/%C3%A9%20t%C3%A9"
 */
export function safeUri(href: string): string {
  let out = "";
  for (let i = 0; i < href.length; i++) {
    const ch = href[i] ?? "";
    if (/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/.test(ch)) out += ch;
    else if (ch === "%" && /^[0-9A-Fa-f]{2}$/.test(href.slice(i + 1, i + 3))) out += ch;
    else {
      const code = href.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      out += encodeURIComponent(char);
      if (code > 0xffff) i++;
    }
  }
  return out;
}

/**
 * Runs for one text: tabs become `w:tab`, non-breaking hyphens (U+2011) `w:noBreakHyphen` (as
 * Word writes them: Word draws a hyphen that never ends a line, and so does LibreOffice), line
 * ends (`\n`, `\r\n`, `\r`) become line breaks; empty text gives none.
 *
 * @example
 * textRuns("a\tb", { bold: true }).length //=> 1 (one bold run: "a", a tab, "b")
 * textRuns("Bas\u2011Rhin", {}).length //=> 1 (one run: "Bas", w:noBreakHyphen, "Rhin")
 */
export function textRuns(text: string, options: RunBase): ParagraphChild[] {
  if (text === "") return [];
  const runs: ParagraphChild[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const parts = line.split("\t");
    const children: (string | Tab | NoBreakHyphen)[] = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      part.split("\u2011").forEach((piece, k) => {
        if (k > 0) children.push(new NoBreakHyphen());
        if (piece !== "") children.push(piece);
      });
    });
    if (i > 0 || children.length > 0) runs.push(new TextRun({ ...options, ...(i > 0 ? { break: 1 } : {}), children }));
  });
  return runs;
}

const marks = (run: IrTextRun, base: RunBase): RunBase => ({
  ...base,
  ...(run.bold ? { bold: true } : {}),
  ...(run.italic ? { italics: true } : {}),
  ...(run.underline ? { underline: { type: "single" as const } } : {}),
  ...(run.superscript ? { superScript: true } : {}),
});

/**
 * The runs of a complex field (`PAGE`, `NUMPAGES`, `PAGEREF x \h`) with its cached result.
 *
 * @example
 * fieldRuns("NUMPAGES", "12").length //=> 5 (begin, instruction, separate, "12", end)
 */
export function fieldRuns(instruction: string, cached: string, options: RunBase = {}): ParagraphChild[] {
  return [
    new TextRun({ ...options, children: [el("w:fldChar", { "w:fldCharType": "begin" })] }),
    new TextRun({ ...options, children: [el("w:instrText", { "xml:space": "preserve" }, ` ${instruction} `)] }),
    new TextRun({ ...options, children: [el("w:fldChar", { "w:fldCharType": "separate" })] }),
    ...(cached === "" ? [] : [new TextRun({ ...options, text: cached })]),
    new TextRun({ ...options, children: [el("w:fldChar", { "w:fldCharType": "end" })] }),
  ];
}

/**
 * Paragraph children for inline content, with the formatting of the place they are written in.
 *
 * @example
 * renderInlines(ctx, [{ type: "lineBreak" }]).length //=> 1
 */
export function renderInlines(ctx: RenderContext, content: readonly Inline[], base: RunBase = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of content) {
    switch (inline.type) {
      case "text":
        out.push(...textRuns(inline.text, marks(inline, base)));
        break;
      case "lineBreak":
        out.push(new TextRun({ ...base, break: 1 }));
        break;
      case "field":
        out.push(
          ...fieldRuns(
            inline.field === "pageNumber" ? "PAGE" : "NUMPAGES",
            inline.field === "pageNumber" ? "" : String(ctx.pages.pageCount),
            { ...base, ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italics: true } : {}) },
          ),
        );
        break;
      case "link": {
        const children = inline.children.flatMap((run) => textRuns(run.text, { ...marks(run, base), style: STYLE.hyperlink }));
        if (children.length === 0) break;
        ctx.counters.link += 1;
        out.push(asChild(new ExternalLink(children, `Link${ctx.counters.link}`, safeUri(inline.href))));
        break;
      }
      case "ref": {
        const label = ctx.prepared.references.get(inline.target);
        const shown = inline.children ?? [{ type: "text" as const, text: label ?? inline.target }];
        const children = shown.flatMap((run) => textRuns(run.text, { ...marks(run, base), style: STYLE.hyperlink }));
        if (children.length === 0) break;
        out.push(...(label === undefined ? children : [new InternalHyperlink({ anchor: headingBookmark(ctx, inline.target).name, children })]));
        break;
      }
    }
  }
  return out;
}

/**
 * The plain text inline content shows (fields as a likely value), for the page estimate.
 *
 * @example
 * inlineText([{ type: "text", text: "a" }, { type: "lineBreak" }], new Map()) //=> "a\n"
 */
export function inlineText(content: readonly Inline[], references: ReadonlyMap<string, string>): string {
  let text = "";
  for (const inline of content) {
    if (inline.type === "text") text += inline.text;
    else if (inline.type === "lineBreak") text += "\n";
    else if (inline.type === "link") text += inline.children.map((c) => c.text).join("");
    else if (inline.type === "ref") text += inline.children ? inline.children.map((c) => c.text).join("") : (references.get(inline.target) ?? inline.target);
    else text += inline.field === "pageNumber" ? "9" : "99";
  }
  return text;
}
