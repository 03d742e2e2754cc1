import { z } from "zod";

/** [article, after « de », after « à »] for each INSEE TNCC, 0 to 8. */
const FORMS: readonly (readonly [article: string, de: string, a: string])[] = [
  ["", "de ", "à "],
  ["", "d'", "à "],
  ["le ", "du ", "au "],
  ["la ", "de la ", "à la "],
  ["les ", "des ", "aux "],
  ["l'", "de l'", "à l'"],
  ["aux ", "des ", "aux "],
  ["las ", "de las ", "à las "],
  ["los ", "de los ", "à los "],
];

/**
 * The forms of a name a French sentence needs, with the name kept exactly as given (capitals
 * included): its article, the name with its article, after « de » and after « à ».
 * Apostrophes are straight (`'`); typography is the renderer's job.
 *
 * @example
 * ArticleFormsSchema.parse(articleForms("Conseil de Paris", 2)).withDe //=> "du Conseil de Paris"
 */
export const ArticleFormsSchema = z.object({
  article: z.string(),
  withArticle: z.string().min(1),
  withDe: z.string().min(1),
  withA: z.string().min(1),
});
/** A name in the forms a sentence needs. See {@link ArticleFormsSchema}. */
export type ArticleForms = z.infer<typeof ArticleFormsSchema>;

/**
 * A name with the article INSEE's TNCC gives it (0 none, 1 none but « d' »,
 * 2 le/du/au, 3 la, 4 les/des/aux, 5 l'), keeping its capitals: « le Conseil de Paris »,
 * « de l'Assemblée de Corse », « des Hauts-de-France », « d'Orléans Métropole ». The reference
 * data carries a TNCC for every name it holds, so callers never guess an article from the
 * first word. An out-of-range TNCC is read as 0.
 *
 * @example
 * articleForms("Conseil de Paris", 2) //=> { article: "le ", withArticle: "le Conseil de Paris", withDe: "du Conseil de Paris", withA: "au Conseil de Paris" }
 * articleForms("Assemblée de Corse", 5).withDe //=> "de l'Assemblée de Corse"
 * articleForms("commission permanente du conseil départemental de la Creuse", 3).withA //=> "à la commission permanente du conseil départemental de la Creuse"
 * articleForms("Hauts-de-France", 4).withDe //=> "des Hauts-de-France"
 */
export function articleForms(name: string, tncc: number): ArticleForms {
  const [article, de, a] = FORMS[tncc] ?? FORMS[0] ?? ["", "de ", "à "];
  return { article, withArticle: `${article}${name}`, withDe: `${de}${name}`, withA: `${a}${name}` };
}

