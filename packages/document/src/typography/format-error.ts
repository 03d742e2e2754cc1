import { z } from "zod";

/**
 * The closed set of reasons a formatter refuses its input. These are programming errors (a
 * float where integer cents were expected, an impossible date), not user-data issues: validate
 * user data with the schemas first.
 *
 * @example
 * FormatErrorCodeSchema.parse("format.not-integer") //=> "format.not-integer"
 */
export const FormatErrorCodeSchema = z.enum([
  "format.not-finite",
  "format.not-integer",
  "format.unsafe-integer",
  "format.out-of-range",
  "format.invalid-option",
  "format.invalid-date",
  "format.invalid-range",
  "format.zero-whole",
]);
/** Why a formatter refused its input. */
export type FormatErrorCode = z.infer<typeof FormatErrorCodeSchema>;

/**
 * Thrown by the French formatters when they are called with a value they cannot format
 * (non-integer cents, `NaN`, `2023-02-29`…). Its message, in French, names the value received and
 * what to pass instead; `code` is stable.
 *
 * @example
 * try { formatEuros(12.5) } catch (e) {
 *   if (e instanceof FormatError) e.code //=> "format.not-integer"
 * }
 */
export class FormatError extends Error {
  override readonly name = "FormatError";
  readonly code: FormatErrorCode;

  constructor(code: FormatErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
