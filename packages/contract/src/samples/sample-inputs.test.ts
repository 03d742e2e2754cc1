import { describe, expect, it } from "vitest";
import { getProfile } from "../profiles/registry";
import { validateContract } from "../validate-contract";
import { bordeauxInput, calpaeInput, creuseInput } from "./sample-inputs";

describe("the sample inputs", () => {
  it.each([
    ["creuseInput", creuseInput, "cls-departement-2024"],
    ["bordeauxInput", bordeauxInput, "cls-metropole-2024"],
    ["calpaeInput", calpaeInput, "calpae-2019"],
  ] as const)("%s is a valid input of %s, without warnings, fresh at every call", (_, make, profile) => {
    const input = make();
    expect(getProfile(input.profile)?.id).toBe(profile);
    const r = validateContract(input);
    expect(r.success ? r.warnings : r.issues).toEqual([]);
    expect(make()).not.toBe(input);
    expect(make().actions[0]).not.toBe(input.actions[0]);
  });
});
