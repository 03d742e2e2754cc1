import { z } from "zod";

/**
 * How sure the reference data is of a fact: `confirmed` when a primary or institutional source
 * (or two independent sources) gave it, `unconfirmed` otherwise. Unconfirmed facts (the code
 * `75C`, the executive titles of Corse, Martinique and Guyane, some dates) are kept so that a
 * contract can be drafted, but should stay overridable by the user.
 *
 * @example
 * ConfidenceSchema.parse("unconfirmed") //=> "unconfirmed"
 */
export const ConfidenceSchema = z.enum(["confirmed", "unconfirmed"]);
/** `"confirmed"` or `"unconfirmed"`. See {@link ConfidenceSchema}. */
export type Confidence = z.infer<typeof ConfidenceSchema>;
