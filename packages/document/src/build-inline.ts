import type { FieldInline, Inline, LineBreakInline, LinkInline, RefInline, TextRun } from "./inline";

/** The marks a text run may carry. */
export type Marks = Pick<TextRun, "bold" | "italic" | "underline" | "superscript">;

/**
 * What builders accept where inline content goes: strings (a line break in a string becomes a
 * `lineBreak` inline), inline values, and arrays of them (flattened).
 */
export type InlineInput = string | Inline | readonly InlineInput[];

const MARKS = ["bold", "italic", "underline", "superscript"] as const;

/**
 * A text run with the marks given (marks left undefined are left out).
 *
 * @example
 * text("Vu le code") //=> { type: "text", text: "Vu le code" }
 * text("important", { bold: true }) //=> { type: "text", text: "important", bold: true }
 */
export function text(value: string, marks: Marks = {}): TextRun {
  const run: TextRun = { type: "text", text: value };
  for (const mark of MARKS) {
    const on = marks[mark];
    if (on !== undefined) run[mark] = on;
  }
  return run;
}

const withMark = (mark: (typeof MARKS)[number], value: string | TextRun): TextRun =>
  typeof value === "string" ? text(value, { [mark]: true }) : { ...value, [mark]: true };

/**
 * Bold text; given a run, the same run made bold.
 *
 * @example
 * bold("Article 1") //=> { type: "text", text: "Article 1", bold: true }
 * bold(italic("et")) //=> { type: "text", text: "et", italic: true, bold: true }
 */
export function bold(value: string | TextRun): TextRun {
  return withMark("bold", value);
}

/**
 * Italic text; given a run, the same run in italics.
 *
 * @example
 * italic("Journal officiel") //=> { type: "text", text: "Journal officiel", italic: true }
 */
export function italic(value: string | TextRun): TextRun {
  return withMark("italic", value);
}

/**
 * Underlined text; given a run, the same run underlined.
 *
 * @example
 * underline("avant le 31 mars") //=> { type: "text", text: "avant le 31 mars", underline: true }
 */
export function underline(value: string | TextRun): TextRun {
  return withMark("underline", value);
}

/**
 * Superscript text, as in "1er" or "2e".
 *
 * @example
 * sup("er") //=> { type: "text", text: "er", superscript: true }
 */
export function sup(value: string | TextRun): TextRun {
  return withMark("superscript", value);
}

const runs = (content: string | TextRun | readonly TextRun[]): TextRun[] =>
  typeof content === "string" ? [text(content)] : Array.isArray(content) ? [...(content as readonly TextRun[])] : [content as TextRun];

/**
 * A link to an external address; without visible text, the address itself is shown (without
 * `mailto:`).
 *
 * @example
 * link("https://www.legifrance.gouv.fr", "Légifrance")
 * //=> { type: "link", href: "https://www.legifrance.gouv.fr", children: [{ type: "text", text: "Légifrance" }] }
 * link("mailto:ddets@creuse.gouv.fr").children[0]?.text //=> "ddets@creuse.gouv.fr"
 */
export function link(href: string, content?: string | TextRun | readonly TextRun[]): LinkInline {
  return { type: "link", href, children: runs(content ?? href.replace(/^mailto:/i, "")) };
}

/**
 * A reference to a heading by its id; without text, renderers show the heading's label or title.
 *
 * @example
 * ref("art-financement") //=> { type: "ref", target: "art-financement" }
 * ref("annexe-1", "l’annexe 1") //=> { type: "ref", target: "annexe-1", children: [{ type: "text", text: "l’annexe 1" }] }
 */
export function ref(id: string, content?: string | TextRun | readonly TextRun[]): RefInline {
  return content === undefined ? { type: "ref", target: id } : { type: "ref", target: id, children: runs(content) };
}

const field = (name: FieldInline["field"], marks: Pick<FieldInline, "bold" | "italic">): FieldInline => {
  const out: FieldInline = { type: "field", field: name };
  if (marks.bold !== undefined) out.bold = marks.bold;
  if (marks.italic !== undefined) out.italic = marks.italic;
  return out;
};

/**
 * The current page number, filled in by the renderer.
 *
 * @example
 * pageNumber() //=> { type: "field", field: "pageNumber" }
 */
export function pageNumber(marks: Pick<FieldInline, "bold" | "italic"> = {}): FieldInline {
  return field("pageNumber", marks);
}

/**
 * The number of pages of the document, filled in by the renderer.
 *
 * @example
 * pageCount() //=> { type: "field", field: "pageCount" }
 */
export function pageCount(marks: Pick<FieldInline, "bold" | "italic"> = {}): FieldInline {
  return field("pageCount", marks);
}

/**
 * A forced line break.
 *
 * @example
 * br() //=> { type: "lineBreak" }
 */
export function br(): LineBreakInline {
  return { type: "lineBreak" };
}

/**
 * Inline content from strings, inlines and arrays of them: strings become text runs, each line
 * break in a string (`\n`, `\r\n`, `\r`) a `lineBreak` inline; empty strings give nothing.
 *
 * @example
 * inlines("Fait à Guéret,\nle ", bold("12 mars 2024"))
 * //=> [{ type: "text", text: "Fait à Guéret," }, { type: "lineBreak" }, { type: "text", text: "le " }, { type: "text", text: "12 mars 2024", bold: true }]
 */
export function inlines(...parts: readonly InlineInput[]): Inline[] {
  const out: Inline[] = [];
  const visit = (part: InlineInput): void => {
    if (typeof part === "string") {
      part.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (i > 0) out.push(br());
        if (line !== "") out.push(text(line));
      });
    } else if (Array.isArray(part)) {
      for (const p of part as readonly InlineInput[]) visit(p);
    } else {
      out.push(part as Inline);
    }
  };
  for (const part of parts) visit(part);
  return out;
}
