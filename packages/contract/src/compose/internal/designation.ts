import type { Contract } from "../../contract";

/** How the articles name the collectivity once defined: its short name and the agreement it takes. */
export interface Designation {
  /** "Département", "Métropole", "Collectivité", "Ville": as a table column or a capitalised noun. */
  readonly noun: string;
  /** "le Département". */
  readonly withArticle: string;
  /** "du Département", "de la Métropole". */
  readonly withDe: string;
  /** "au Département", "à la Métropole". */
  readonly withA: string;
  readonly gender: "f" | "m";
}

/**
 * The collectivity's short designation: « le Département » for a département, « la Métropole »
 * for a métropole (the Métropole de Lyon included), « la Ville » for Paris, « la Collectivité » for the other collectivities with
 * departmental powers (Corse, Alsace, Martinique, Guyane…).
 */
export function collectiviteDesignation(contract: Contract): Designation {
  const c = contract.collectivite;
  let noun = "Collectivité";
  if (c.kind === "metropole" || /\bM[ée]tropole\b/u.test(c.name)) noun = "Métropole";
  else if (c.record.kind === "departement" || /^Département\b/u.test(c.name)) noun = "Département";
  else if (/^Ville\b/u.test(c.name)) noun = "Ville";
  const gender = noun === "Département" ? "m" : "f";
  return gender === "m"
    ? { noun, withArticle: `le ${noun}`, withDe: `du ${noun}`, withA: `au ${noun}`, gender }
    : { noun, withArticle: `la ${noun}`, withDe: `de la ${noun}`, withA: `à la ${noun}`, gender };
}
