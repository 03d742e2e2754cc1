import { z } from "zod";
import type { FormatIdentifierOptions } from "./identifier-format";
import type { Lang } from "@pacte/issues";
import { compactIdentifier, groupDigits, isDigits } from "./internal/identifier";
import { luhnValid } from "./internal/luhn";
import type { ModelIssueCode } from "./messages";
import type { Result } from "@pacte/issues";
import { addModelIssue, modelIssue, safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

/** What the SIREN checks found: the 9 digits, or the code of the check that failed. */
type SirenCheck = { readonly digits: string } | { readonly code: ModelIssueCode };

function checkSiren(input: string): SirenCheck {
  const digits = isDigits(input, 9) ? input : compactIdentifier(input);
  if (!isDigits(digits, 9)) return { code: "siren.format" };
  if (!luhnValid(digits)) return { code: "siren.checksum" };
  return { digits };
}

/**
 * A SIREN, the 9-digit number INSEE gives every legal unit (a département, a métropole, a
 * company). Spaces of any kind in the input (`"222 309 627"`, with U+00A0 or U+202F) are
 * removed; then the value must be 9 digits (`siren.format`) whose Luhn key is right
 * (`siren.checksum`). The output is the 9 digits, branded {@link Siren}.
 *
 * @example
 * SirenSchema.parse("222 309 627") //=> "222309627"
 * SirenSchema.safeParse("222309628").error?.issues[0]?.params //=> { code: "siren.checksum", received: "222309628" }
 */
export const SirenSchema = z
  .string()
  .superRefine((value, ctx) => {
    const check = checkSiren(value);
    if ("code" in check) addModelIssue(ctx, check.code, { received: value });
  })
  .overwrite(compactIdentifier)
  .brand<"Siren">()
  .meta({
    title: "SIREN",
    description: "Numéro SIREN : 9 chiffres dont le dernier est une clé de Luhn ; les espaces sont ignorés.",
    examples: ["222309627"],
  });

/** A checked SIREN: 9 digits, Luhn key verified. Get one from {@link parseSiren} or {@link SirenSchema}. */
export type Siren = z.infer<typeof SirenSchema>;

/**
 * True when `value` is a string that {@link SirenSchema} accepts (spaces allowed). Never throws.
 *
 * @example
 * isValidSiren("222 309 627") //=> true
 * isValidSiren("222309628") //=> false
 * isValidSiren(222309627) //=> false
 */
export function isValidSiren(value: unknown): boolean {
  return typeof value === "string" && !("code" in checkSiren(value));
}

/**
 * Checks a SIREN and returns its 9 digits, or the issues (`siren.format`, `siren.checksum`)
 * in French by default. Never throws.
 *
 * @example
 * safeParseSiren("222 309 627") //=> { success: true, data: "222309627", warnings: [] }
 * safeParseSiren("2223096", { lang: "en" }).success //=> false
 */
export function safeParseSiren(input: unknown, options: { lang?: Lang } = {}): Result<Siren> {
  return safeParseWith(SirenSchema, input, options);
}

/**
 * Checks a SIREN and returns its 9 digits.
 *
 * @throws {PacteError} with the issue `siren.format` or `siren.checksum`.
 * @example
 * parseSiren("222\u00A0309\u00A0627") //=> "222309627"
 */
export function parseSiren(input: unknown, options: { lang?: Lang } = {}): Siren {
  const result = safeParseSiren(input, options);
  if (!result.success) throw new PacteError(result.issues);
  return result.data;
}

/**
 * Prints a SIREN the way French documents do, in groups of three digits separated by a
 * no-break space U+00A0 (pass `{ separator: " " }` for a plain space). Spaces in the input
 * are ignored; the Luhn key is not checked here (use {@link parseSiren} for that).
 *
 * @throws {PacteError} with `siren.format` when the input is not 9 digits.
 * @example
 * formatSiren("222309627") //=> "222\u00A0309\u00A0627"
 * formatSiren("222309627", { separator: " " }) //=> "222 309 627"
 */
export function formatSiren(siren: string, options: FormatIdentifierOptions = {}): string {
  const digits = compactIdentifier(siren);
  if (!isDigits(digits, 9)) {
    throw new PacteError([modelIssue("siren.format", [], { received: siren })]);
  }
  return groupDigits(digits, [3, 3, 3], options.separator ?? "\u00A0");
}

