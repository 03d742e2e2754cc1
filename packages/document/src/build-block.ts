import type {
  Block,
  Heading,
  Identities,
  Identity,
  Image,
  IssuerMark,
  KeepTogether,
  List,
  ListItem,
  PageBreak,
  Paragraph,
  Signatory,
  Signatures,
  Toc,
} from "./block";
import { inlines, type InlineInput } from "./build-inline";
import { detectImageType } from "./image-type";
import { slugify } from "./internal/slugify";

/** A paragraph's options: alignment, style, kept with the next block. */
export type ParagraphOptions = Pick<Paragraph, "align" | "style" | "keepWithNext">;

const isOptions = (v: unknown): v is ParagraphOptions =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !("type" in v);

const definedOnly = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * A paragraph from strings and inlines, with options as the first or the last argument.
 *
 * @example
 * p("Vu le code de l’action sociale et des familles ;")
 * //=> { type: "paragraph", content: [{ type: "text", text: "Vu le code de l’action sociale et des familles ;" }] }
 * p({ style: "title", align: "center" }, "Contrat local des solidarités")
 * //=> { type: "paragraph", content: [{ type: "text", text: "Contrat local des solidarités" }], align: "center", style: "title" }
 */
export function p(options: ParagraphOptions, ...content: readonly InlineInput[]): Paragraph;
export function p(...args: [...content: readonly InlineInput[], options: ParagraphOptions]): Paragraph;
export function p(...content: readonly InlineInput[]): Paragraph;
export function p(...args: ReadonlyArray<InlineInput | ParagraphOptions>): Paragraph {
  const first = args[0];
  const last = args[args.length - 1];
  const options = isOptions(first) ? first : isOptions(last) ? last : {};
  const content = args.filter((a): a is InlineInput => !isOptions(a));
  return { type: "paragraph", content: inlines(...content), ...definedOnly(options) };
}

/** A heading's options: its id (derived from the label or text when absent), label, TOC entry, page break. */
export type HeadingOptions = Partial<Pick<Heading, "id" | "label" | "toc" | "pageBreakBefore">>;

/**
 * A heading. Without an `id`, one is derived from the label (else the text) with an
 * accent-insensitive slug, the same on every run; two headings with the same label then get the
 * same id, which {@link validateDocument} reports.
 *
 * @example
 * heading(1, "Objet du contrat", { label: "Article 1" })
 * //=> { type: "heading", level: 1, id: "article-1", text: "Objet du contrat", label: "Article 1" }
 * heading(2, "Mesures engagées").id //=> "mesures-engagees"
 */
export function heading(level: Heading["level"], text: string, options: HeadingOptions = {}): Heading {
  const { id, ...rest } = options;
  return { type: "heading", level, id: id ?? slugify(options.label ?? text), text, ...definedOnly(rest) };
}

/**
 * A level-1 heading (see {@link heading}).
 *
 * @example
 * h1("Annexes", { id: "annexes" }) //=> { type: "heading", level: 1, id: "annexes", text: "Annexes" }
 */
export function h1(text: string, options: HeadingOptions = {}): Heading {
  return heading(1, text, options);
}

/**
 * A level-2 heading (see {@link heading}).
 *
 * @example
 * h2("Financement").level //=> 2
 */
export function h2(text: string, options: HeadingOptions = {}): Heading {
  return heading(2, text, options);
}

/**
 * A level-3 heading (see {@link heading}).
 *
 * @example
 * h3("Indicateurs").level //=> 3
 */
export function h3(text: string, options: HeadingOptions = {}): Heading {
  return heading(3, text, options);
}

/**
 * A level-4 heading (see {@link heading}).
 *
 * @example
 * h4("Modalités").level //=> 4
 */
export function h4(text: string, options: HeadingOptions = {}): Heading {
  return heading(4, text, options);
}

/** A list item with a sub-list: `children` is a list, or items of a sub-list of the same kind. */
export interface ListItemSpec {
  readonly content: InlineInput;
  readonly children?: List | readonly ListItemInput[];
}

/** An item for {@link list}: a string, an inline, an array of inline content, or a {@link ListItemSpec}. */
export type ListItemInput = InlineInput | ListItemSpec;

const isItemSpec = (v: ListItemInput): v is ListItemSpec =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "content" in v && !("type" in v);

/**
 * A list, bulleted by default or numbered with `{ ordered: true }`; nested items go in
 * `children` (a list, or items that make a sub-list of the same kind).
 *
 * @example
 * list(["Repérage", "Accompagnement"])
 * //=> { type: "list", ordered: false, items: [{ content: [{ type: "text", text: "Repérage" }] }, { content: [{ type: "text", text: "Accompagnement" }] }] }
 * list([{ content: "Axe 1", children: ["Mesure 1.1"] }], { ordered: true }).items[0]?.children?.ordered //=> true
 */
export function list(items: readonly ListItemInput[], options: { readonly ordered?: boolean } = {}): List {
  const ordered = options.ordered ?? false;
  return {
    type: "list",
    ordered,
    items: items.map((item): ListItem => {
      if (!isItemSpec(item)) return { content: inlines(item) };
      const { content, children } = item;
      if (children === undefined) return { content: inlines(content) };
      const sub = Array.isArray(children) ? list(children as readonly ListItemInput[], { ordered }) : (children as List);
      return { content: inlines(content), children: sub };
    }),
  };
}

/**
 * Blocks kept on one page when they fit on one (a closing paragraph with the signatures…).
 *
 * @example
 * keepTogether(p("Fait à Guéret, le 12 mars 2024."), pageBreak()).blocks.length //=> 2
 */
export function keepTogether(...blocks: readonly Block[]): KeepTogether {
  return { type: "keepTogether", blocks: [...blocks] };
}

/**
 * A forced page break.
 *
 * @example
 * pageBreak() //=> { type: "pageBreak" }
 */
export function pageBreak(): PageBreak {
  return { type: "pageBreak" };
}

/**
 * A table of contents; its title defaults to the theme's ("Sommaire").
 *
 * @example
 * toc({ maxLevel: 2 }) //=> { type: "toc", maxLevel: 2 }
 */
export function toc(options: Partial<Omit<Toc, "type">> = {}): Toc {
  return { type: "toc", ...definedOnly(options) };
}

/**
 * The signature blocks, side by side.
 *
 * @example
 * signatures({ role: "Pour l’État", quality: "La préfète", name: "Anne Martin", fieldId: "sig-etat" }).signatories.length //=> 1
 */
export function signatures(...signatories: readonly Signatory[]): Signatures {
  return { type: "signatures", signatories: [...signatories] };
}

/**
 * An image's options: its text alternative — or `decorative: true` for an image that carries no
 * information —, type (detected from the bytes when absent), size and alignment.
 */
export type ImageOptions = (Required<Pick<Image, "alt">> | { readonly alt?: string; readonly decorative: true }) &
  Partial<Pick<Image, "mimeType" | "width" | "height" | "align">>;

/**
 * An image. Without `mimeType`, the type is read from the bytes (PNG, else JPEG; PNG when
 * neither, which {@link validateDocument} then reports).
 *
 * @example
 * image(pngBytes, { alt: "Carte du département", width: 200 })
 * //=> { type: "image", data: pngBytes, mimeType: "image/png", alt: "Carte du département", width: 200 }
 * image(pngBytes, { decorative: true, width: 400 })
 * //=> { type: "image", data: pngBytes, mimeType: "image/png", decorative: true, width: 400 }
 */
export function image(data: Uint8Array, options: ImageOptions): Image {
  const { mimeType, ...rest } = options;
  return { type: "image", data, mimeType: mimeType ?? detectImageType(data) ?? "image/png", ...definedOnly(rest) };
}

/**
 * The issuer's identity lines at the top of the first page, with an optional logo (an
 * {@link image} or the same without `type`).
 *
 * @example
 * issuerMark(["PRÉFET DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"])
 * //=> { type: "issuerMark", lines: ["PRÉFET DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"] }
 */
export function issuerMark(
  lines: string | readonly string[],
  logo?: Image | Omit<Image, "type">,
  options: Pick<IssuerMark, "align"> = {},
): IssuerMark {
  const mark: IssuerMark = { type: "issuerMark", lines: typeof lines === "string" ? [lines] : [...lines], ...definedOnly(options) };
  if (logo !== undefined) {
    const { type: _type, ...rest } = logo as Image;
    mark.logo = rest;
  }
  return mark;
}

/**
 * The parties' identities side by side at the top of a title page (see {@link IdentitiesSchema}):
 * one party's lines, or `{ lines, logo }` with the key of its logo in `theme.logos`.
 *
 * @example
 * identities({ lines: ["PRÉFÈTE DE LA CREUSE", "DDETS de la Creuse"], logo: "etat" }, ["Département de la Creuse"])
 * //=> { type: "identities", parties: [{ lines: ["PRÉFÈTE DE LA CREUSE", "DDETS de la Creuse"], logo: "etat" }, { lines: ["Département de la Creuse"] }] }
 */
export function identities(...parties: readonly (Identity | readonly string[])[]): Identities {
  return { type: "identities", parties: parties.map((p): Identity => ("lines" in p ? { ...p, lines: [...p.lines] } : { lines: [...p] })) };
}
