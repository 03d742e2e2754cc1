import { toJsonSchema, type JsonSchema } from "@pacte/model";
import { ContractInputSchema } from "./input";

/**
 * The JSON Schema (draft 2020-12) of a contract's input — what a team writes in a JSON or YAML
 * file — so editors can complete and check it. Describes the input side (amounts as integers of
 * cents, dates as `YYYY-MM-DD` strings); cross-field rules (parity, axes, dates in order) are
 * left to `validateContract`.
 *
 * @example
 * contractInputJsonSchema().required //=> ["reference", "profile", "state", "collectivite", "signature", "actions"]
 */
export function contractInputJsonSchema(): JsonSchema {
  return toJsonSchema(ContractInputSchema, {
    io: "input",
    title: "Entrée d’un contrat (Pacte des solidarités)",
  });
}
