import { deepFreeze } from "@pacte/issues";
import { z } from "zod";

/**
 * Points per centimetre (1 pt = 1/72 inch).
 *
 * @example
 * 2.5 * PT_PER_CM //=> 70.866…
 */
export const PT_PER_CM = 72 / 2.54;

const MARGIN = z.number().min(0).max(300);

/**
 * Page setup. Sizes in points; A4 portrait by default (595.28 × 841.89 pt) with 2,5 cm top and
 * bottom margins and 2 cm side margins unless the theme says otherwise.
 *
 * @example
 * const page: PageSetup = { size: "A4", margins: { top: 70.87, right: 56.69, bottom: 70.87, left: 56.69 } };
 */
export const PageSetupSchema = z.object({
  size: z.literal("A4").optional(),
  orientation: z.enum(["portrait", "landscape"]).optional(),
  margins: z
    .object({ top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN })
    .partial()
    .optional(),
});
/** Page setup. */
export type PageSetup = z.infer<typeof PageSetupSchema>;

/**
 * A4 in points: 210 × 297 mm.
 *
 * @example
 * A4.width //=> 595.28
 */
export const A4 = deepFreeze({ width: 595.28, height: 841.89 } as const);
