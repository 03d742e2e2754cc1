import { z } from "zod";

/**
 * A run of text with its marks. `text` may hold any Unicode except what XML and PDF cannot
 * carry (control characters, lone surrogates): {@link validateDocument} reports those.
 *
 * @example
 * TextRunSchema.parse({ type: "text", text: "1", superscript: false })
 * //=> { type: "text", text: "1", superscript: false }
 */
export const TextRunSchema = z.object({
  type: z.literal("text"),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  superscript: z.boolean().optional(),
});
/** A run of text with its marks (bold, italic, underline, superscript). */
export type TextRun = z.infer<typeof TextRunSchema>;

/**
 * A link to an external address (`https:`, `mailto:`); `children` is the visible text.
 *
 * @example
 * const l: LinkInline = { type: "link", href: "https://www.legifrance.gouv.fr", children: [{ type: "text", text: "Légifrance" }] };
 */
export const LinkInlineSchema = z.object({
  type: z.literal("link"),
  href: z.string().min(1),
  children: z.array(TextRunSchema).min(1),
});
/** A link to an external address. */
export type LinkInline = z.infer<typeof LinkInlineSchema>;

/**
 * A reference to a heading of the same document by its `id`: renderers make it an internal
 * link. Without `children`, the heading's label (or title) is shown, e.g. "Article 5".
 *
 * @example
 * const r: RefInline = { type: "ref", target: "art-financement" };
 */
export const RefInlineSchema = z.object({
  type: z.literal("ref"),
  target: z.string().min(1),
  children: z.array(TextRunSchema).optional(),
});
/** A reference to a heading by its id. */
export type RefInline = z.infer<typeof RefInlineSchema>;

/**
 * A field the renderer fills: the current page number or the total page count.
 *
 * @example
 * const f: FieldInline = { type: "field", field: "pageNumber" };
 */
export const FieldInlineSchema = z.object({
  type: z.literal("field"),
  field: z.enum(["pageNumber", "pageCount"]),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
/** A page number or page count field. */
export type FieldInline = z.infer<typeof FieldInlineSchema>;

/**
 * A forced line break inside a paragraph or a cell.
 *
 * @example
 * const br: LineBreakInline = { type: "lineBreak" };
 */
export const LineBreakInlineSchema = z.object({ type: z.literal("lineBreak") });
/** A forced line break. */
export type LineBreakInline = z.infer<typeof LineBreakInlineSchema>;

/**
 * Anything that goes inside a paragraph, a cell, a list item, a header or a footer.
 *
 * @example
 * InlineSchema.parse({ type: "lineBreak" }) //=> { type: "lineBreak" }
 */
export const InlineSchema = z.discriminatedUnion("type", [
  TextRunSchema,
  LinkInlineSchema,
  RefInlineSchema,
  FieldInlineSchema,
  LineBreakInlineSchema,
]);
/** Any inline element. */
export type Inline = z.infer<typeof InlineSchema>;

/**
 * Horizontal alignment of a paragraph or a cell.
 *
 * @example
 * AlignmentSchema.parse("justify") //=> "justify"
 */
export const AlignmentSchema = z.enum(["left", "center", "right", "justify"]);
/** `"left" | "center" | "right" | "justify"`. */
export type Alignment = z.infer<typeof AlignmentSchema>;
