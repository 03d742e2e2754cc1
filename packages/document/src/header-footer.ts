import { z } from "zod";
import { InlineSchema } from "./inline";

/**
 * What goes at the top or bottom of every page, in three slots. Fields (`pageNumber`,
 * `pageCount`) are filled per page.
 *
 * @example
 * const footer: HeaderFooter = {
 *   center: [{ type: "text", text: "Page " }, { type: "field", field: "pageNumber" }, { type: "text", text: " sur " }, { type: "field", field: "pageCount" }],
 * };
 */
export const HeaderFooterSchema = z.object({
  left: z.array(InlineSchema).optional(),
  center: z.array(InlineSchema).optional(),
  right: z.array(InlineSchema).optional(),
  /** Shown on the first page too (default true). */
  firstPage: z.boolean().optional(),
});
/** A header or footer. */
export type HeaderFooter = z.infer<typeof HeaderFooterSchema>;
