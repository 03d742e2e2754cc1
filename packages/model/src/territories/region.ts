import { z } from "zod";
import { CommuneCodeSchema, DepartementCodeSchema } from "../insee";
import { AsOfDateSchema } from "./as-of";
import { ExecutiveTitleSchema } from "./collectivite";
import { TnccSchema } from "./departement";
import { SourceRefSchema, SourcedSchema } from "./sourced";

/**
 * An INSEE region code: two digits ("11" Île-de-France, "44" Grand Est, "94" Corse, "01" to
 * "06" overseas).
 *
 * @example
 * RegionCodeSchema.parse("44") //=> "44"
 * RegionCodeSchema.safeParse("4").success //=> false
 */
export const RegionCodeSchema = z.string().regex(/^\d{2}$/).meta({ title: "RegionCode", description: "Code INSEE d’une région (deux chiffres)." });
/** An INSEE region code. See {@link RegionCodeSchema}. */
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/**
 * How the préfet de région's full quality is written: `region-and-departement` when the title
 * of the region comes first, then the département's (« préfet de la région Grand Est, préfet du
 * Bas-Rhin »); `departement` when only the département's title is used (the single-département
 * overseas regions: « préfet de La Réunion »).
 *
 * @example
 * RegionalPrefetStyleSchema.parse("departement") //=> "departement"
 */
export const RegionalPrefetStyleSchema = z.enum(["region-and-departement", "departement"]).meta({
  title: "RegionalPrefetStyle",
  description: "Forme de la qualité du préfet de région : titre de région puis de département, ou titre de département seul.",
});
/** See {@link RegionalPrefetStyleSchema}. */
export type RegionalPrefetStyle = z.infer<typeof RegionalPrefetStyleSchema>;

/**
 * The préfet de région's title as the préfets' own decrees and préfecture sites write it,
 * stored string by string, never built from a template: « préfet de la région Grand Est »,
 * « préfet de la région d'Île-de-France » (with « d' »), « préfet de Corse » (no « région »).
 * `title` is absent when the style is `departement`. `provenance` and `sources` are those of
 * the exact string.
 *
 * @example
 * RegionalPrefetSchema.parse(getRegion("94")?.prefet).title?.masculine //=> "préfet de Corse"
 */
export const RegionalPrefetSchema = z
  .object({
    style: RegionalPrefetStyleSchema,
    title: ExecutiveTitleSchema.optional(),
  })
  .extend(SourcedSchema.shape)
  .meta({ title: "RegionalPrefet", description: "Titre du préfet de région, tel que les textes l’écrivent, avec sa source." });
/** See {@link RegionalPrefetSchema}. */
export type RegionalPrefet = z.infer<typeof RegionalPrefetSchema>;

/**
 * A region of the 2016 map (13 in metropolitan France, 5 overseas): its INSEE code, name and
 * TNCC with the article forms (« les Hauts-de-France », « d'Île-de-France »), its chef-lieu
 * commune and the département of that commune — whose préfet is the préfet de région —, its
 * départements, the day this version starts (`validFrom`: 2016-01-01, or 2016-09-30 for the
 * seven regions named by the decrees of 28 September 2016) and its préfet's title.
 *
 * @example
 * RegionSchema.parse(getRegion("44")).chefLieuDepartement //=> "67"
 */
export const RegionSchema = z
  .object({
    code: RegionCodeSchema,
    name: z.string().min(1),
    tncc: TnccSchema,
    article: z.string(),
    withArticle: z.string().min(1),
    withDe: z.string().min(1),
    chefLieu: CommuneCodeSchema,
    chefLieuDepartement: DepartementCodeSchema,
    departements: z.array(DepartementCodeSchema).min(1),
    validFrom: AsOfDateSchema,
    prefet: RegionalPrefetSchema,
    sources: z.array(SourceRefSchema).min(1),
  })
  .meta({ title: "Region", description: "Région (carte de 2016), son chef-lieu, ses départements et le titre de son préfet." });
/** A region. See {@link RegionSchema}. */
export type Region = z.infer<typeof RegionSchema>;
