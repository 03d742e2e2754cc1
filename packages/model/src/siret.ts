import { z } from "zod";
import type { FormatIdentifierOptions } from "./identifier-format";
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { compactIdentifier, groupDigits, isDigits } from "./internal/identifier";
import { digitSum, luhnValid } from "./internal/luhn";
import type { Result } from "@pacte/issues";
import { addModelIssue, modelIssue, safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

/**
 * La Poste's SIREN. Its establishments outnumber what the NIC's Luhn key allows, so a SIRET
 * that starts with it is also valid when the sum of its 14 digits is a multiple of 5.
 *
 * @example
 * LA_POSTE_SIREN //=> "356000000"
 */
export const LA_POSTE_SIREN = "356000000";

type SiretCheck =
  | { readonly digits: string }
  | { readonly code: "siret.format" }
  | { readonly code: "siret.checksum"; readonly rule: "luhn" | "la-poste" };

function checkSiret(input: string): SiretCheck {
  const digits = isDigits(input, 14) ? input : compactIdentifier(input);
  if (!isDigits(digits, 14)) return { code: "siret.format" };
  if (luhnValid(digits)) return { digits };
  if (digits.startsWith(LA_POSTE_SIREN)) {
    return digitSum(digits) % 5 === 0 ? { digits } : { code: "siret.checksum", rule: "la-poste" };
  }
  return { code: "siret.checksum", rule: "luhn" };
}

/**
 * A SIRET, the 14-digit number of an establishment: its SIREN (9 digits) then its NIC
 * (5 digits). Spaces of any kind are removed; then the value must be 14 digits
 * (`siret.format`) passing the Luhn check over all 14 — or, for La Poste (SIREN 356000000),
 * a digit sum divisible by 5 (`siret.checksum`, with `params.rule` `"luhn"` or `"la-poste"`).
 * The output is the 14 digits, branded {@link Siret}.
 *
 * @example
 * SiretSchema.parse("222 309 627 00016") //=> "22230962700016"
 * SiretSchema.safeParse("35600000000001").success //=> true (La Poste: 3+5+6+1 = 15)
 */
export const SiretSchema = z
  .string()
  .superRefine((value, ctx) => {
    const check = checkSiret(value);
    if ("code" in check) {
      addModelIssue(ctx, check.code, check.code === "siret.checksum" ? { received: value, rule: check.rule } : { received: value });
    }
  })
  .overwrite(compactIdentifier)
  .brand<"Siret">()
  .meta({
    title: "SIRET",
    description:
      "Numéro SIRET : SIREN (9 chiffres) + NIC (5 chiffres), clé de Luhn sur les 14 chiffres (La Poste : somme des chiffres multiple de 5) ; les espaces sont ignorés.",
    examples: ["22230962700016"],
  });

/** A checked SIRET: 14 digits, key verified. Get one from {@link parseSiret} or {@link SiretSchema}. */
export type Siret = z.infer<typeof SiretSchema>;

/**
 * True when `value` is a string that {@link SiretSchema} accepts (spaces allowed). Never throws.
 *
 * @example
 * isValidSiret("222 309 627 00016") //=> true
 * isValidSiret("22230962700017") //=> false
 */
export function isValidSiret(value: unknown): boolean {
  return typeof value === "string" && !("code" in checkSiret(value));
}

/**
 * Checks a SIRET and returns its 14 digits, or the issues (`siret.format`, `siret.checksum`)
 * in French by default. Never throws.
 *
 * @example
 * safeParseSiret("22230962700016") //=> { success: true, data: "22230962700016", warnings: [] }
 * safeParseSiret("22230962700017").success //=> false
 */
export function safeParseSiret(input: unknown, options: { lang?: Lang } = {}): Result<Siret> {
  return safeParseWith(SiretSchema, input, options);
}

/**
 * Checks a SIRET and returns its 14 digits.
 *
 * @throws {PacteError} with the issue `siret.format` or `siret.checksum`.
 * @example
 * parseSiret("222 309 627 00016") //=> "22230962700016"
 */
export function parseSiret(input: unknown, options: { lang?: Lang } = {}): Siret {
  const result = safeParseSiret(input, options);
  if (!result.success) throw new PacteError(result.issues);
  return result.data;
}

/**
 * The SIREN part (first 9 digits) of a SIRET, spaces removed; `undefined` when the input is
 * not 14 digits. The keys are not checked here.
 *
 * @example
 * sirenOfSiret("222 309 627 00016") //=> "222309627"
 * sirenOfSiret("2223") //=> undefined
 */
export function sirenOfSiret(siret: string): string | undefined {
  const digits = compactIdentifier(siret);
  return isDigits(digits, 14) ? digits.slice(0, 9) : undefined;
}

/**
 * True when the SIRET's first 9 digits are the SIREN (spaces ignored in both). Keys are not
 * checked; `false` when either is not made of the right number of digits.
 *
 * @example
 * siretMatchesSiren("22230962700016", "222 309 627") //=> true
 * siretMatchesSiren("22010001000010", "222309627") //=> false
 */
export function siretMatchesSiren(siret: string, siren: string): boolean {
  const prefix = sirenOfSiret(siret);
  const sirenDigits = compactIdentifier(siren);
  return prefix !== undefined && isDigits(sirenDigits, 9) && prefix === sirenDigits;
}

/**
 * The issue `siret.siren_mismatch` when the SIRET does not belong to the SIREN (see
 * {@link siretMatchesSiren}), else `undefined`. `path` locates the SIRET in the input.
 * In a zod refinement, report the same issue with `addModelIssue(ctx, "siret.siren_mismatch", …)`.
 *
 * @example
 * siretSirenIssue("22010001000010", "222309627", { path: ["siret"] })?.code //=> "siret.siren_mismatch"
 * siretSirenIssue("22230962700016", "222309627") //=> undefined
 */
export function siretSirenIssue(
  siret: string,
  siren: string,
  options: { path?: IssuePath; lang?: Lang } = {},
): Issue | undefined {
  if (siretMatchesSiren(siret, siren)) return undefined;
  return modelIssue("siret.siren_mismatch", options.path ?? [], { received: siret, expected: siren }, {
    lang: options.lang ?? "fr",
  });
}

/**
 * Prints a SIRET the way French documents do: the SIREN in groups of three, then the NIC,
 * separated by a no-break space U+00A0 (pass `{ separator: " " }` for a plain space).
 * Spaces in the input are ignored; keys are not checked here (use {@link parseSiret}).
 *
 * @throws {PacteError} with `siret.format` when the input is not 14 digits.
 * @example
 * formatSiret("22230962700016", { separator: " " }) //=> "222 309 627 00016"
 * formatSiret("22230962700016") //=> "222\u00A0309\u00A0627\u00A000016"
 */
export function formatSiret(siret: string, options: FormatIdentifierOptions = {}): string {
  const digits = compactIdentifier(siret);
  if (!isDigits(digits, 14)) {
    throw new PacteError([modelIssue("siret.format", [], { received: siret })]);
  }
  return groupDigits(digits, [3, 3, 3, 5], options.separator ?? "\u00A0");
}
