import { readableText } from "../../test-support/readable-text";
// The CALPAE as a juriste reads it: older than the Pacte (no Pacte, no axis), built on the socle
// and the initiatives locales, funding one year and leaving the later ones to avenants — never a
// commitment of zero euros.
import { type Document } from "@pacte/document";
import { formatPath } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { createAmendment } from "../../amend/amendment";
import { applicableVisaTexts } from "../../clauses/applicable-visas";
import { amendmentToDocument } from "../../compose/amendment-to-document";
import { contractToDocument } from "../../compose/contract-to-document";
import { calpaeContract, calpaeInput } from "../../test-support/fixtures";
import { variant } from "../../test-support/rule-context";
import { validateContract } from "../../validate-contract";
import { CALPAE_2019 } from "./calpae-2019";
import { CALPAE_2019_SOCLE } from "./socle";

const text = (doc: Document): string => readableText(doc).join("\n");
/** A thousands group has three digits: « 0,00 € » not glued to a digit is an amount of zero. */
const ZERO = /(?<!\d)0,00 €|zéro euro/u;

describe("the CALPAE 2019 profile", () => {
  const plain = text(contractToDocument(calpaeContract()));

  it("never cites the Pacte des solidarités, in its data or in its text", () => {
    expect(plain).not.toContain("Pacte des solidarités");
    expect(plain).not.toMatch(/\bAxe \d/u);
    expect(JSON.stringify(CALPAE_2019)).not.toContain("Pacte des solidarités");
    expect(CALPAE_2019.axes.allowed).toEqual([]);
  });

  it("is built on the socle and the initiatives locales", () => {
    expect(plain).toContain("Socle d’engagements communs\nS1 – Sorties de l’aide sociale à l’enfance (fiche action S1)");
    expect(plain).toContain("Initiatives locales\nI1 – Maraudes sociales en milieu rural (fiche action I1)");
    expect(plain).toContain("Prévention des sorties sans solution de l’aide sociale à l’enfance : prévenir toute sortie sans solution");
    expect(CALPAE_2019_SOCLE.map((c) => c.id)).toEqual(["sorties-ase", "orientation-rsa", "premier-accueil", "referent-parcours", "formation-travailleurs-sociaux"]);
    expect(CALPAE_2019_SOCLE.find((c) => c.id === "formation-travailleurs-sociaux")?.fromYear).toBe(2020);
    expect(Object.isFrozen(CALPAE_2019_SOCLE[0]?.indicators)).toBe(true);
  });

  it("funds 2019 and says the later years are set by avenant, without a commitment of zero", () => {
    expect(plain).not.toMatch(ZERO);
    expect(plain).toContain("Au titre de l’année 2019, la contribution de l’État s’élève à sept cent soixante-quinze mille deux cent treize euros et soixante-dix centimes");
    expect(plain).toContain("Les contributions des parties au titre des années 2020 et 2021 sont fixées par avenant");
    expect(plain).not.toMatch(/Pour la durée de la présente convention/u);
  });

  it("refuses a Pacte axis on a CALPAE action, and asks for its part", () => {
    const r = validateContract(variant(calpaeInput, (i) => { i.actions[0]!.axis = 1; }));
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["contract.axis_not_applicable", "actions[0].axis"]]);
  });

  it("cites the statute of a special collectivity only for it", () => {
    const visas = (ref: string) => applicableVisaTexts({ profile: CALPAE_2019, collectivite: { ...calpaeContract().collectivite, code: ref } as never });
    expect(visas("66D").some((v) => v.includes("L. 3211-1"))).toBe(true);
    expect(visas("66D").some((v) => v.includes("Mayotte"))).toBe(false);
  });
});

describe("an avenant to a CALPAE", () => {
  it("sets 2020's envelope, still without a zero for 2021 and without the Pacte", () => {
    const revised = variant(calpaeInput, (i) => {
      for (const a of i.actions) a.funding["2020"] = { ...a.funding["2019"]! };
    });
    const r = createAmendment(calpaeInput(), revised, { number: 1, date: "2020-06-15", reasons: ["Fixation de l’enveloppe 2020"] });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const t = text(amendmentToDocument(r.data));
    expect(t).not.toMatch(ZERO);
    expect(t).not.toContain("Pacte des solidarités");
    expect(t).toContain("2021");
    expect(t).toContain("fixées par avenant");
  });
});
