import { formatPath, PacteError } from "@pacte/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContractInput } from "./input";
import { defineProfile } from "./profile";
import { CLS_DEPARTEMENT_2024 } from "./profiles/cls-2024/cls-departement-2024";
import { financialTable } from "./finance/financial-table";
import { validCreuseInput } from "./test-support/arbitraries";
import { bordeauxInput, calpaeInput, creuseInput, eur } from "./test-support/fixtures";
import { variant } from "./test-support/rule-context";
import { parseContract, validateContract } from "./validate-contract";

type Change = (i: ContractInput) => void;
const errors = (input: unknown, options = {}) => {
  const r = validateContract(input, options);
  return r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)]);
};

describe("validateContract: valid contracts", () => {
  it.each([
    ["Creuse (département, 12 actions)", creuseInput],
    ["Bordeaux Métropole (four axes)", bordeauxInput],
    ["Pyrénées-Orientales CALPAE 2019", calpaeInput],
  ])("%s passes without warnings", (_, make) => {
    const r = validateContract(make());
    expect(r.success).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it("assembles the checked contract", () => {
    const c = parseContract(creuseInput());
    expect(c.years).toEqual([2024, 2025, 2026, 2027]);
    expect(c.period).toEqual({ start: "2024-01-01", end: "2027-12-31" });
    expect(c.state.prefetTitle).toBe("La préfète de la Creuse");
    expect(c.collectivite).toMatchObject({
      kind: "collectivite",
      code: "23D",
      name: "Département de la Creuse",
      siren: "222309627",
      siret: "22230962700016",
      executiveTitle: "La présidente du conseil départemental de la Creuse",
    });
    expect(c.actions.map((a) => a.id)).toEqual(creuseInput().actions.map((a) => a.id));
    expect(c.payment.instalments.map((i) => i.percent)).toEqual([80, 20]);
    expect(c.reporting).toEqual({ reportDue: "06-30", finalReportMonths: 6 });
    expect(c.governance.meetingsPerYear).toBe(2);
    expect(c.title).toBe("Contrat local des solidarités");
    expect(c.visas).toEqual(CLS_DEPARTEMENT_2024.visas);
  });

  it("does not mutate its input", () => {
    const input = creuseInput();
    const copy = structuredClone(input);
    validateContract(input);
    expect(input).toEqual(copy);
  });

  it("is deterministic", () => {
    expect(validateContract(creuseInput())).toEqual(validateContract(creuseInput()));
  });
});

describe("validateContract: each violation yields its code at its path", () => {
  const cases: [string, () => ContractInput, Change, [string, string][]][] = [
    // schema
    ["amount in euros with decimals", creuseInput, (i) => { i.actions[2]!.funding["2026"]!.state = 650.5; }, [["money.not_integer_cents", "actions[2].funding[2026].state"]]],
    ["negative amount", creuseInput, (i) => { i.actions[0]!.funding["2024"]!.collectivite = -100; }, [["money.negative", "actions[0].funding[2024].collectivite"]]],
    ["negative amount of another partner", creuseInput, (i) => { i.actions[0]!.funding["2024"]!.others![0]!.amount = -1; }, [["money.negative", "actions[0].funding[2024].others[0].amount"]]],
    ["unsafe ceiling", creuseInput, (i) => { i.stateAnnualCeiling = 2 ** 60; }, [["money.unsafe", "stateAnnualCeiling"]]],
    ["invalid SIRET", creuseInput, (i) => { i.collectivite.siret = "22230962700017"; }, [["siret.checksum", "collectivite.siret"]]],
    ["SIRET of 13 digits", creuseInput, (i) => { i.collectivite.siret = "2223096270001"; }, [["siret.format", "collectivite.siret"]]],
    ["impossible signature date", creuseInput, (i) => { i.signature.date = "2023-02-30"; }, [["date.format", "signature.date"]]],
    ["missing reference", creuseInput, (i) => { delete (i as Partial<ContractInput>).reference; }, [["schema.invalid_type", "reference"]]],
    ["axis 5", creuseInput, (i) => { (i.actions[0] as { axis: number }).axis = 5; }, [["schema.invalid_value", "actions[0].axis"]]],
    // profile
    ["unknown profile", creuseInput, (i) => { i.profile = "cls-departement"; }, [["contract.unknown_profile", "profile"]]],
    // parties
    ["unknown collectivity", creuseInput, (i) => { i.collectivite.ref = "99D"; }, [["territory.unknown_collectivite", "collectivite.ref"]]],
    ["Bas-Rhin in 2024", creuseInput, (i) => { i.collectivite.ref = "67D"; delete i.collectivite.siret; i.state.departement = "67"; }, [["territory.not_in_force", "collectivite.ref"]]],
    ["a métropole for a département profile", creuseInput, (i) => { i.collectivite.ref = "243300316"; delete i.collectivite.siret; }, [["contract.collectivite_wrong_kind", "collectivite.ref"]]],
    ["a département for a métropole profile", bordeauxInput, (i) => { i.collectivite.ref = "33D"; delete i.collectivite.siret; }, [["contract.collectivite_wrong_kind", "collectivite.ref"]]],
    ["unknown métropole", bordeauxInput, (i) => { i.collectivite.ref = "Métropole de Nulle-Part"; delete i.collectivite.siret; }, [["territory.unknown_metropole", "collectivite.ref"]]],
    ["SIRET of another SIREN", creuseInput, (i) => { i.collectivite.siret = "22010001000010"; }, [["siret.siren_mismatch", "collectivite.siret"]]],
    ["unknown State département", creuseInput, (i) => { i.state.departement = "20"; }, [["territory.unknown_departement", "state.departement"]]],
    ["préfet of another département", creuseInput, (i) => { i.state.departement = "87"; }, [["contract.state_departement_mismatch", "state.departement"]]],
    ["métropole with the préfet of another département", bordeauxInput, (i) => { i.state.departement = "47"; }, [["contract.state_departement_mismatch", "state.departement"]]],
    // rules
    ["duplicate action id", creuseInput, (i) => { i.actions[3]!.id = "A1.1"; }, [["contract.duplicate_action_id", "actions[3].id"]]],
    ["axis not allowed", creuseInput, (i) => { i.actions[4]!.axis = 2; }, [["contract.axis_not_allowed", "actions[4].axis"]]],
    ["axis without action", bordeauxInput, (i) => { i.actions = i.actions.filter((a) => a.axis !== 3); }, [["contract.axis_without_action", "actions"]]],
    ["parity broken", creuseInput, (i) => { i.actions[2]!.funding["2026"]!.collectivite = eur(60000); }, [["contract.parity", "actions[2].funding[2026]"]]],
    ["collectivity below the State (CALPAE)", calpaeInput, (i) => { i.actions[0]!.funding["2021"]!.collectivite = 0; }, [["contract.collectivite_below_state", "actions"]]],
    ["ceiling exceeded", creuseInput, (i) => { i.stateAnnualCeiling = eur(480000); }, [["contract.ceiling_exceeded", "stateAnnualCeiling"], ["contract.ceiling_exceeded", "stateAnnualCeiling"]]],
    ["year outside the period", creuseInput, (i) => { i.actions[0]!.funding["2031"] = { state: 100, collectivite: 100 }; }, [["contract.year_outside_period", "actions[0].funding[2031]"]]],
    ["deliberation after signature", creuseInput, (i) => { i.collectivite.deliberation.date = "2023-12-21"; }, [["contract.deliberation_after_signature", "collectivite.deliberation.date"]]],
    ["period end before start", creuseInput, (i) => { i.period = { start: "2027-12-31", end: "2024-01-01" }; }, [["contract.period_order", "period.end"]]],
    ["signature after the period", calpaeInput, (i) => { i.signature.date = "2022-02-01"; i.collectivite.deliberation.date = "2022-01-10"; }, [["contract.signature_after_period", "signature.date"]]],
    ["period beyond the profile", calpaeInput, (i) => { i.period = { start: "2019-01-01", end: "2024-12-31" }; }, [["contract.period_outside_profile", "period.end"]]],
    ["unknown article", creuseInput, (i) => { i.articles = { financment: "Texte." }; }, [["contract.unknown_article", "articles.financment"]]],
    ["CALPAE action without part", calpaeInput, (i) => { delete i.actions[1]!.part; }, [["contract.part_missing", "actions[1].part"]]],
    ["instalments not adding up", creuseInput, (i) => { i.payment = { instalments: [{ percent: 80, when: "start-of-year" }] }; }, [["contract.payment_percent_sum", "payment.instalments"]]],
    ["option of the wrong type", creuseInput, (i) => { i.options = { singleConvention: 1 }; }, [["contract.option_type", "options.singleConvention"]]],
  ];

  it.each(cases)("%s", (_, make, change, expected) => {
    expect(errors(variant(make, change))).toEqual(expected);
  });

  it("reports problems of several stages at once", () => {
    const input = variant(creuseInput, (i) => {
      i.state.departement = "87";
      i.actions[0]!.axis = 2;
      i.actions[1]!.funding["2025"]!.state = 1;
    });
    expect(errors(input)).toEqual([
      ["contract.state_departement_mismatch", "state.departement"],
      ["contract.axis_not_allowed", "actions[0].axis"],
      ["contract.parity", "actions[1].funding[2025]"],
    ]);
  });

  it("writes messages in English on request, structural ones included", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.actions[2]!.funding["2026"]!.state = 1; }), { lang: "en" });
    expect(r.success ? "" : r.issues[0]?.message).toMatch(/^Parity broken/);
    const s = validateContract({ ...creuseInput(), reference: 42 }, { lang: "en" });
    expect(s.success ? "" : s.issues[0]?.message).toMatch(/expected string/i);
    const f = validateContract({ ...creuseInput(), reference: 42 });
    expect(f.success ? "" : f.issues[0]?.message).toMatch(/attendu/i);
  });

  it("suggests the Collectivité européenne d'Alsace for the Bas-Rhin in 2024", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.collectivite.ref = "67D"; delete i.collectivite.siret; i.state.departement = "67"; }));
    expect(r.success).toBe(false);
    expect(r.success ? undefined : r.issues[0]?.message).toContain("Collectivité européenne d'Alsace (6AE)");
  });

  it("accepts the Bas-Rhin under CALPAE in 2019", () => {
    const r = validateContract(variant(calpaeInput, (i) => { i.collectivite.ref = "67D"; i.state.departement = "67"; }));
    expect(r.success).toBe(true);
  });

  it("keeps warnings apart from errors", () => {
    const r = validateContract(variant(creuseInput, (i) => { delete i.actions[0]!.indicators; i.signature.date = "2024-02-01"; i.collectivite.deliberation.date = "2024-01-20"; }));
    expect(r.success).toBe(true);
    expect(r.warnings.map((w) => [w.code, formatPath(w.path)])).toEqual([
      ["contract.signature_after_start", "signature.date"],
      ["contract.action_without_indicators", "actions[0].indicators"],
    ]);
  });
});

describe("validateContract: custom profiles without forking", () => {
  it("validates against a team's own profile", () => {
    const mine = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-pilote", axes: { ...CLS_DEPARTEMENT_2024.axes, allowed: [1, 2, 3, 4], optionalWithOption: [] } });
    const input = variant(creuseInput, (i) => { i.profile = "cls-23-pilote"; i.actions[0]!.axis = 2; });
    expect(validateContract(input).success).toBe(false);
    const r = validateContract(input, { profiles: [mine] });
    expect(r.success).toBe(true);
    expect(r.success && r.data.profile.id).toBe("cls-23-pilote");
  });

  it("runs the profile's own rules on the assembled contract", () => {
    const mine = defineProfile({
      ...CLS_DEPARTEMENT_2024,
      id: "cls-max-10",
      rules: [
        (c) =>
          c.actions.length > 10
            ? [{ code: "team.too_many_actions", path: ["actions"], message: "Trop d’actions.", severity: "error", params: { count: c.actions.length } }]
            : [],
      ],
    });
    const r = validateContract({ ...creuseInput(), profile: "cls-max-10" }, { profiles: [mine] });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(["team.too_many_actions"]);
  });
});

describe("parseContract", () => {
  it("throws a PacteError carrying the issues", () => {
    const input = variant(creuseInput, (i) => { i.actions[3]!.id = "A1.1"; });
    expect(() => parseContract(input)).toThrow(PacteError);
    try {
      parseContract(input);
    } catch (e) {
      expect((e as PacteError).issues.map((i) => i.code)).toEqual(["contract.duplicate_action_id"]);
    }
  });
});

describe("properties", () => {
  it("generated valid inputs always pass, and their financial table totals are the sums of the actions", () => {
    fc.assert(
      fc.property(validCreuseInput, (input) => {
        const r = validateContract(input);
        if (!r.success) return false;
        const t = financialTable(r.data);
        const sum = (party: "state" | "collectivite" | "others") =>
          input.actions.reduce(
            (s, a) => s + Object.values(a.funding).reduce((u, f) => u + (party === "others" ? (f.others ?? []).reduce((v, o) => v + o.amount, 0) : f[party]), 0),
            0,
          );
        expect(t.total.total.state).toBe(sum("state"));
        expect(t.total.total.collectivite).toBe(sum("collectivite"));
        expect(t.total.total.others).toBe(sum("others"));
        expect(t.total.total.total).toBe(sum("state") + sum("collectivite") + sum("others"));
        for (const section of t.sections) {
          expect(section.subtotal.total.total).toBe(section.actions.reduce((s, a) => s + a.total.total, 0));
        }
        t.years.forEach((year, k) => {
          expect(t.total.byYear[k]!.amounts.state).toBe(t.rows.filter((r) => r.year === year).reduce((s, r) => s + r.amounts.state, 0));
        });
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it("breaking parity on one random action in one random year yields exactly that issue at that path", () => {
    const broken = validCreuseInput.chain((input) =>
      fc.tuple(fc.constant(input), fc.nat({ max: input.actions.length - 1 })).chain(([input, index]) => {
        const years = Object.keys(input.actions[index]!.funding);
        return fc.tuple(fc.constant(input), fc.constant(index), fc.constantFrom(...years), fc.integer({ min: 1, max: 1_000_000 }), fc.boolean());
      }),
    );
    fc.assert(
      fc.property(broken, ([input, index, year, delta, onState]) => {
        const f = input.actions[index]!.funding[year]!;
        if (onState) f.state += delta;
        else f.collectivite += delta;
        const r = validateContract(input);
        expect(r.success).toBe(false);
        if (r.success) return;
        expect(r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.parity", `actions[${index}].funding[${year}]`]]);
        expect(r.issues[0]?.params.difference).toBe(delta);
      }),
      { numRuns: 150 },
    );
  });
});

describe("validateContract: the user's own texts", () => {
  it("reports an unknown slot in a replaced article", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.articles = { litiges: "Tout litige est porté devant le {tribunal}." }; }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.article_unknown_slot", "articles.litiges"]]);
  });
  it("accepts a replaced article without slots or with known ones", () => {
    expect(validateContract(variant(creuseInput, (i) => { i.articles = { litiges: "Tribunal administratif de Limoges." }; })).success).toBe(true);
    expect(validateContract(variant(creuseInput, (i) => { i.articles = { objet: "Le contrat lie {collectivite.name} et l’État." }; })).success).toBe(true);
  });
});
