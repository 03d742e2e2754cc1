import { z } from "zod";
import type { ExecutiveTitle } from "./collectivite";

/**
 * The grammatical gender a title takes for the person who holds it: `m` (« le préfet »,
 * « le président ») or `f` (« la préfète », « la présidente »).
 *
 * @example
 * GenderSchema.parse("f") //=> "f"
 */
export const GenderSchema = z.enum(["m", "f"]).meta({ title: "Gender", description: "Genre du titulaire d’un titre : m ou f." });
/** `"m"` or `"f"`. See {@link GenderSchema}. */
export type Gender = z.infer<typeof GenderSchema>;

/**
 * The form of a title for a holder's gender.
 *
 * @example
 * titleFor({ masculine: "préfet de la Creuse", feminine: "préfète de la Creuse" }, "f") //=> "préfète de la Creuse"
 */
export function titleFor(title: ExecutiveTitle, gender: Gender): string {
  return gender === "f" ? title.feminine : title.masculine;
}
