// Builds a RuleContext from a raw input, for testing one rule at a time.
import { ContractInputSchema, type ContractInput } from "../input";
import { contractPeriod, yearsBetween } from "../internal/period";
import type { Profile } from "../profile";
import { getProfile } from "../profiles/registry";
import type { RuleContext } from "../rules/rule";

export function ruleContext(input: ContractInput, options: { profile?: Profile; lang?: "fr" | "en" } = {}): RuleContext {
  const parsed = ContractInputSchema.parse(input);
  const profile = options.profile ?? getProfile(parsed.profile);
  if (profile === undefined) throw new Error(`unknown profile ${parsed.profile}`);
  const period = contractPeriod(parsed, profile);
  return { input: parsed, profile, period, years: yearsBetween(period.start, period.end), lang: options.lang ?? "fr" };
}

/** Applies a change to a fresh copy of an input and returns it. */
export function variant(base: () => ContractInput, change: (input: ContractInput) => void): ContractInput {
  const input = base();
  change(input);
  return input;
}
