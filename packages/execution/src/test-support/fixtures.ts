// The Creuse's 2024 execution report against the sample contract (`creuseInput()`, the same
// contract as examples/contrat-departement/contrat.yaml), with realistic figures: one abandoned
// action (A1.5), underspent ones (A1.1, A1.3, A3.2, A3.4, A4.1), amounts written as people write
// them. Kept in step with examples/rapport-execution/rapport-2024.yaml.
import { parseContract, type Contract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import type { ExecutionInput } from "../execution-input";

export const creuseContract = (): Contract => parseContract(creuseInput());

export function creuse2024(): ExecutionInput {
  return {
    contract: "CLS-23-2024-001",
    year: 2024,
    date: "2025-06-12",
    author: "Direction de l’action sociale, Département de la Creuse",
    summary: "Onze actions sur douze ont été mises en œuvre en 2024 ; le soutien à la parentalité en PMI a été abandonné faute de recrutement.",
    actions: [
      { id: "A1.1", status: "completed", spent: { state: "38 500 €", collectivite: "40 000,00 €", others: [{ name: "CAF de la Creuse", amount: "9 000" }] }, indicators: [{ indicator: "Places réservées", value: 28 }], comment: "Deux places ouvertes en décembre seulement." },
      { id: "A1.2", status: "completed", spent: { state: 25000, collectivite: 25000 }, indicators: [{ indicator: "Élèves bénéficiaires", value: 310 }] },
      { id: "A1.3", status: "in-progress", spent: { state: "52 000", collectivite: "54 300" }, indicators: [{ indicator: "Jeunes accompagnés", value: 141 }], comment: "Équipe du sud recrutée en avril." },
      { id: "A1.4", status: "completed", spent: { state: "35 000", collectivite: "35 000" }, indicators: [{ indicator: "Jeunes sans solution à 18 ans", value: 9 }] },
      {
        id: "A1.5",
        status: "abandoned",
        reason: "Poste de puéricultrice non pourvu malgré trois appels à candidatures ; l’action est abandonnée en septembre 2024.",
        spent: { state: "4 200", collectivite: "4 200", others: [{ name: "ARS Nouvelle-Aquitaine", amount: 0 }] },
      },
      { id: "A3.1", status: "completed", spent: { state: "45 000", collectivite: "45 000" }, indicators: [{ indicator: "Points d’accueil", value: 10 }] },
      { id: "A3.2", status: "in-progress", spent: { state: "41 250,50", collectivite: "43 800", others: [{ name: "CAF de la Creuse", amount: "15 000" }] }, indicators: [{ indicator: "Droits ouverts après repérage", value: 162 }] },
      { id: "A3.3", status: "completed", spent: { state: "55 000", collectivite: "55 000" }, indicators: [{ indicator: "Personnes accompagnées", value: 262 }] },
      { id: "A3.4", status: "completed", spent: { state: "27 640", collectivite: "27 640" }, indicators: [{ indicator: "Personnes rencontrées", value: 185 }] },
      { id: "A4.1", status: "in-progress", spent: { state: "18 900", collectivite: "19 400" }, indicators: [{ indicator: "Logements diagnostiqués", value: 38 }], comment: "Opérateur retenu en juin ; diagnostics commencés en septembre." },
      { id: "A4.2", status: "completed", spent: { state: "30 000", collectivite: "30 000" }, indicators: [{ indicator: "Locations solidaires", value: 64 }] },
      { id: "A4.3", status: "completed", spent: { state: "24 380,75", collectivite: "24 380,75" }, indicators: [{ indicator: "Foyers bénéficiaires", value: 171 }] },
    ],
  };
}
