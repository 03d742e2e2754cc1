import type { IsoDate, Issue, Lang } from "@pacte/model";
import type { ParsedContractInput } from "../input";
import type { Profile } from "../profile";

/**
 * What a shipped rule sees: the parsed input, its profile, the contract's period and civil
 * years, and the language of the messages. Rules need no reference data, so they run even when
 * the collectivity could not be resolved — all problems come out at once.
 *
 * @example
 * const ctx: RuleContext = { input, profile: CLS_DEPARTEMENT_2024, period: { start: "2024-01-01", end: "2027-12-31" }, years: [2024, 2025, 2026, 2027], lang: "fr" };
 */
export interface RuleContext {
  readonly input: ParsedContractInput;
  readonly profile: Profile;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly years: readonly number[];
  readonly lang: Lang;
}

/**
 * A shipped rule: a stable id and a pure check that returns issues (errors and warnings).
 *
 * @example
 * PARITY_RULE.id //=> "parity"
 */
export interface ContractRule {
  readonly id: string;
  readonly check: (ctx: RuleContext) => readonly Issue[];
}
