import { describe, expect, it } from "vitest";
import { CLAUSE_SLOTS } from "../clauses/slot-names";
import type { Contract } from "../contract";
import { bordeauxContract, calpaeContract, creuseContract, creuseInput } from "../test-support/fixtures";
import { parseContract } from "../validate-contract";
import { clauseValues } from "./clause-values";

const fixtures: [string, () => Contract][] = [
  ["Creuse", creuseContract],
  ["Bordeaux Métropole", bordeauxContract],
  ["CALPAE 66", calpaeContract],
];

describe("clauseValues", () => {
  it.each(fixtures)("gives a value to every documented slot, and only to those (%s)", (_, make) => {
    const values = clauseValues(make());
    expect(Object.keys(values).sort()).toEqual(Object.keys(CLAUSE_SLOTS).sort());
    for (const v of Object.values(values)) expect(v).not.toMatch(/[{}\n]/);
  });

  it("fills the Creuse contract's values in the right gender and the French way", () => {
    const v = clauseValues(creuseContract());
    expect(v).toMatchObject({
      reference: "CLS-23-2024-001",
      "state.prefetTitle": "La préfète de la Creuse",
      "state.prefetDesignation": "la préfète de la Creuse",
      "state.prefetWithDe": "de la préfète de la Creuse",
      "state.prefetWithA": "à la préfète de la Creuse",
      // The Creuse's State service has been a DDETSPP since 2021: from the reference data.
      "state.service": "la direction départementale de l'emploi, du travail, des solidarités et de la protection des populations de la Creuse (DDETSPP)",
      "collectivite.nameWithArticle": "le Département de la Creuse",
      "collectivite.designationWithA": "au Département",
      "collectivite.executiveWithDe": "de la présidente du conseil départemental de la Creuse",
      "collectivite.siret": "222\u00A0309\u00A0627\u00A000016",
      "deliberation.designation": "la délibération n° CP-2024-06-03 de la commission permanente du conseil départemental de la Creuse du 3 juin 2024",
      "period.range": "du 1er janvier 2024 au 31 décembre 2027",
      "period.years": "2024, 2025, 2026 et 2027",
      "period.retroactiveClause":
        "Les actions engagées à compter du 1er janvier 2024, y compris avant la date de signature, sont éligibles aux financements prévus par le présent contrat.",
      "axes.withDe": "des axes 1, 3 et 4",
      "total.state": "1\u202F888\u202F000,00\u00A0€",
      "total.state.full": "un million huit cent quatre-vingt-huit mille euros (1\u202F888\u202F000,00\u00A0€)",
      "reporting.reportDue": "30 juin",
      "governance.committeeWithArticle": "le comité de pilotage du contrat local des solidarités",
      "governance.committeeWithA": "au comité de pilotage du contrat local des solidarités",
      "governance.meetings": "au moins deux fois par an",
    });
    // Signed on 5 July 2024: the first advance is paid on signature, the balance after the report of 30 June.
    expect(v["payment.summary"]).toContain("une avance de 80\u00A0%, versée à la signature pour l'année 2024 et au début de chacune des années suivantes");
    expect(v["payment.summary"]).toContain("remis au plus tard le 30 juin de");
  });

  it.each([
    ["m", "Le préfet de la Creuse", "du préfet de la Creuse", "au préfet de la Creuse"],
    ["f", "La préfète de la Creuse", "de la préfète de la Creuse", "à la préfète de la Creuse"],
  ] as const)("agrees « de » and « à » with a préfet of gender %s", (gender, title, withDe, withA) => {
    const input = creuseInput();
    input.state.prefet.gender = gender;
    const v = clauseValues(parseContract(input));
    expect([v["state.prefetTitle"], v["state.prefetWithDe"], v["state.prefetWithA"]]).toEqual([title, withDe, withA]);
  });

  it("says when the signature follows the start, and names a métropole « la Métropole »", () => {
    const v = clauseValues(bordeauxContract());
    expect(v["period.retroactiveClause"]).toContain("à compter du 1er janvier 2024");
    expect(v["collectivite.designation"]).toBe("la Métropole");
    expect(v["collectivite.designationWithDe"]).toBe("de la Métropole");
    expect(v["axes.withDe"]).toBe("des axes 1, 2, 3 et 4");
  });

  it("writes the CALPAE's names, deadline and cents in words", () => {
    const v = clauseValues(calpaeContract());
    expect(v["contract.present"]).toBe("la présente convention");
    expect(v["contract.withA"]).toBe("à la convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi");
    expect(v["reporting.reportDue"]).toBe("31 mars");
    // A CALPAE funds its first year only (the later ones by avenant): the 2019 envelope of the real convention.
    expect(v["total.state.words"]).toBe("sept cent soixante-quinze mille deux cent treize euros et soixante-dix centimes");
  });

  it.each([
    [undefined, undefined, "un versement de 80\u00A0%, versé à la signature", "un versement de 20\u00A0%, versé après"],
    ["avance", "solde", "une avance de 80\u00A0%, versée à la signature", "le solde de 20\u00A0%, versé après"],
    ["tranche", "acompte", "tranche de 80\u00A0%, versée à la signature", "un acompte de 20\u00A0%, versé après"],
  ])("agrees the participle with the instalment's name (%s, %s)", (first, second, a, b) => {
    const input = creuseInput();
    input.payment = {
      instalments: [
        { percent: 80, when: "start-of-year", ...(first !== undefined ? { label: first } : {}) },
        { percent: 20, when: "after-report", ...(second !== undefined ? { label: second } : {}) },
      ],
    };
    const summary = clauseValues(parseContract(input))["payment.summary"];
    expect(summary).toContain(a);
    expect(summary).toContain(b);
  });

  it("says « cette année » for one year left to an avenant, « ces années » for several", () => {
    const one = creuseInput();
    for (const a of one.actions) a.funding["2027"] = { state: 0, collectivite: 0 };
    const v = clauseValues(parseContract(one));
    expect(v["financing.totalSentence"]).toContain("au titre de l'année 2027 sont fixées par avenant");
    expect(v["financing.totalSentence"]).toContain("aucune somme n'est due au titre de cette année.");
    expect(clauseValues(calpaeContract())["financing.totalSentence"]).toContain("au titre des années 2020 et 2021 sont fixées par avenant");
    expect(clauseValues(calpaeContract())["financing.totalSentence"]).toContain("au titre de ces années.");
  });
});
