import { deepFreeze } from "@pacte/issues";
import { CONTRACT_ISSUES } from "./messages";
import { PacteError, safeParseWith, type Issue, type Lang } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "./contract";
import { contractIssue } from "./issues";
import { ProfileDataSchema } from "./profile-data";

/**
 * A rule of a profile's own, run after the shipped rules on the checked contract: it returns
 * issues (errors or warnings), never throws on user data.
 *
 * @example
 * const rule: ProfileRule = (contract) => contract.actions.length > 20 ? [myIssue] : [];
 */
export type ProfileRule = (contract: Contract, options: { readonly lang: Lang }) => readonly Issue[];

/**
 * Checks that a value is a {@link ProfileRule} (a function).
 *
 * @example
 * ProfileRuleSchema.safeParse(() => []).success //=> true
 */
export const ProfileRuleSchema = z.custom<ProfileRule>((v) => typeof v === "function", {
  message: "Une règle de profil est une fonction (contract, { lang }) => Issue[].",
});

/**
 * A profile: its data ({@link ProfileDataSchema}: axes, period, financing, parameters, texts) and
 * its own rules, run after the shipped ones on the checked contract.
 *
 * @example
 * ProfileSchema.parse(CLS_DEPARTEMENT_2024).rules //=> []
 */
export const ProfileSchema = ProfileDataSchema.extend({
  rules: z.array(ProfileRuleSchema).default([]),
});
/** A profile, defaults applied. */
export type Profile = z.output<typeof ProfileSchema>;
/** What {@link defineProfile} accepts: a profile whose defaulted fields may be left out. */
export type ProfileInput = z.input<typeof ProfileSchema>;

/**
 * Checks a profile written by a team and fills in the documented defaults; a team passes the
 * result to `validateContract(input, { profiles: [profile] })` — no fork needed. Start from a
 * shipped profile with a spread to change one parameter. The profile returned is frozen, deeply.
 *
 * @throws {PacteError} when the profile itself is malformed (a programming error).
 * @example
 * const mine = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-local", reporting: { reportDue: "04-30" } });
 * mine.reporting //=> { reportDue: "04-30", finalReportMonths: 6 }
 */
export function defineProfile(input: ProfileInput): Profile {
  // A profile is parsed once, when it is defined (the shipped ones when the package loads):
  // without zod's compiled fast path, which only pays for schemas parsed again and again.
  const r = safeParseWith(ProfileSchema, input, { jitless: true });
  if (!r.success) throw new PacteError(r.issues);
  const p = r.data;
  const extra: Issue[] = [];
  if (p.period.start > p.period.end) {
    extra.push({
      code: "period.order",
      path: ["period"],
      message: `Profil « ${p.id} » : le début de la période (${p.period.start}) est après la fin (${p.period.end}).`,
      severity: "error",
      params: { start: p.period.start, end: p.period.end },
    });
  }
  const sum = p.payment.instalments.reduce((s, i) => s + i.percent, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    extra.push({
      code: "contract.payment_percent_sum",
      path: ["payment", "instalments"],
      message: `Profil « ${p.id} » : ${CONTRACT_ISSUES.message("contract.payment_percent_sum", { received: sum })}`,
      severity: "error",
      params: { received: sum },
    });
  }
  if (p.february29 === "refused") {
    const days: [string, (string | number)[]][] = [
      [p.reporting.reportDue, ["reporting", "reportDue"]],
      ...p.payment.instalments.map((i, k): [string, (string | number)[]] => [i.when, ["payment", "instalments", k, "when"]]),
    ];
    for (const [day, path] of days) {
      if (day === "02-29") extra.push(contractIssue("contract.february_29", path, { profile: p.id }));
    }
  }
  if (extra.length > 0) throw new PacteError(extra);
  return deepFreeze(p);
}
