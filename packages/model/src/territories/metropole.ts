import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { CollectiviteCodeSchema, DepartementCodeSchema } from "../insee";
import { StoredSirenSchema } from "../internal/territory-identifiers";
import { TnccSchema } from "./departement";

/**
 * The statute of a métropole, as stable kebab-case ids: `metropole` (the common law of CGCT
 * L.5217-1), `metropole-a-statut-particulier` (Grand Paris, Aix-Marseille-Provence) and
 * `collectivite-territoriale-a-statut-particulier` (Lyon: a collectivity, not an EPCI).
 * French labels are in {@link METROPOLE_STATUTE_LABELS}.
 *
 * @example
 * MetropoleStatuteSchema.parse("metropole") //=> "metropole"
 */
export const MetropoleStatuteSchema = z.enum([
  "metropole",
  "metropole-a-statut-particulier",
  "collectivite-territoriale-a-statut-particulier",
]);
/** A métropole's statute. See {@link MetropoleStatuteSchema}. */
export type MetropoleStatute = z.infer<typeof MetropoleStatuteSchema>;

/**
 * The French label of each {@link MetropoleStatute}.
 *
 * @example
 * METROPOLE_STATUTE_LABELS["metropole-a-statut-particulier"] //=> "métropole à statut particulier"
 */
export const METROPOLE_STATUTE_LABELS: Readonly<Record<MetropoleStatute, string>> = deepFreeze({
  metropole: "métropole",
  "metropole-a-statut-particulier": "métropole à statut particulier",
  "collectivite-territoriale-a-statut-particulier": "collectivité territoriale à statut particulier",
});

/**
 * One of the 22 métropoles: its name and the TNCC that gives it its article (3 « la Métropole
 * européenne de Lille », 0 « Bordeaux Métropole », 1 « d'Orléans Métropole », 5
 * « l'Eurométropole de Strasbourg »; see {@link articleForms}), SIREN, statute, the CGCT article that governs it
 * ("L.5217-1"), the département of its seat (whose préfet signs its contract), the code of the
 * collectivity it also is (`69M` for Lyon) and the aliases people use ("MEL", "AMP").
 *
 * @example
 * MetropoleSchema.parse(getMetropole("244200770")).name //=> "Saint-Étienne Métropole"
 */
export const MetropoleSchema = z.object({
  name: z.string().min(1),
  tncc: TnccSchema,
  siren: StoredSirenSchema,
  statute: MetropoleStatuteSchema,
  cgctArticle: z.string().regex(/^L\.\d{4}-\d+$/),
  seatDepartement: DepartementCodeSchema,
  collectiviteCode: CollectiviteCodeSchema.optional(),
  aliases: z.array(z.string().min(1)),
});
/** A métropole. See {@link MetropoleSchema}. */
export type Metropole = z.infer<typeof MetropoleSchema>;
