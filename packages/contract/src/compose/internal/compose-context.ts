import type { Issue, Lang } from "@pacte/model";
import type { ClauseValues } from "../../clauses/fill-slots";
import type { ContractNames } from "../../clauses/contract-names";
import { ANNEX_IDS } from "../../clauses/slot-names";
import type { Contract } from "../../contract";
import { contractTotals, type ContractTotals } from "../../finance/totals";
import type { AnnexKind } from "../../profile-data";
import type { ClauseLibrary } from "../../clauses/clause-library";
import { clauseValuesOf } from "../clause-values";
import type { RefTarget } from "./clause-blocks";
import { collectiviteDesignation, type Designation } from "./designation";
import { ANNEX_OF_KIND, articleHeadingId } from "./ids";

/**
 * What every part of a contract's composition shares, computed once: the contract's totals, the
 * values of the clause slots, the names, the articles and annexes with their numbers, and the
 * texts the user replaced. Building the blocks of the articles is `articles.ts`'s job.
 */
export interface ComposeContext {
  readonly contract: Contract;
  /** The contract's totals, computed once for the whole composition. */
  readonly totals: ContractTotals;
  readonly values: ClauseValues;
  readonly names: ContractNames;
  readonly designation: Designation;
  readonly clauses: ClauseLibrary;
  readonly annexes: readonly AnnexKind[];
  readonly refs: ReadonlyMap<string, RefTarget>;
  /** Replacement texts by article id (and `preambule`): the options' over the input's. */
  readonly overrides: Readonly<Record<string, string>>;
  readonly lang: Lang;
  /** Unknown placeholders found in the user's texts. */
  readonly issues: Issue[];
  /** Block slots rendered as a fixed marker (to compare two versions of an article apart from those blocks). */
  readonly neutralBlocks: ReadonlySet<string>;
  /** References written as plain words (an article quoted in an avenant points to no heading of its own). */
  readonly plainRefs: boolean;
}

/** Options that change what the context holds. */
export interface ContextOptions {
  readonly articles?: Readonly<Record<string, string>> | undefined;
  readonly lang?: Lang | undefined;
  readonly neutralBlocks?: ReadonlySet<string> | undefined;
  readonly plainRefs?: boolean | undefined;
}

/**
 * The articles of the profile that belong to this contract, in order: those without a condition,
 * and the article on personal data when an action handles beneficiaries' data.
 */
export function contractClauses(contract: Contract): ClauseLibrary {
  return contract.profile.clauses.filter((c) => c.when === undefined || (c.when === "personal-data" && contract.actions.some((a) => a.personalData === true)));
}

/** Builds the context of a contract's composition. */
export function composeContext(contract: Contract, options: ContextOptions = {}): ComposeContext {
  const clauses = contractClauses(contract);
  const annexes = contract.profile.annexes;
  const refs = new Map<string, RefTarget>();
  const plainRefs = options.plainRefs === true;
  clauses.forEach((c, i) => refs.set(c.id, { target: plainRefs ? "" : articleHeadingId(c.id), text: `article ${i + 1}` }));
  annexes.forEach((kind, i) => refs.set(ANNEX_OF_KIND[kind], { target: plainRefs ? "" : ANNEX_OF_KIND[kind], text: `annexe ${i + 1}` }));
  for (const id of ANNEX_IDS) if (!refs.has(id)) refs.set(id, { target: "", text: "annexe" });
  const totals = contractTotals(contract);
  const designation = collectiviteDesignation(contract);
  return {
    contract,
    totals,
    values: clauseValuesOf(contract, totals, designation),
    names: contract.profile.names,
    designation,
    clauses,
    annexes,
    refs,
    overrides: { ...contract.articles, ...(options.articles ?? {}) },
    lang: options.lang ?? "fr",
    issues: [],
    neutralBlocks: options.neutralBlocks ?? new Set(),
    plainRefs,
  };
}
