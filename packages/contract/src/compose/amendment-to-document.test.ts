import { plainEuros, readableText } from "../test-support/readable-text";
import { validateDocument, type Document } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { contractTotals } from "../finance/totals";
import { paymentSchedule } from "../finance/payment-schedule";
import type { ContractInput } from "../input";
import { creuseInput } from "../test-support/fixtures";
import { createAmendment, type Amendment, type AmendmentTermsInput } from "../amend/amendment";
import { dueAdjustments } from "../amend/due-adjustments";
import { amendmentToDocument } from "./amendment-to-document";
import { consolidatedContractToDocument } from "./consolidated-contract-to-document";

const MOVED = 777_700; // 7 777,00 € moved in 2025 from A1.3 to A3.4, for both parties

function movedAndAdded(add = true): ContractInput {
  const input = creuseInput();
  const from = input.actions.find((a) => a.id === "A1.3")!.funding["2025"]!;
  const to = input.actions.find((a) => a.id === "A3.4")!.funding["2025"]!;
  from.state = (from.state as number) - MOVED;
  from.collectivite = (from.collectivite as number) - MOVED;
  to.state = (to.state as number) + MOVED;
  to.collectivite = (to.collectivite as number) + MOVED;
  if (add) {
    input.actions.push({
      id: "A4.4",
      axis: 4,
      title: "Ateliers d'autoréparation de vélos",
      nature: "new",
      // Every field article 4 promises, as the base's fiches have: article 4 stays as it is.
      publics: ["Personnes en insertion sans moyen de transport"],
      carrier: "Association de mobilité solidaire",
      territory: "Bassin de Guéret",
      indicators: [{ label: "Vélos remis en état", unit: "vélos", targets: { "2025": 120, "2026": 150 } }],
      funding: { "2025": { state: 1_234_500, collectivite: 1_234_500 }, "2026": { state: 1_234_500, collectivite: 1_234_500 } },
    });
  }
  return input;
}

function amend(revised: ContractInput, terms: Partial<AmendmentTermsInput> = {}): Amendment {
  const r = createAmendment(creuseInput(), revised, { number: 1, date: "2025-03-14", reasons: ["Redéploiement de crédits entre actions"], ...terms });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const plain = (doc: Document): string => readableText(doc).join("\n");
const AMOUNT = /\d{1,3}(?: \d{3})*,\d{2} €/gu;

describe("amendmentToDocument", () => {
  const amendment = amend(movedAndAdded());
  const doc = amendmentToDocument(amendment);
  const text = plain(doc);

  it("composes a document validateDocument accepts, dated on the avenant's date", () => {
    const r = validateDocument(doc);
    expect(r.success ? r.warnings : r.issues).toEqual([]);
    expect(doc.meta.createdAt).toBe("2025-03-14");
    expect(doc.meta.title.replace(/\u00A0/g, " ")).toBe("Avenant n° 1 au contrat local des solidarités n° CLS-23-2024-001 – Département de la Creuse");
    expect(doc.meta.customProperties).toMatchObject({ reference: "CLS-23-2024-001", amendment: "1" });
  });

  it("states the two amounts moved, old → new, and the new action with its fiche", () => {
    for (const [before, after] of [
      [6_000_000, 6_000_000 - MOVED],
      [3_000_000, 3_000_000 + MOVED],
    ] as const) {
      expect(text).toContain(`${plainEuros(before)}\n${plainEuros(after)}`);
    }
    expect(text).toContain("A1.3\n2025\nÉtat\n60 000,00 €\n52 223,00 €");
    expect(text).toContain("A3.4\n2025\nDépartement\n30 000,00 €\n37 777,00 €");
    expect(text).toContain("A4.4 – Ateliers d’autoréparation de vélos, au titre de l’axe 4 – Construire une transition écologique solidaire (fiche action A4.4).");
    expect(text).toContain("Fiche action A4.4 – Ateliers d’autoréparation de vélos");
  });

  it("says nothing else: no untouched action, and no amount but the changed ones, the new action's, totals and the schedule", () => {
    const touched = new Set(["A1.3", "A3.4", "A4.4"]);
    const base = amendment.base;
    for (const action of base.actions.filter((a) => !touched.has(a.id))) {
      expect(text).not.toContain(action.title.replace(/'/gu, "’"));
      expect(text).not.toMatch(new RegExp(`^${action.id.replace(".", "\\.")}$`, "mu"));
    }
    const allowed = new Set<string>();
    const add = (cents: number): void => void allowed.add(plainEuros(cents));
    for (const c of amendment.changes) if (c.kind === "funding") (add(c.before), add(c.after));
    for (const v of [1_234_500, 2_469_000, 4_938_000, 0]) add(v);
    for (const t of [contractTotals(amendment.base), contractTotals(amendment.revised)]) {
      for (const y of [...t.byYear.map((x) => x.amounts), t.total]) for (const v of [y.state, y.collectivite, y.others, y.total]) add(v);
    }
    for (const p of paymentSchedule(amendment.revised).payments) add(p.amount);
    add(paymentSchedule(amendment.revised).total);
    // An instalment already due on the avenant's date is completed at its signature.
    for (const d of dueAdjustments(amendment)) add(Math.abs(d.difference));
    add(base.stateAnnualCeiling ?? 0);
    const shown = [...new Set(text.match(AMOUNT) ?? [])];
    expect(shown.filter((a) => !allowed.has(a))).toEqual([]);
    for (const untouched of [4_500_000, 5_500_000, 6_500_000, 3_500_000, 2_200_000]) expect(text).not.toContain(plainEuros(untouched));
  });

  it("replaces exactly the articles whose text changes (the financial commitments and the payments)", () => {
    const headings = readableText(doc).filter((l) => /^Article \d+ – /u.test(l));
    expect(headings).toEqual([
      "Article 1 – Objet",
      "Article 2 – Modification de l’article 5",
      "Article 3 – Modification de l’article 6",
      "Article 4 – Ajout d’une action",
      "Article 5 – Modification du tableau financier pluriannuel",
      "Article 6 – Autres stipulations",
      "Article 7 – Entrée en vigueur",
    ]);
    expect(text).toContain("L’article 5 du contrat local des solidarités, intitulé « Engagements financiers », est remplacé par les stipulations suivantes :");
    expect(text).toContain(
      "la contribution de l’État s’élève à un million neuf cent douze mille six cent quatre-vingt-dix euros (1 912 690,00 €)",
    );
    expect(text).toContain("Les stipulations du contrat local des solidarités no CLS-23-2024-001 qui ne sont pas modifiées par le présent avenant demeurent inchangées");
  });

  it("states a move of money that leaves the totals unchanged without replacing any article", () => {
    const only = plain(amendmentToDocument(amend(movedAndAdded(false))));
    expect(only).not.toContain("Modification de l’article");
    expect(only).toContain("Ces modifications laissent inchangés les totaux par année et par financeur.");
    expect(only).not.toContain("Ajout d");
  });

  it("does not replace articles because a new préfet signs, but has the new préfet sign the avenant", () => {
    const revised = movedAndAdded(false);
    revised.state.prefet = { name: "Paul Durand", gender: "m" };
    const doc = amendmentToDocument(amend(revised));
    const t = plain(doc);
    expect(t).not.toContain("Modification de l’article");
    expect(t).toContain("L’État, représenté par le préfet de la Creuse, Monsieur Paul Durand,");
    expect(t).toContain("Pour l’État\nLe préfet de la Creuse\nPaul Durand");
  });

  it("states a removed action, a modified fiche field by field, the visas, the reasons and the signatures", () => {
    const revised = creuseInput();
    revised.actions = revised.actions.filter((a) => a.id !== "A1.2");
    const a11 = revised.actions[0]!;
    a11.carrier = "CCAS de Guéret";
    a11.title = "Accueil des jeunes enfants des familles pauvres";
    a11.objectives = ["Lever le frein de la garde d'enfants"];
    const a = amend(revised, { number: 2, reasons: ["Suppression d'une action", "Changement de porteur"], deliberation: { number: "CP-2025-02-03", date: "2025-02-03", body: "commission permanente" } });
    const doc = amendmentToDocument(a);
    const t = plain(doc);
    expect(validateDocument(doc).success).toBe(true);
    expect(t).toContain("Avenant no 2\nau contrat local des solidarités no CLS-23-2024-001");
    expect(t).toContain("Vu le contrat local des solidarités no CLS-23-2024-001 signé le 5 juillet 2024 entre l’État et le Département de la Creuse ;");
    expect(t).toContain("Vu l’avenant no 1 au contrat local des solidarités no CLS-23-2024-001 ;");
    expect(t).toContain("Vu la délibération no CP-2025-02-03 de la commission permanente du conseil départemental de la Creuse du 3 février 2025 autorisant la présidente du conseil départemental de la Creuse à signer le présent avenant ;");
    expect(t).toContain("dûment habilitée par la délibération no CP-2025-02-03");
    expect(t).toContain("Suppression d’une action ;\nChangement de porteur.");
    expect(t).toContain("A1.2 – Petits déjeuners à l’école dans les territoires ruraux.");
    expect(t).toContain("A1.2\n2025\nÉtat\n30 000,00 €\n—");
    expect(t).toContain("Intitulé : « Accueil des jeunes enfants en situation de pauvreté » devient « Accueil des jeunes enfants des familles pauvres »");
    expect(t).toContain("Porteur : « Direction de l’enfance et de la famille » devient « CCAS de Guéret »");
    expect(t).toContain("Objectifs : la rubrique est remplacée par : « Lever le frein de la garde d’enfants »");
    expect(t).toContain("Fait à Guéret, le 14 mars 2025, en deux exemplaires originaux.");
    expect(t.match(/Fait à /gu)).toHaveLength(1);
    const sig = doc.body.flatMap((b) => (b.type === "keepTogether" ? b.blocks : [b])).find((b) => b.type === "signatures");
    expect(sig?.type === "signatures" && sig.signatories.map((s) => s.fieldId)).toEqual(["signature-etat", "signature-collectivite"]);
  });

  it("composes the same avenant twice to the same document", () => {
    expect(JSON.stringify(amendmentToDocument(amend(movedAndAdded())))).toBe(JSON.stringify(doc));
  });
});

describe("consolidatedContractToDocument", () => {
  it("composes the revised contract, mentioning the consolidated version after the last avenant", () => {
    const a1 = amend(movedAndAdded());
    const doc = consolidatedContractToDocument(a1.revised, [a1, { number: 2, date: "2026-02-01" }]);
    const t = plain(doc);
    expect(validateDocument(doc).success).toBe(true);
    expect(t).toContain("Version consolidée après l’avenant no 2");
    expect(t).toContain("Modifié par l’avenant no 1 du 14 mars 2025\nModifié par l’avenant no 2 du 1er février 2026");
    expect(t).toContain("Fiche action A4.4 – Ateliers d’autoréparation de vélos");
    expect(t).toContain(plainEuros(3_000_000 + MOVED));
    expect(doc.meta.title.replace(/\u00A0/g, " ")).toContain("version consolidée après l’avenant n° 2");
    expect(doc.meta.createdAt).toBe("2024-07-05");
  });

  it("is the contract's document when there is no amendment", () => {
    const a1 = amend(movedAndAdded());
    expect(plain(consolidatedContractToDocument(a1.revised, []))).not.toContain("Version consolidée");
  });
});
