import { z } from "zod";
import { DepartementCodeSchema } from "../insee";
import { normalizeCode } from "../internal/normalize";
import { REFERENCE_DATE } from "./as-of";
import type { Collectivite } from "./collectivite";
import { getCollectivite } from "./collectivite-lookup";
import { getMetropole } from "./metropole-lookup";
import type { Metropole } from "./metropole";
import { SourcedSchema, type Sourced } from "./sourced";

/**
 * The préfet who signs for the State with a collectivity or a métropole: the `departement` whose
 * préfet signs, the `role` he signs in (`region` for the préfet de Corse, who represents the
 * State before the Collectivité de Corse), a French `note` where the rule has an exception or a
 * doubt, and the rule's `provenance` and `sources`.
 *
 * @example
 * SigningPrefetSchema.parse(signingPrefetFor("20R")).departement //=> "2A"
 */
export const SigningPrefetSchema = z
  .object({
    departement: DepartementCodeSchema,
    role: z.enum(["departement", "region"]),
    note: z.string().min(1).optional(),
  })
  .extend(SourcedSchema.shape)
  .meta({ title: "SigningPrefet", description: "Préfet qui signe pour l’État avec une collectivité ou une métropole, et la source de la règle." });
/** See {@link SigningPrefetSchema}. */
export type SigningPrefet = z.infer<typeof SigningPrefetSchema>;

/**
 * Collectivities that cover several départements: which préfet signs for them.
 * - Corse: the State's representative in the Collectivité de Corse is the préfet de Corse
 *   (CGCT L. 4422-38), préfet de la Corse-du-Sud, where Ajaccio, the region's chef-lieu, lies.
 * - Alsace: the préfet du Bas-Rhin, préfet de la région Grand Est; both préfectures (Strasbourg
 *   and Colmar) remain, and no source read here says who signs: unconfirmed.
 */
const MULTI_DEPARTEMENT_RULES: Readonly<Record<string, SigningPrefet>> = {
  "20R": {
    departement: "2A",
    role: "region",
    note: "le préfet de Corse, préfet de la Corse-du-Sud, représente l'État auprès de la Collectivité de Corse ; le préfet de la Haute-Corse ne signe pas pour elle",
    provenance: "confirmed",
    sources: [
      "https://french-business-law.com/rench-legislation-art/article-l4422-38-of-the-french-general-code-of-local-authorities",
      "github:datagouv/decoupage-administratif/sources/regions.csv",
    ],
  },
  "6AE": {
    departement: "67",
    role: "departement",
    note: "préfet du Bas-Rhin, préfet de la région Grand Est ; les préfectures du Bas-Rhin et du Haut-Rhin demeurent, et aucune source lue ne dit qui signe pour la Collectivité européenne d'Alsace",
    provenance: "unconfirmed",
    sources: ["https://2017-2022.nosdeputes.fr/15/intervention/600051"],
  },
};

/**
 * A collectivity with departmental powers on one département is signed for by that département's
 * préfet: the project's domain brief gives it as confirmed ([C]: « signed by the préfet de
 * département ») without an address to cite here.
 */
const ONE_DEPARTEMENT: Sourced = { provenance: "confirmed", sources: [] };
const ONE_DEPARTEMENT_NOTE = "préfet du département de la collectivité";

function forCollectivite(c: Collectivite): SigningPrefet | undefined {
  const rule = MULTI_DEPARTEMENT_RULES[c.code];
  if (rule !== undefined) return rule;
  const [only, other] = c.departements;
  if (only === undefined || other !== undefined) return undefined;
  return { departement: only, role: "departement", note: ONE_DEPARTEMENT_NOTE, provenance: ONE_DEPARTEMENT.provenance, sources: [...ONE_DEPARTEMENT.sources] };
}

function forMetropole(m: Metropole, asOf: string): SigningPrefet | undefined {
  if (m.collectiviteCode !== undefined) {
    const c = getCollectivite(m.collectiviteCode, { asOf });
    return c === undefined ? undefined : forCollectivite(c);
  }
  return {
    departement: m.seatDepartement,
    role: "departement",
    note: "préfet du département où la métropole a son siège",
    provenance: "inferred",
    sources: [],
  };
}

/**
 * Who signs for the State with a collectivity (by its code: `23D`, `20R`, `6AE`, `69M`, `75C`)
 * or a métropole (by SIREN or exact name / alias), on `asOf` (default `REFERENCE_DATE`):
 * the préfet of the collectivity's one département; the préfet de Corse, préfet de la
 * Corse-du-Sud (`2A`) for the Collectivité de Corse; the préfet du Bas-Rhin for the Collectivité
 * européenne d'Alsace (unconfirmed); the préfet du Rhône for the Métropole de Lyon and the
 * Département du Rhône; the préfet de Paris for the Ville de Paris; for a métropole that is an
 * EPCI, the préfet of the département of its seat (inferred). `undefined` for an unknown target
 * or a collectivity not in force that day.
 *
 * @example
 * signingPrefetFor("20R")?.departement //=> "2A"
 * signingPrefetFor("6AE")?.departement //=> "67"
 * signingPrefetFor("69M")?.departement //=> "69"
 * signingPrefetFor("75C")?.departement //=> "75"
 * signingPrefetFor("Métropole européenne de Lille")?.departement //=> "59"
 * signingPrefetFor("2BD", { asOf: "2017-06-01" })?.departement //=> "2B"
 */
export function signingPrefetFor(target: string, options: { readonly asOf?: string | undefined } = {}): SigningPrefet | undefined {
  const asOf = options.asOf ?? REFERENCE_DATE;
  const c = getCollectivite(normalizeCode(target), { asOf });
  if (c !== undefined) return forCollectivite(c);
  const m = getMetropole(target);
  return m === undefined ? undefined : forMetropole(m, asOf);
}

/**
 * The answer of {@link checkSigningDepartement}: whether the préfet of `departement` may sign,
 * and the rule it was checked against (`expected`).
 *
 * @example
 * SigningCheckSchema.parse(checkSigningDepartement("2B", "20R")).allowed //=> false
 */
export const SigningCheckSchema = z
  .object({ departement: DepartementCodeSchema, allowed: z.boolean(), expected: SigningPrefetSchema })
  .meta({ title: "SigningCheck", description: "Le préfet de ce département peut-il signer pour cette collectivité ?" });
/** See {@link SigningCheckSchema}. */
export type SigningCheck = z.infer<typeof SigningCheckSchema>;

/**
 * Checks that the préfet of `departementCode` (the contract's `state.departement`) may sign for
 * the target collectivity or métropole on `asOf`, so that the composer can warn before anyone
 * signs: Corse with `2B` is refused (the préfet de Corse is the préfet de la Corse-du-Sud). The
 * answer's `expected.provenance` says how sure the rule is: warn, do not block, on anything but
 * `confirmed`. `undefined` when the target is unknown.
 *
 * @example
 * checkSigningDepartement("2B", "20R")?.allowed //=> false
 * checkSigningDepartement("2A", "20R")?.allowed //=> true
 * checkSigningDepartement("68", "6AE")?.expected.provenance //=> "unconfirmed"
 * checkSigningDepartement("69", "Métropole de Lyon")?.allowed //=> true
 */
export function checkSigningDepartement(
  departementCode: string,
  target: string,
  options: { readonly asOf?: string | undefined } = {},
): SigningCheck | undefined {
  const expected = signingPrefetFor(target, options);
  if (expected === undefined) return undefined;
  const departement = normalizeCode(departementCode);
  return { departement, allowed: departement === expected.departement, expected };
}
