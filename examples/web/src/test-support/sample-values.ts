// Forms filled in as a person would, for the tests of the pure modules.
import { emptyAction, emptyFunder, emptyIndicator, emptyForm, type ActionValues, type FormValues } from "../form-values";

export const YEARS = ["2024", "2025", "2026", "2027"] as const;

const sameEachYear = (amount: string) => Object.fromEntries(YEARS.map((y) => [y, { state: amount, collectivite: amount }]));

/** A complete action: title, axis, nature, carrier, publics, territory, one indicator, funding each year. */
export function sampleAction(axis: string, title: string, amount = "40 000 €"): ActionValues {
  return {
    ...emptyAction(YEARS),
    title,
    axis,
    nature: "new",
    carrier: "Direction des solidarités",
    publics: "Familles monoparentales\nAllocataires du RSA",
    territory: "Ensemble du département",
    indicators: [{ ...emptyIndicator(YEARS), label: "Personnes accompagnées", unit: "personnes", baseline: "20", targets: { "2024": "30", "2025": "35", "2026": "40", "2027": "45" } }],
    funding: sameEachYear(amount),
  };
}

/** The Creuse's contract, complete and coherent: three actions on axes 1, 3 and 4. */
export function creuseValues(): FormValues {
  return {
    ...emptyForm(YEARS),
    party: "collectivite:23D",
    prefet: { name: "Anne Martin", gender: "f" },
    executive: { name: "Valérie Simonet", gender: "f" },
    deliberation: { number: "CP-2024-117", date: "2024-06-03", body: "commission permanente" },
    signature: { place: "Guéret", date: "2024-07-05" },
    actions: [
      { ...sampleAction("1", "Accueil des jeunes enfants"), others: [{ ...emptyFunder(YEARS), name: "CAF de la Creuse", amounts: { "2024": "10 000 €", "2025": "", "2026": "12 345,67 €", "2027": "" } }] },
      sampleAction("3", "Premier accueil social inconditionnel", "45 000 €"),
      sampleAction("4", "Précarité énergétique", "30 000 €"),
    ],
  };
}

/** The Métropole de Lyon's contract (as a métropole), complete: one action on each of the four axes, a SIRET typed. */
export function lyonValues(): FormValues {
  return {
    ...creuseValues(),
    party: "metropole:200046977",
    siret: "20004697700019",
    executive: { name: "Marc Lefèvre", gender: "m" },
    deliberation: { number: "2024-2215", date: "2024-05-27", body: "conseil de la Métropole" },
    signature: { place: "Lyon", date: "2024-06-14" },
    actions: [sampleAction("1", "Petite enfance"), sampleAction("2", "Insertion des jeunes"), sampleAction("3", "Accès aux droits"), sampleAction("4", "Mobilité solidaire")],
  };
}

/** A text with its French no-break spaces and hyphens made plain, to compare with what a test writes. */
export const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2011/g, "-");
