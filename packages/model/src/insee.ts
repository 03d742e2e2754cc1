import { z } from "zod";
import { addModelIssue } from "./validate";

// Metropolitan départements: 01–19, 2A, 2B, 21–95 (20 is Corsica's pre-1976 code).
const METRO = "(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])";
// Overseas départements: 971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte.
const OVERSEAS = "97[1-46]";
const DEPARTEMENT = new RegExp(`^(?:${METRO}|${OVERSEAS})$`);
// `<dep>D` for every département, plus INSEE's special codes of collectivities with departmental
// powers: Corse 20R, Alsace 6AE, Métropole de Lyon 69M, Paris 75C, overseas territorial
// collectivities 97xR (Martinique 972R, Guyane 973R, Mayotte 976R…).
const COLLECTIVITE = new RegExp(`^(?:(?:${METRO}|${OVERSEAS})D|20R|6AE|69M|75C|${OVERSEAS}R)$`);
// Commune: département on 2 characters + 3 digits, or overseas 97[1-6] + 2 digits; never 000 / 00.
const COMMUNE = new RegExp(`^(?:${METRO}(?!000)\\d{3}|97[1-6](?!00)\\d{2})$`);

const normalize = (value: string): string => value.trim().toUpperCase();

/**
 * An INSEE département code, checked by shape: `01`–`19`, `2A`, `2B`, `21`–`95`, `971`–`974`,
 * `976` (never `20`, `00`, `96`, `975`, `977`…). Surrounding spaces are trimmed and letters
 * upper-cased (`"2a"` → `"2A"`); a bad code gives the issue `insee.departement`. Whether the
 * département exists on a given date is the territories' business.
 *
 * @example
 * DepartementCodeSchema.parse("2a") //=> "2A"
 * DepartementCodeSchema.safeParse("20").success //=> false
 */
export const DepartementCodeSchema = z
  .string()
  .overwrite(normalize)
  .superRefine((value, ctx) => {
    if (!DEPARTEMENT.test(value)) addModelIssue(ctx, "insee.departement", { received: value });
  })
  .meta({
    title: "Code de département (INSEE)",
    description: "01 à 19, 2A, 2B, 21 à 95, 971 à 974 ou 976.",
    examples: ["23", "2A", "974"],
  });
/** An INSEE département code such as `"23"`, `"2A"` or `"974"`. */
export type DepartementCode = z.infer<typeof DepartementCodeSchema>;

/**
 * True when `value` is a département code exactly as INSEE writes it (no trimming, upper-case
 * letters: `"2a"` is `false` here though {@link DepartementCodeSchema} accepts it).
 *
 * @example
 * isDepartementCode("2B") //=> true
 * isDepartementCode("975") //=> false
 */
export function isDepartementCode(value: unknown): value is DepartementCode {
  return typeof value === "string" && DEPARTEMENT.test(value);
}

/**
 * The INSEE code of a collectivity with departmental powers, checked by shape: `<département>D`
 * (`23D`, `2AD`, `971D`), `20R` (Collectivité de Corse), `6AE` (Collectivité européenne
 * d'Alsace), `69M` (Métropole de Lyon), `75C` (Ville de Paris), `97xR` (overseas territorial
 * collectivities such as `972R`). Trimmed and upper-cased; a bad code gives `insee.collectivite`.
 *
 * @example
 * CollectiviteCodeSchema.parse("6ae") //=> "6AE"
 * CollectiviteCodeSchema.safeParse("20D").success //=> false
 */
export const CollectiviteCodeSchema = z
  .string()
  .overwrite(normalize)
  .superRefine((value, ctx) => {
    if (!COLLECTIVITE.test(value)) addModelIssue(ctx, "insee.collectivite", { received: value });
  })
  .meta({
    title: "Code de collectivité à compétences départementales (INSEE)",
    description: "<département>D, 20R, 6AE, 69M, 75C ou 97xR.",
    examples: ["23D", "20R", "6AE", "69M", "75C", "972R"],
  });
/** A collectivity code such as `"23D"`, `"20R"`, `"6AE"`, `"69M"`, `"75C"` or `"972R"`. */
export type CollectiviteCode = z.infer<typeof CollectiviteCodeSchema>;

/**
 * True when `value` is a collectivity code exactly as INSEE writes it (no trimming).
 *
 * @example
 * isCollectiviteCode("69M") //=> true
 * isCollectiviteCode("69") //=> false
 */
export function isCollectiviteCode(value: unknown): value is CollectiviteCode {
  return typeof value === "string" && COLLECTIVITE.test(value);
}

/**
 * An INSEE commune code, checked by shape: 5 characters, the département's 2 (`01`–`95`,
 * `2A`, `2B`, never `20`) then 3 digits, or an overseas `971`–`976` then 2 digits (`975xx`,
 * Saint-Pierre-et-Miquelon's communes, are accepted). A number of `000` (or `00` overseas) is
 * refused. Trimmed and upper-cased; a bad code gives `insee.commune`.
 *
 * @example
 * CommuneCodeSchema.parse("2a004") //=> "2A004"
 * CommuneCodeSchema.safeParse("20004").success //=> false
 */
export const CommuneCodeSchema = z
  .string()
  .overwrite(normalize)
  .superRefine((value, ctx) => {
    if (!COMMUNE.test(value)) addModelIssue(ctx, "insee.commune", { received: value });
  })
  .meta({
    title: "Code commune (INSEE)",
    description: "5 caractères : département (01 à 95, 2A, 2B) + 3 chiffres, ou 971 à 976 + 2 chiffres.",
    examples: ["23096", "2A004", "97411"],
  });
/** An INSEE commune code such as `"23096"`, `"2A004"` or `"97411"`. */
export type CommuneCode = z.infer<typeof CommuneCodeSchema>;

/**
 * True when `value` is a commune code exactly as INSEE writes it (no trimming).
 *
 * @example
 * isCommuneCode("75056") //=> true
 * isCommuneCode("7505") //=> false
 */
export function isCommuneCode(value: unknown): value is CommuneCode {
  return typeof value === "string" && COMMUNE.test(value);
}

/**
 * The département code a commune code starts with, or `undefined` when the commune code is
 * not valid or lies outside the 101 départements (Saint-Pierre-et-Miquelon, `975xx`).
 *
 * @example
 * departementOfCommune("2A004") //=> "2A"
 * departementOfCommune("97411") //=> "974"
 * departementOfCommune("97502") //=> undefined
 */
export function departementOfCommune(code: string): DepartementCode | undefined {
  if (!COMMUNE.test(code)) return undefined;
  const dep = code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
  return DEPARTEMENT.test(dep) ? dep : undefined;
}
