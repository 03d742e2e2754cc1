import { z } from "zod";
import { CommuneCodeSchema, DepartementCodeSchema } from "../insee";

/**
 * INSEE's "type de nom en clair" (TNCC): which article a name takes and how "de" joins it.
 * 0 = no article, "de"; 1 = no article, "d'"; 2 = le/du; 3 = la/de la; 4 = les/des;
 * 5 = l'/de l'; 6 = aux/des; 7 = las/de las; 8 = los/de los.
 *
 * @example
 * TnccSchema.parse(3) //=> 3
 */
export const TnccSchema = z.number().int().min(0).max(8);
/** An INSEE TNCC value, 0 to 8. See {@link TnccSchema}. */
export type Tncc = z.infer<typeof TnccSchema>;

const ARTICLES: readonly (readonly [article: string, de: string])[] = [
  ["", "de "],
  ["", "d'"],
  ["le ", "du "],
  ["la ", "de la "],
  ["les ", "des "],
  ["l'", "de l'"],
  ["aux ", "des "],
  ["las ", "de las "],
  ["los ", "de los "],
];

/**
 * The forms of a name that French sentences need, from its INSEE TNCC: the article, the name
 * with its article ("la Creuse") and the name after "de" ("de la Creuse", "du Rhône",
 * "des Landes", "de l'Ain", "d'Eure-et-Loir"), for "le préfet de la Creuse". Apostrophes are
 * straight (`'`); typography is the renderer's job. An out-of-range TNCC is read as 0.
 *
 * @example
 * nameForms("Creuse", 3) //=> { article: "la ", withArticle: "la Creuse", withDe: "de la Creuse" }
 * nameForms("Ain", 5).withDe //=> "de l'Ain"
 * nameForms("Paris", 0).withDe //=> "de Paris"
 */
export function nameForms(name: string, tncc: number): { article: string; withArticle: string; withDe: string } {
  const [article, de] = ARTICLES[tncc] ?? ARTICLES[0] ?? ["", "de "];
  return { article, withArticle: `${article}${name}`, withDe: `${de}${name}` };
}

/**
 * A département of the INSEE COG (as of `REFERENCE_DATE`): its code, its name
 * ("Creuse"), its region code, the INSEE code of its chef-lieu commune, its TNCC and the
 * article forms derived from it ({@link nameForms}).
 *
 * @example
 * DepartementSchema.parse(getDepartement("23")).withDe //=> "de la Creuse"
 */
export const DepartementSchema = z.object({
  code: DepartementCodeSchema,
  name: z.string().min(1),
  regionCode: z.string().regex(/^\d{2}$/),
  chefLieu: CommuneCodeSchema,
  tncc: TnccSchema,
  article: z.string(),
  withArticle: z.string().min(1),
  withDe: z.string().min(1),
});
/** A département. See {@link DepartementSchema}. */
export type Departement = z.infer<typeof DepartementSchema>;
