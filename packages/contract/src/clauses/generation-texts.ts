import { z } from "zod";
import type { Profile } from "../profile";
import type { ClauseLibrary } from "./clause-library";
import { CALPAE_2019_CLAUSES, CALPAE_2019_PREAMBULE } from "./calpae-2019";
import { CLS_2024_CLAUSES, CLS_2024_PREAMBULE } from "./cls-2024";
import { CALPAE_2019_VISAS, CLS_DEPARTEMENT_2024_VISAS, CLS_METROPOLE_2024_VISAS } from "./visas";

/**
 * How a contract's kind is named in a sentence: its title and the forms a French sentence needs
 * (« au contrat local des solidarités », « de la convention… », « le présent contrat »), plus
 * the past participle that agrees with it (« signé » / « signée »).
 *
 * @example
 * ContractNamesSchema.parse(CLAUSE_GENERATIONS["cls-2024"].names).withA //=> "au contrat local des solidarités"
 */
export const ContractNamesSchema = z.object({
  title: z.string().min(1),
  withArticle: z.string().min(1),
  withDe: z.string().min(1),
  withA: z.string().min(1),
  present: z.string().min(1),
  Present: z.string().min(1),
  signed: z.string().min(1),
});
/** The names of a contract's kind. See {@link ContractNamesSchema}. */
export type ContractNames = z.infer<typeof ContractNamesSchema>;

/**
 * What a generation of contracts shares: its names, its préambule template and its articles.
 *
 * @example
 * const g: ClauseGeneration = CLAUSE_GENERATIONS["calpae-2019"];
 */
export interface ClauseGeneration {
  readonly names: ContractNames;
  readonly preambule: string;
  readonly clauses: ClauseLibrary;
}

/**
 * The texts of each generation: `cls-2024` (*contrat local des solidarités*, 2024–2027) and
 * `calpae-2019` (*convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi*).
 *
 * @example
 * CLAUSE_GENERATIONS["calpae-2019"].names.present //=> "la présente convention"
 */
export const CLAUSE_GENERATIONS: Readonly<Record<Profile["generation"], ClauseGeneration>> = Object.freeze({
  "cls-2024": {
    names: {
      title: "Contrat local des solidarités",
      withArticle: "le contrat local des solidarités",
      withDe: "du contrat local des solidarités",
      withA: "au contrat local des solidarités",
      present: "le présent contrat",
      Present: "Le présent contrat",
      signed: "signé",
    },
    preambule: CLS_2024_PREAMBULE,
    clauses: CLS_2024_CLAUSES,
  },
  "calpae-2019": {
    names: {
      title: "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
      withArticle: "la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
      withDe: "de la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
      withA: "à la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
      present: "la présente convention",
      Present: "La présente convention",
      signed: "signée",
    },
    preambule: CALPAE_2019_PREAMBULE,
    clauses: CALPAE_2019_CLAUSES,
  },
});

/**
 * The shipped default visas for a profile's generation and counterparty (a métropole's CLS
 * cites instruction DGCS/SD1B/2023/168, a département's DGCS/SD1B/2023/169).
 *
 * @example
 * defaultVisas("cls-2024", "metropole")[4]?.includes("2023/168") //=> true
 */
export function defaultVisas(generation: Profile["generation"], counterparty: Profile["counterparty"]): readonly string[] {
  if (generation === "calpae-2019") return CALPAE_2019_VISAS;
  return counterparty === "metropole" ? CLS_METROPOLE_2024_VISAS : CLS_DEPARTEMENT_2024_VISAS;
}
