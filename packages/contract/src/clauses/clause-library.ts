import { z } from "zod";

const Text = z.string().trim().min(1);

/**
 * The stable ids of a contract's articles, in the order of the plausible layout of a CLS: the
 * keys of `input.articles` overrides and of a profile's clause library.
 *
 * @example
 * ARTICLE_IDS[0] //=> "objet"
 * ARTICLE_IDS.length //=> 14
 */
export const ARTICLE_IDS = Object.freeze([
  "objet",
  "engagements-collectivite",
  "engagements-etat",
  "actions",
  "financement",
  "versements",
  "suivi",
  "gouvernance",
  "communication",
  "donnees-personnelles",
  "duree",
  "modification",
  "resiliation",
  "litiges",
] as const);

/**
 * One of {@link ARTICLE_IDS}.
 *
 * @example
 * ArticleIdSchema.parse("financement") //=> "financement"
 */
export const ArticleIdSchema = z.enum(ARTICLE_IDS);
/** A stable article id. */
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/**
 * When an article is part of a contract: always (no `when`), or — `"personal-data"` — only
 * when one of its actions handles beneficiaries' personal data (`personalData: true`).
 *
 * @example
 * ClauseConditionSchema.parse("personal-data") //=> "personal-data"
 */
export const ClauseConditionSchema = z.enum(["personal-data"]);
/** See {@link ClauseConditionSchema}. */
export type ClauseCondition = z.infer<typeof ClauseConditionSchema>;

/**
 * One article template of a clause library: its id, its heading, its text with `{slot}`
 * placeholders (paragraphs separated by blank lines), and `when` it belongs to a contract.
 * Articles left out are not numbered. Custom profiles may add ids of their own.
 *
 * @example
 * ClauseTemplateSchema.parse({ id: "objet", title: "Objet", text: "Le présent contrat…" }).id //=> "objet"
 */
export const ClauseTemplateSchema = z.object({
  id: Text,
  title: Text,
  text: z.string(),
  when: ClauseConditionSchema.optional(),
});
/** An article template. */
export type ClauseTemplate = z.infer<typeof ClauseTemplateSchema>;

/**
 * A profile's article templates, in the order the articles are numbered.
 *
 * @example
 * ClauseLibrarySchema.parse([]) //=> []
 */
export const ClauseLibrarySchema = z.array(ClauseTemplateSchema);
/** A clause library. */
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;
