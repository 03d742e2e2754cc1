import type { Contract } from "../../contract";
import type { ParsedContractInput } from "../../input";

/** The parsed input of a checked contract, or the parsed input itself. */
export function inputOf(version: Contract | ParsedContractInput): ParsedContractInput {
  return typeof version.profile === "object" ? (version as Contract).input : (version as ParsedContractInput);
}
