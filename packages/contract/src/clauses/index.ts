// The clause library, gathered for the profiles (`src/profiles/*.ts`) and the composer.
// Not the package barrel: `src/index.ts` names the public surface.
export { AMENDMENT_CLAUSES } from "./amendment-clauses";
export { CALPAE_2019_CLAUSES, CALPAE_2019_PREAMBULE } from "./calpae-2019";
export { CLS_2024_CLAUSES, CLS_2024_PREAMBULE } from "./cls-2024";
export {
  fillSlots,
  listSlots,
  tokenizeClause,
  UnknownSlotError,
  type ClauseToken,
  type ClauseValues,
} from "./fill-slots";
export {
  CLAUSE_GENERATIONS,
  ContractNamesSchema,
  defaultVisas,
  type ClauseGeneration,
  type ContractNames,
} from "./generation-texts";
export { ANNEX_IDS, CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS, type AnnexId } from "./slot-names";
export { CALPAE_2019_VISAS, CLS_DEPARTEMENT_2024_VISAS, CLS_METROPOLE_2024_VISAS } from "./visas";
