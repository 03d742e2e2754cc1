import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { AsOfDateSchema } from "./as-of";
import { CollectiviteCodeSchema, DepartementCodeSchema } from "../insee";
import { StoredSirenSchema, StoredSiretSchema } from "../internal/territory-identifiers";
import { ConfidenceSchema } from "./confidence";
import { TnccSchema } from "./departement";

/**
 * The kinds of collectivity that hold departmental powers, as stable kebab-case ids.
 * French labels are in {@link COLLECTIVITE_KIND_LABELS}.
 *
 * @example
 * CollectiviteKindSchema.parse("collectivite-territoriale-unique") //=> "collectivite-territoriale-unique"
 */
export const CollectiviteKindSchema = z.enum([
  "departement",
  "collectivite-a-statut-particulier",
  "collectivite-territoriale-unique",
]);
/** A kind of collectivity with departmental powers. See {@link CollectiviteKindSchema}. */
export type CollectiviteKind = z.infer<typeof CollectiviteKindSchema>;

/**
 * The French label of each {@link CollectiviteKind}, as documents print it.
 *
 * @example
 * COLLECTIVITE_KIND_LABELS["collectivite-a-statut-particulier"] //=> "collectivité à statut particulier"
 */
export const COLLECTIVITE_KIND_LABELS: Readonly<Record<CollectiviteKind, string>> = deepFreeze({
  departement: "département",
  "collectivite-a-statut-particulier": "collectivité à statut particulier",
  "collectivite-territoriale-unique": "collectivité territoriale unique",
});

/**
 * The title of a collectivity's executive, in lower case as it reads mid-sentence, in its
 * masculine and feminine forms ("président du conseil départemental" /
 * "présidente du conseil départemental"; "maire de Paris" for both).
 *
 * @example
 * ExecutiveTitleSchema.parse({ masculine: "maire de Paris", feminine: "maire de Paris" }).feminine //=> "maire de Paris"
 */
export const ExecutiveTitleSchema = z.object({
  masculine: z.string().min(1),
  feminine: z.string().min(1),
});
/** An executive's title in both genders. See {@link ExecutiveTitleSchema}. */
export type ExecutiveTitle = z.infer<typeof ExecutiveTitleSchema>;

/**
 * One version of a collectivity with departmental powers: the contract counterparty for one or
 * more départements over a span of dates. A collectivity whose territory changed has several
 * versions under the same code (the Département du Rhône covered all of 69 until 2014-12-31 and
 * only the part outside the Métropole de Lyon since 2015-01-01).
 *
 * - `departements`: the département codes it covers; `extent` says whether it covers them
 *   whole or only in `part` (Rhône and Lyon since 2015).
 * - `validFrom` / `validTo`: inclusive ISO dates; absent means "before anything this data
 *   covers" / "still in force". `validityConfidence` says whether the dates are confirmed.
 * - `siren` / `siret`: only where a source gave them (historical councils have none here).
 * - `codeConfidence`, `executiveTitleConfidence`: `unconfirmed` for the code `75C` and the titles
 *   of Corse, Martinique and Guyane; keep them overridable.
 * - `tncc`: the INSEE-style article type of `name` (2 « le Département de la Creuse »,
 *   3 « la Collectivité de Corse »); {@link articleForms} turns it into « du Département… ».
 * - `aliases`: other names people use ("CEA", "Alsace", "Creuse", "la Creuse").
 * - `replacedBy`: the codes of the collectivities that took over, for a dissolved one.
 *
 * @example
 * CollectiviteSchema.parse(getCollectivite("6AE")).validFrom //=> "2021-01-01"
 */
export const CollectiviteSchema = z.object({
  code: CollectiviteCodeSchema,
  codeConfidence: ConfidenceSchema,
  name: z.string().min(1),
  tncc: TnccSchema,
  kind: CollectiviteKindSchema,
  departements: z.array(DepartementCodeSchema).min(1),
  extent: z.enum(["whole", "part"]),
  executiveTitle: ExecutiveTitleSchema,
  executiveTitleConfidence: ConfidenceSchema,
  siren: StoredSirenSchema.optional(),
  siret: StoredSiretSchema.optional(),
  validFrom: AsOfDateSchema.optional(),
  validTo: AsOfDateSchema.optional(),
  validityConfidence: ConfidenceSchema,
  aliases: z.array(z.string().min(1)),
  replacedBy: z.array(CollectiviteCodeSchema).optional(),
});
/** One version of a collectivity with departmental powers. See {@link CollectiviteSchema}. */
export type Collectivite = z.infer<typeof CollectiviteSchema>;

/**
 * The feminine form of an executive title written in the masculine: "président…" becomes
 * "présidente…"; other titles ("maire de Paris") are the same in both genders.
 *
 * @example
 * feminineTitle("président du conseil départemental") //=> "présidente du conseil départemental"
 * feminineTitle("maire de Paris") //=> "maire de Paris"
 */
export function feminineTitle(masculine: string): string {
  return masculine.replace(/^président(?=\s|$)/u, "présidente");
}
