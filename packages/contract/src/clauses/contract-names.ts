import { z } from "zod";

const Name = z.string().trim().min(1);

/**
 * How a kind of contract is named in a sentence: its title (the title page's) and the forms a
 * French sentence needs, « le contrat local des solidarités », « du … », « au … », « le présent
 * contrat » (and capitalised, to open a sentence), and the past participle that agrees with it
 * (« signé » / « signée »). A profile carries them: they fill the slots `contract.title`,
 * `contract.withArticle`, `contract.withDe`, `contract.withA`, `contract.present`,
 * `contract.Present` and `contract.signed`.
 *
 * @example
 * ContractNamesSchema.parse(CALPAE_2019.names).present //=> "la présente convention"
 */
export const ContractNamesSchema = z.object({
  title: Name,
  withArticle: Name,
  withDe: Name,
  withA: Name,
  present: Name,
  Present: Name,
  signed: Name,
});
/** The names of a kind of contract. See {@link ContractNamesSchema}. */
export type ContractNames = z.infer<typeof ContractNamesSchema>;
