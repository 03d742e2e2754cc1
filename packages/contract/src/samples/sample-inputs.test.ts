import { describe, expect, it } from "vitest";
import { getProfile } from "../profiles/registry";
import { validateContract } from "../validate-contract";
import { bordeauxInput, calpaeInput, creuseInput } from "./sample-inputs";

describe("the sample inputs", () => {
  it.each([
    ["creuseInput", creuseInput, "cls-departement-2024", []],
    ["bordeauxInput", bordeauxInput, "cls-metropole-2024", []],
    // No source settles the State service of the Pyrénées-Orientales in 2019: the text says « les services de l'État ».
    ["calpaeInput", calpaeInput, "calpae-2019", ["contract.state_service_unknown"]],
  ] as const)("%s is a valid input of %s, with only the expected warnings, fresh at every call", (_, make, profile, warnings) => {
    const input = make();
    expect(getProfile(input.profile)?.id).toBe(profile);
    const r = validateContract(input);
    expect(r.success ? r.warnings.map((w) => w.code) : r.issues).toEqual(warnings);
    expect(make()).not.toBe(input);
    expect(make().actions[0]).not.toBe(input.actions[0]);
  });
});
