import { ACTION_FIELDS_RULE } from "./action-fields";
import { ACTION_PARTS_RULE } from "./action-parts";
import { AMOUNT_TOTAL_RULE } from "./amount-total";
import { ZERO_FUNDING_RULE } from "./action-funding-zero";
import { ARTICLES_RULE } from "./articles";
import { AXIS_ALLOWED_RULE } from "./axis-allowed";
import { AXIS_COVERAGE_RULE } from "./axis-coverage";
import { AT_LEAST_RULE } from "./collectivite-at-least";
import { DELIBERATION_BODY_RULE } from "./deliberation-body";
import { DUPLICATE_ACTION_ID_RULE } from "./duplicate-action-id";
import { FEBRUARY_29_RULE } from "./february-29";
import { FUNDING_YEARS_RULE } from "./funding-years";
import { INDICATORS_RULE } from "./indicators";
import { MEETING_DATES_RULE } from "./meeting-dates";
import { PARITY_RULE } from "./parity";
import { PAYMENT_INSTALMENTS_RULE } from "./payment-instalments";
import { PERIOD_BOUNDS_RULE } from "./period-bounds";
import { PROFILE_OPTIONS_RULE } from "./profile-options";
import { REINFORCEMENT_RULE } from "./reinforcement";
import type { ContractRule } from "./rule";
import { SIGNATURE_DATES_RULE } from "./signature-dates";
import { STATE_CEILING_RULE } from "./state-ceiling";

/**
 * Every shipped rule, in the order their issues are reported: dates, options, actions and axes,
 * money, then the softer checks that give warnings.
 *
 * @example
 * CONTRACT_RULES.map((r) => r.id).includes("parity") //=> true
 */
export const CONTRACT_RULES: readonly ContractRule[] = Object.freeze<ContractRule[]>([
  PERIOD_BOUNDS_RULE,
  SIGNATURE_DATES_RULE,
  PROFILE_OPTIONS_RULE,
  DUPLICATE_ACTION_ID_RULE,
  AXIS_ALLOWED_RULE,
  AXIS_COVERAGE_RULE,
  ACTION_PARTS_RULE,
  FUNDING_YEARS_RULE,
  AMOUNT_TOTAL_RULE,
  PARITY_RULE,
  AT_LEAST_RULE,
  STATE_CEILING_RULE,
  PAYMENT_INSTALMENTS_RULE,
  FEBRUARY_29_RULE,
  ARTICLES_RULE,
  INDICATORS_RULE,
  ZERO_FUNDING_RULE,
  REINFORCEMENT_RULE,
  ACTION_FIELDS_RULE,
  DELIBERATION_BODY_RULE,
  MEETING_DATES_RULE,
]);
