import { fail, IsoDateSchema, ok, safeParseWith, type Issue, type IssuePath, type Lang, type Result } from "@pacte/model";
import { z } from "zod";
import type { Contract } from "../contract";
import { DeliberationSchema } from "../input";
import { contractIssue } from "../issues";
import type { Profile } from "../profile";
import { validateContract } from "../validate-contract";
import type { ContractChange } from "./contract-change";
import { diffContracts } from "./diff-contracts";

const Text = z.string().trim().min(1);

/**
 * What an *avenant* says of itself: its number (1 for the first), its date (the signature
 * date, and the document's `createdAt`), the reasons it is concluded for, where it is signed
 * (the contract's place by default), and the deliberation that empowers the executive to sign
 * it (without one, the revised contract's when it differs from the base's).
 *
 * @example
 * AmendmentTermsSchema.parse({ number: 1, date: "2025-03-14", reasons: ["Redéploiement de crédits"] }).number //=> 1
 */
export const AmendmentTermsSchema = z.strictObject({
  number: z.number().int().min(1),
  date: IsoDateSchema,
  reasons: z.array(Text).default([]),
  place: Text.optional(),
  deliberation: DeliberationSchema.optional(),
});
/** The terms of an amendment, as given. */
export type AmendmentTermsInput = z.input<typeof AmendmentTermsSchema>;
/** The terms of an amendment, checked. */
export type AmendmentTerms = z.output<typeof AmendmentTermsSchema>;

/**
 * An *avenant*: its terms, the contract before and after it (both checked against their
 * profile), and the changes from one to the other (see `diffContracts`).
 *
 * @example
 * const a: Amendment = createAmendment(base, revised, { number: 1, date: "2025-03-14" }).data;
 * a.changes.length //=> 5
 */
export interface Amendment extends AmendmentTerms {
  readonly base: Contract;
  readonly revised: Contract;
  readonly changes: readonly ContractChange[];
}

/**
 * Options of {@link createAmendment}: a team's own profiles (to validate inputs) and the
 * language of the messages.
 *
 * @example
 * const options: CreateAmendmentOptions = { profiles: [myProfile], lang: "en" };
 */
export interface CreateAmendmentOptions {
  readonly profiles?: readonly Profile[] | undefined;
  readonly lang?: Lang | undefined;
}

const isContract = (v: unknown): v is Contract =>
  typeof v === "object" && v !== null && typeof (v as { profile?: unknown }).profile === "object" && "input" in v;

const under = (prefix: string, issues: readonly Issue[]): Issue[] => issues.map((i) => ({ ...i, path: [prefix, ...i.path] as IssuePath }));

function checked(version: unknown, prefix: "base" | "revised", options: CreateAmendmentOptions): Result<Contract> {
  if (isContract(version)) return ok(version);
  const r = validateContract(version, options);
  return r.success ? ok(r.data, under(prefix, r.warnings)) : fail(under(prefix, [...r.issues, ...r.warnings]));
}

/**
 * Makes an *avenant* from two versions of a contract — checked contracts, or inputs that are
 * validated against their profile first (their issues come back under `base.…` and
 * `revised.…`) — and its terms (issues under `amendment.…`). The revised contract must keep the
 * reference (`contract.amendment_reference_mismatch`) and the profile
 * (`contract.amendment_profile_mismatch`); the avenant is dated on or after the contract's
 * signature (`contract.amendment_date_before_signature`); a number that is not an integer from 1
 * gives `contract.amendment_number`. Identical versions give the warning
 * `contract.amendment_no_change`. Pure; never throws on user data.
 *
 * @example
 * const r = createAmendment(creuseContract(), revisedInput, { number: 1, date: "2025-03-14", reasons: ["Ajout d'une action"] });
 * r.success && r.data.changes.map((c) => c.kind) //=> ["funding", "funding", …, "action-added"]
 */
export function createAmendment(
  base: unknown,
  revised: unknown,
  terms: AmendmentTermsInput,
  options: CreateAmendmentOptions = {},
): Result<Amendment> {
  const lang = options.lang ?? "fr";
  const issues: Issue[] = [];
  const raw: Record<string, unknown> = typeof terms === "object" && terms !== null ? { ...terms } : {};
  const { number, ...rest } = raw;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1) {
    issues.push(contractIssue("contract.amendment_number", ["amendment", "number"], { received: number }, { lang }));
  }
  const parsedTerms = safeParseWith(AmendmentTermsSchema.omit({ number: true }), rest, { lang });
  const b = checked(base, "base", options);
  const r = checked(revised, "revised", options);
  issues.push(...(b.success ? b.warnings : [...b.issues, ...b.warnings]), ...(r.success ? r.warnings : [...r.issues, ...r.warnings]));
  if (!parsedTerms.success) issues.push(...under("amendment", parsedTerms.issues));
  if (!b.success || !r.success || !parsedTerms.success || issues.some((i) => i.severity === "error")) return fail(issues);

  const before = b.data;
  const after = r.data;
  if (after.reference !== before.reference) {
    issues.push(contractIssue("contract.amendment_reference_mismatch", ["revised", "reference"], { expected: before.reference, received: after.reference }, { lang }));
  }
  if (after.profile.id !== before.profile.id) {
    issues.push(contractIssue("contract.amendment_profile_mismatch", ["revised", "profile"], { expected: before.profile.id, received: after.profile.id }, { lang }));
  }
  const t = parsedTerms.data;
  if (t.date < before.signature.date) {
    issues.push(contractIssue("contract.amendment_date_before_signature", ["amendment", "date"], { date: t.date, signature: before.signature.date }, { lang }));
  }
  const changes = diffContracts(before, after);
  if (changes.length === 0) issues.push(contractIssue("contract.amendment_no_change", [], {}, { lang }));
  if (issues.some((i) => i.severity === "error")) return fail(issues);

  const amendment: Amendment = {
    number: number as number,
    date: t.date,
    reasons: t.reasons,
    ...(t.place !== undefined ? { place: t.place } : {}),
    ...(t.deliberation !== undefined ? { deliberation: t.deliberation } : {}),
    base: before,
    revised: after,
    changes,
  };
  return ok(amendment, issues);
}
