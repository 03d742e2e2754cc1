import type { Issue, IssuePath, IssueSeverity, Lang } from "@pacte/issues";
import { CONTRACT_ISSUES, type ContractIssueCode } from "./messages";

/**
 * The severity a contract issue code has unless told otherwise: `warning` for the softer problems
 * (an action without indicators…), `error` for the rest.
 *
 * @example
 * contractIssueSeverity("contract.parity") //=> "error"
 * contractIssueSeverity("contract.action_without_indicators") //=> "warning"
 */
export function contractIssueSeverity(code: ContractIssueCode): IssueSeverity {
  return CONTRACT_ISSUES.severity(code);
}

/**
 * Builds a contract {@link Issue} from its code, path and params; the message comes from the
 * message map in `lang` (French by default), the severity from {@link contractIssueSeverity}.
 *
 * @example
 * contractIssue("contract.duplicate_action_id", ["actions", 3, "id"], { received: "A1", firstIndex: 0, firstPath: "actions[0]" }).message
 * //=> "Identifiant d’action en double : « A1 » est déjà celui de actions[0] ; chaque action a un identifiant unique."
 */
export function contractIssue(
  code: ContractIssueCode,
  path: IssuePath,
  params: Record<string, unknown> = {},
  options: { readonly severity?: IssueSeverity; readonly lang?: Lang } = {},
): Issue {
  return CONTRACT_ISSUES.issue(code, path, params, options);
}
