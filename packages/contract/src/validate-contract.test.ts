import { formatPath, PacteError } from "@pacte/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContractInput } from "./input";
import { contractInputInEuros } from "./input-in-euros";
import { defineProfile } from "./profile";
import { CLS_DEPARTEMENT_2024 } from "./profiles/cls-2024/cls-departement-2024";
import { applicableVisaTexts } from "./clauses/applicable-visas";
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
  ])("%s passes without warnings", (_, make) => {
    const r = validateContract(make());
    expect(r.success).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it("passes the Pyrénées-Orientales CALPAE 2019 with one warning: its 2019 State service is not settled by the sources", () => {
    const r = validateContract(calpaeInput());
    expect(r.success).toBe(true);
    expect(r.warnings.map((w) => [w.code, formatPath(w.path)])).toEqual([["contract.state_service_unknown", "state.service"]]);
  });

  it.each([
    ["département", creuseInput],
    ["métropole", bordeauxInput],
  ])("accepts a CLS %s signed on 24 June 2024 without a warning about its start", (_, make) => {
    const r = validateContract(variant(make, (i) => { i.signature.date = "2024-06-24"; i.collectivite.deliberation.date = "2024-06-03"; }));
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
    expect(c.visas).toEqual(applicableVisaTexts({ profile: CLS_DEPARTEMENT_2024, collectivite: c.collectivite }));
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
    ["collectivity below the State (CALPAE)", calpaeInput, (i) => { i.actions[0]!.funding["2019"]!.collectivite = 0; }, [["contract.collectivite_below_state", "actions"]]],
    ["ceiling exceeded", creuseInput, (i) => { i.stateAnnualCeiling = eur(480000); }, [["contract.ceiling_exceeded", "stateAnnualCeiling"], ["contract.ceiling_exceeded", "stateAnnualCeiling"]]],
    ["year outside the period", creuseInput, (i) => { i.actions[0]!.funding["2031"] = { state: 100, collectivite: 100 }; }, [["contract.year_outside_period", "actions[0].funding[2031]"]]],
    ["deliberation after signature", creuseInput, (i) => { i.collectivite.deliberation.date = "2024-07-06"; }, [["contract.deliberation_after_signature", "collectivite.deliberation.date"]]],
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
    expect(s.success ? "" : s.issues[0]?.message).toMatch(/^A text is expected; the value was read as a number \(42\)\. Put it in quotes/u);
    const f = validateContract({ ...creuseInput(), reference: 42 });
    expect(f.success ? "" : f.issues[0]?.message).toMatch(/^Il faut un texte ; la valeur a été lue comme un nombre \(42\)/u);
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
    const r = validateContract(variant(creuseInput, (i) => { delete i.actions[0]!.indicators; delete i.actions[1]!.carrier; }));
    expect(r.success).toBe(true);
    expect(r.warnings.map((w) => [w.code, formatPath(w.path)])).toEqual([
      ["contract.action_without_indicators", "actions[0].indicators"],
      ["contract.action_field_missing", "actions[1].carrier"],
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

describe("validateContract: every problem at once, wherever the input allows it", () => {
  it("reports a SIRET with a bad checksum, a broken parity and an unknown key together", () => {
    const input = variant(creuseInput, (i) => {
      i.collectivite.siret = "22230962700017";
      i.actions[2]!.funding["2026"]!.collectivite = eur(60000);
      Object.assign(i.actions[4]!, { titel: "Accès aux droits" });
    });
    expect(errors(input)).toEqual([
      ["input.unknown_key", "actions[4].titel"],
      ["siret.checksum", "collectivite.siret"],
      ["contract.parity", "actions[2].funding[2026]"],
    ]);
    const r = validateContract(input);
    expect(r.success ? "" : r.issues[0]?.message).toBe(
      "Clé inconnue : « titel » ; vouliez-vous dire « title » ? Clés admises ici : id, axis, title, description, objectives, publics, carrier, partners, territory, nature, reinforcement, referentiel, part, socle, personalData, indicators, funding.",
    );
  });

  it("checks the rules of the valid parts when another part is broken", () => {
    const input = variant(creuseInput, (i) => {
      (i.signature as { date: string }).date = "le 20 décembre";
      i.state.departement = "87";
      i.actions[0]!.axis = 2;
      i.actions[1]!.funding["2025"]!.state = 1;
    });
    expect(errors(input)).toEqual([
      ["date.format", "signature.date"],
      ["contract.axis_not_allowed", "actions[0].axis"],
      ["contract.parity", "actions[1].funding[2025]"],
    ]);
  });

  it("says plainly that a key is missing, and what was expected", () => {
    const input = variant(creuseInput, (i) => { delete (i.signature as { place?: string }).place; });
    const r = validateContract(input);
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.message])).toEqual([
      ["schema.invalid_type", "signature.place", "Clé obligatoire manquante : « place » (un texte attendu)."],
    ]);
    const top = validateContract(variant(creuseInput, (i) => { delete (i as Partial<ContractInput>).reference; }), { lang: "en" });
    expect(top.success ? "" : top.issues[0]?.message).toBe('Missing required key: "reference" (a text expected).');
  });

  it("says that an infinite number is not a number, not « nombre attendu, nombre reçu »", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.actions[0]!.indicators![0]!.baseline = Number.POSITIVE_INFINITY; }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.message])).toEqual([
      ["schema.invalid_type", "actions[0].indicators[0].baseline", "Nombre fini attendu ; l’infini (.inf) reçu."],
    ]);
  });

  it.each([
    ["nothing", undefined, "empty"],
    ["a list", [creuseInput()], "array"],
    ["a number", 42, "number"],
  ])("refuses %s instead of a contract", (_, input, received) => {
    const r = validateContract(input);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.params.received])).toEqual([["input.not_object", received]]);
  });

  it("copies the input first: __proto__, constructor and prototype keys are reported and harmless", () => {
    const input = JSON.parse(JSON.stringify({ ...creuseInput(), extra: 1 }).replace('"extra":1', '"__proto__":{"polluted":1}')) as unknown;
    const r = validateContract(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["input.forbidden_key", "__proto__"]]);
  });
});

const longTitle = "C".repeat(1_048_576);
describe("validateContract: limits, each with its code, before any work starts", () => {
  const action = (i: ContractInput) => i.actions[0]!;
  const cases: [string, Change, [string, string][]][] = [
    ["a 1 MB title", (i) => { i.title = longTitle; }, [["limit.text_length", "title"]]],
    ["a 100 kB reference", (i) => { i.reference = "R".repeat(100_000); }, [["limit.text_length", "reference"]]],
    ["a 20 000-character place", (i) => { i.signature.place = "G".repeat(20_000); }, [["limit.text_length", "signature.place"]]],
    ["a description of 10 001 characters", (i) => { action(i).description = "d".repeat(10_001); }, [["limit.text_length", "actions[0].description"]]],
    ["501 actions", (i) => { i.actions = Array.from({ length: 501 }, (_, k) => ({ ...i.actions[k % 12]!, id: `X${k}` })); }, [["limit.actions", "actions"]]],
    ["51 indicators on an action", (i) => { action(i).indicators = Array.from({ length: 51 }, () => ({ label: "Places", unit: "places" })); }, [["limit.indicators", "actions[0].indicators"]]],
    ["funding over 11 years", (i) => { for (let y = 2024; y < 2035; y++) action(i).funding[String(y)] = { state: 1, collectivite: 1 }; }, [["limit.years", "actions[0].funding"]]],
    ["101 visas", (i) => { i.visas = Array.from({ length: 101 }, (_, k) => `Vu le texte ${k}`); }, [["limit.items", "visas"]]],
    ["101 other partners in one year", (i) => { action(i).funding["2024"]!.others = Array.from({ length: 101 }, (_, k) => ({ name: `P${k}`, amount: 1 })); }, [["limit.items", "actions[0].funding[2024].others"]]],
  ];
  it.each(cases)("refuses %s", (_, change, expected) => {
    expect(errors(variant(creuseInput, change))).toEqual(expected);
  });

  it("states each limit in French, with what was received", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.title = longTitle; }));
    expect(r.success ? "" : r.issues[0]?.message).toBe("Texte trop long : 1\u202F048\u202F576 caractères reçus pour 1\u202F000 au plus ; abrégez-le.");
  });

  it("refuses a period of more than ten civil years, even one its profile would allow", () => {
    const long = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-long", period: { start: "2024-01-01", end: "2027-12-31", maxEnd: "2040-12-31" } });
    const r = validateContract(variant(creuseInput, (i) => { i.profile = "cls-long"; i.period = { start: "2024-01-01", end: "2034-12-31" }; }), { profiles: [long] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.params.count])).toEqual([["limit.years", "period", 11]]);
  });

  it("accepts the largest real conventions: 60 actions on each of four axes", () => {
    const input = bordeauxInput();
    input.actions = [1, 2, 3, 4].flatMap((axis) =>
      Array.from({ length: 60 }, (_, k) => ({ ...input.actions.find((a) => a.axis === axis)!, id: `A${axis}.${k + 1}` })),
    );
    const r = validateContract(input);
    expect(r.success ? [] : r.issues).toEqual([]);
  });
});

describe("validateContract: amounts and every sum of them stay countable", () => {
  it("refuses an amount above the maximum (100 milliards d'euros)", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.actions[0]!.funding["2024"]!.state = 4_000_000_000_000_000; i.actions[0]!.funding["2024"]!.collectivite = 4_000_000_000_000_000; }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["limit.amount", "actions[0].funding[2024].state"],
      ["limit.amount", "actions[0].funding[2024].collectivite"],
    ]);
    expect(r.success ? "" : r.issues[0]?.message).toBe(
      "Montant trop élevé : 40\u202F000\u202F000\u202F000\u202F000,00\u00A0€ reçu pour 100\u202F000\u202F000\u202F000,00\u00A0€ au plus ; sans « format: 2 », les montants s’écrivent en centimes (100 000 € = 10000000).",
    );
  });

  it("refuses amounts each within the maximum whose sum is not", () => {
    const r = validateContract(variant(creuseInput, (i) => {
      delete i.stateAnnualCeiling;
      for (const a of i.actions) for (const f of Object.values(a.funding)) { f.state = 9_000_000_000_000; f.collectivite = 9_000_000_000_000; }
    }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["limit.amount_total", "actions"]]);
    expect(r.success ? 0 : r.issues[0]?.params.total).toBeGreaterThan(8.64e14);
  });
});

describe("validateContract: every day of the year exists", () => {
  const cases: [string, Change, [string, string][]][] = [
    ["a report due on 30 February", (i) => { i.reporting = { reportDue: "02-30" }; }, [["date.month_day", "reporting.reportDue"]]],
    ["an instalment on 13-45", (i) => { i.payment = { instalments: [{ percent: 80, when: "13-45" }, { percent: 20, when: "after-report" }] }; }, [["date.month_day", "payment.instalments[0].when"]]],
    ["meetings on 13-01 and 00-00", (i) => { i.governance = { meetingsPerYear: 2, meetingDates: ["13-01", "00-00"] }; }, [["date.month_day", "governance.meetingDates[0]"], ["date.month_day", "governance.meetingDates[1]"]]],
    ["a report due on 29 February, which the profile does not map", (i) => { i.reporting = { reportDue: "02-29" }; }, [["contract.february_29", "reporting.reportDue"]]],
    ["a meeting on 29 February", (i) => { i.governance = { meetingsPerYear: 1, meetingDates: ["02-29"] }; }, [["contract.february_29", "governance.meetingDates[0]"]]],
  ];
  it.each(cases)("refuses %s", (_, change, expected) => {
    expect(errors(variant(creuseInput, change))).toEqual(expected);
  });

  it("accepts 29 February under a profile that says what it means in other years", () => {
    const mine = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-29", february29: "march-1" });
    const r = validateContract(variant(creuseInput, (i) => { i.profile = "cls-29"; i.reporting = { reportDue: "02-29" }; }), { profiles: [mine] });
    expect(r.success ? [] : r.issues).toEqual([]);
  });
});

describe("validateContract: no character the renderers cannot draw", () => {
  it("refuses an emoji in a name and an Arabic carrier at their input paths, before any render", () => {
    const r = validateContract(variant(creuseInput, (i) => {
      i.collectivite.executive.name = "Valérie Simonet 😀";
      i.actions[1]!.carrier = "جمعية التضامن";
    }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([
      ["document.unsupported_character", "collectivite.executive.name", "error"],
      ["document.unsupported_character", "actions[1].carrier", "error"],
    ]);
  });

  it("accepts Vietnamese, Greek and Cyrillic names, and accents typed as combining marks", () => {
    const r = validateContract(variant(creuseInput, (i) => {
      i.collectivite.executive.name = "Nguyễn Thị Lộc";
      i.state.prefet.name = "Αλέξανδρος Παπαδόπουλος";
      i.actions[0]!.carrier = "Людмила Кузнецова";
      i.signature.place = "Gue\u0301ret";
    }));
    expect(r.success ? [] : r.issues).toEqual([]);
  });
});

describe("validateContract: no invisible format character in a text", () => {
  const RLO = "\u202E";
  const cases: [string, Change, string, string][] = [
    ["a partner's name", (i) => { i.actions[0]!.funding["2024"]!.others![0]!.name = `CAF de la Creuse${RLO}2025 ne € 00,000 01`; }, "actions[0].funding[2024].others[0].name", "U+202E"],
    ["the place of signature", (i) => { i.signature.place = `Guéret${RLO}.3202 erbmecéd 02 el`; }, "signature.place", "U+202E"],
    ["the executive's name", (i) => { i.collectivite.executive.name = `Valérie\u2066 Simonet`; }, "collectivite.executive.name", "U+2066"],
    ["an action's title", (i) => { i.actions[3]!.title = `Accès\u200B aux droits`; }, "actions[3].title", "U+200B"],
    ["the contract's title", (i) => { i.title = `Contrat\u202B local`; }, "title", "U+202B"],
    ["a replaced article", (i) => { i.articles = { litiges: `Le tribunal\u2069 administratif.` }; }, "articles.litiges", "U+2069"],
  ];
  it.each(cases)("refuses one in %s, at its path", (_, change, path, character) => {
    const r = validateContract(variant(creuseInput, change));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.params.character])).toEqual([["text.invisible_character", path, character]]);
  });

  it("says which character, where, and why", () => {
    const r = validateContract(variant(creuseInput, (i) => { i.signature.place = `Guéret${RLO}`; }));
    expect(r.success ? "" : r.issues[0]?.message).toBe(
      "Caractère invisible refusé : U+202E (forçage droite-à-gauche) en position 7 ; il peut changer l’affichage du texte (sens de lecture, ordre des chiffres) sans se voir. Retirez-le.",
    );
  });
});

describe("validateContract: an input in format 2 (amounts in euros)", () => {
  const inEuros = (change?: (input: Record<string, any>) => void) => {
    const input: Record<string, any> = contractInputInEuros(creuseInput());
    change?.(input);
    return input;
  };

  it("checks to the same contract as its equivalent in cents, numbers of euros included", () => {
    const r = validateContract(inEuros((i) => { i.actions[0].funding["2024"].state = 40000; i.actions[0].funding["2024"].collectivite = 40000.0; }));
    expect(r.success ? r.warnings : r.issues).toEqual([]);
    expect(r.success && r.data.input).toEqual(parseContract(creuseInput()).input);
  });

  it("reports an amount it cannot read once, at its path, and still checks the rest", () => {
    expect(errors(inEuros((i) => { i.actions[0].funding["2024"].state = "40 000,001 €"; i.collectivite.siret = "22230962700017"; }))).toEqual([
      ["money.too_many_decimals", "actions[0].funding[2024].state"],
      ["siret.checksum", "collectivite.siret"],
    ]);
  });

  it("speaks of euros when the sum of the amounts is above the maximum", () => {
    const r = validateContract(inEuros((i) => {
      delete i.stateAnnualCeiling;
      for (const a of i.actions) for (const f of Object.values(a.funding) as Record<string, unknown>[]) { f.state = "90 000 000 000 €"; f.collectivite = "90 000 000 000 €"; }
    }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.params.unit, i.message.endsWith("vérifiez les montants.")])).toEqual([["limit.amount_total", "euros", true]]);
  });

  it("stops at an unknown format, whose amounts mean nothing certain", () => {
    expect(errors({ ...creuseInput(), format: 3 })).toEqual([["input.format", "format"]]);
  });

  it("says to add format: 2, once, when an input in cents has an amount written in euros", () => {
    expect(errors(variant(creuseInput, (i) => { (i.actions[0]!.funding["2024"] as Record<string, unknown>).state = "40 000 €"; }))).toEqual([
      ["input.amount_text", "actions[0].funding[2024].state"],
    ]);
  });
});
