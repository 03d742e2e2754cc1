import { z } from "zod";
import { BlockSchema } from "./block";
import { HeaderFooterSchema } from "./header-footer";
import { DocumentMetaSchema } from "./meta";
import { PageSetupSchema } from "./page";

/**
 * A renderer-neutral document: metadata, page setup, header and footer (the theme's when absent),
 * and the body's blocks. `@pacte/docx` and `@pacte/pdf` render the same value.
 *
 * @example
 * const doc: Document = {
 *   meta: { title: "Note", createdAt: "2024-01-01" },
 *   body: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour." }] }],
 * };
 */
export const DocumentSchema = z.object({
  meta: DocumentMetaSchema,
  page: PageSetupSchema.optional(),
  header: HeaderFooterSchema.optional(),
  footer: HeaderFooterSchema.optional(),
  body: z.array(BlockSchema),
});
/** A renderer-neutral document. */
export type Document = z.infer<typeof DocumentSchema>;
