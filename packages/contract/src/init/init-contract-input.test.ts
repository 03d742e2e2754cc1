import { getCollectivite, getMetropole } from "@pacte/model";
import { describe, expect, it } from "vitest";
import type { Profile } from "../profile";
import { CALPAE_2019 } from "../profiles/calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "../profiles/cls-2024/cls-metropole-2024";
import { validateContract } from "../validate-contract";
import { initContractInput, initDates, type InitParty } from "./init-contract-input";

const creuse: InitParty = { kind: "collectivite", record: getCollectivite("23D", { asOf: "2023-12-17" })! };
const bordeaux: InitParty = { kind: "metropole", record: getMetropole("Bordeaux Métropole")! };
const cases: [Profile, InitParty, string, string[]][] = [
  [CLS_DEPARTEMENT_2024, creuse, "CLS-23D-2024-001", ["A1.1", "A3.1", "A4.1"]],
  [CLS_METROPOLE_2024, bordeaux, "CLS-243300316-2024-001", ["A1.1", "A2.1", "A3.1", "A4.1"]],
  [CALPAE_2019, { kind: "collectivite", record: getCollectivite("23D", { asOf: "2018-12-17" })! }, "CALPAE-23D-2019-001", ["S1", "I1"]],
];

describe("initContractInput", () => {
  it.each(cases)("gives a valid input from the template of %s", (profile, party, reference, ids) => {
    const input = initContractInput(profile, party, { place: "Guéret" });
    expect(input.reference).toBe(reference);
    expect(input.actions.map((a) => a.id)).toEqual(ids);
    const r = validateContract(input);
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it("funds the years as the template says, with growing targets: the CALPAE its first year only (the later ones by avenant)", () => {
    const input = initContractInput(CALPAE_2019, cases[2]![1]);
    expect(input.actions[0]?.funding).toEqual({ "2019": { state: 5_000_000, collectivite: 6_000_000 } });
    expect(Object.keys(initContractInput(CLS_DEPARTEMENT_2024, creuse).actions[0]?.funding ?? {})).toEqual(["2024", "2025", "2026", "2027"]);
    expect(input.actions.map((a) => a.part)).toEqual(["socle", "initiative"]);
    expect(input.actions[0]?.indicators?.[0]?.targets).toEqual({ "2019": 10, "2020": 20, "2021": 30 });
  });

  it("leaves placeholders where the reference data has no answer", () => {
    const input = initContractInput(CLS_DEPARTEMENT_2024, creuse);
    expect(input.signature).toEqual({ place: "à compléter", date: "2023-12-17" });
    expect(input.state.prefet.name).toBe("Prénom Nom");
    expect(input.collectivite.deliberation).toEqual({ number: "à compléter", date: "2023-12-02", body: "commission permanente" });
  });
});

describe("initDates", () => {
  it("signs and deliberates the template's number of days before the period starts", () => {
    expect(initDates(CLS_DEPARTEMENT_2024)).toEqual({ signature: "2023-12-17", deliberation: "2023-12-02" });
    expect(initDates({ ...CLS_DEPARTEMENT_2024, init: { ...CLS_DEPARTEMENT_2024.init, signatureDaysBeforeStart: 0 } }).signature).toBe("2024-01-01");
  });
});
