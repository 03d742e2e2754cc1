// The samples as checked contracts, for this package's own tests. Every function returns a fresh
// object, so a test may change it freely.
import type { Contract } from "../contract";
import { bordeauxInput, calpaeInput, creuseInput } from "../samples/sample-inputs";
import { parseContract } from "../validate-contract";

export { bordeauxInput, calpaeInput, creuseInput };

/** Euros written in code → integer cents (fixtures only; amounts are round). */
export const eur = (euros: number): number => Math.round(euros * 100);

/** The checked Creuse contract. */
export function creuseContract(): Contract {
  return parseContract(creuseInput());
}

/** The checked Bordeaux Métropole contract. */
export function bordeauxContract(): Contract {
  return parseContract(bordeauxInput());
}

/** The checked CALPAE 2019 of the Pyrénées-Orientales. */
export function calpaeContract(): Contract {
  return parseContract(calpaeInput());
}
