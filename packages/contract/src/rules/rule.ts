import type { IsoDate, Issue, Lang } from "@pacte/model";
import type { ParsedContractInput } from "../input";
import type { Profile } from "../profile";

/**
 * A top-level part of a contract's input (`actions`, `collectivite`, `period`…): the unit
 * `validateContract` checks on its own, so that a broken part does not hide the problems of the
 * others.
 *
 * @example
 * const part: ContractInputPart = "actions";
 */
export type ContractInputPart = keyof ParsedContractInput;

/**
 * What a shipped rule sees: the parts of the parsed input it needs (`K`), its profile, the
 * contract's period and civil years (the input's period, else the profile's), and the language
 * of the messages. Rules need no reference data, so they run even when the collectivity could
 * not be resolved — all problems come out at once.
 *
 * @example
 * const ctx: RuleContext<"actions"> = { input: { actions }, profile: CLS_DEPARTEMENT_2024, period: { start: "2024-01-01", end: "2027-12-31" }, years: [2024, 2025, 2026, 2027], lang: "fr" };
 */
export interface RuleContext<K extends ContractInputPart = ContractInputPart> {
  readonly input: Pick<ParsedContractInput, K>;
  readonly profile: Profile;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly years: readonly number[];
  readonly lang: Lang;
}

/**
 * A shipped rule: a stable id, the parts of the input it reads (`needs`; `period` also stands for
 * the context's period and years), and a pure check that returns issues (errors and warnings).
 * `validateContract` runs a rule whenever every part it needs is valid, whatever the state of the
 * other parts.
 *
 * @example
 * PARITY_RULE.needs //=> ["actions", "period"]
 */
export interface ContractRule<K extends ContractInputPart = ContractInputPart> {
  readonly id: string;
  readonly needs: readonly K[];
  readonly check: (ctx: RuleContext<K>) => readonly Issue[];
}

/**
 * Declares a rule, its `needs` typing what its check may read; the rule returned is frozen.
 *
 * @example
 * const rule = defineRule({ id: "my-rule", needs: ["actions"], check: ({ input }) => [] });
 */
export function defineRule<K extends ContractInputPart>(rule: ContractRule<K>): ContractRule<K> {
  return Object.freeze({ ...rule, needs: Object.freeze([...rule.needs]) });
}
