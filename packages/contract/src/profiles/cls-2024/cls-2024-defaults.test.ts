import { describe, expect, it } from "vitest";
import { CLS_2024_DEFAULTS } from "./cls-2024-defaults";
import { CLS_DEPARTEMENT_2024 } from "./cls-departement-2024";
import { CLS_METROPOLE_2024 } from "./cls-metropole-2024";

describe("CLS_2024_DEFAULTS", () => {
  it.each([CLS_DEPARTEMENT_2024, CLS_METROPOLE_2024])("are what $id uses for the parameters the sources leave open", (profile) => {
    expect(profile.payment).toEqual(CLS_2024_DEFAULTS.payment);
    expect(profile.reporting).toMatchObject(CLS_2024_DEFAULTS.reporting);
    expect(profile.clawback).toEqual(CLS_2024_DEFAULTS.clawback);
    expect(profile.financing).toEqual(CLS_2024_DEFAULTS.financing);
    expect(profile.payment.instalments.reduce((t, i) => t + i.percent, 0)).toBe(100);
  });
});
