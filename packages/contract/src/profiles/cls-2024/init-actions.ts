import { deepFreeze } from "@pacte/issues";
import type { InitAction } from "../../init/init-template";

/**
 * The example actions a new CLS 2024 starts from (`pacte init`), one per axis of the Pacte;
 * each profile takes those of the axes it requires.
 *
 * @example
 * CLS_2024_INIT_ACTIONS[3].title //=> "Premier accueil social inconditionnel de proximité"
 */
export const CLS_2024_INIT_ACTIONS: Readonly<Record<1 | 2 | 3 | 4, InitAction>> = deepFreeze({
  1: {
    axis: 1,
    title: "Accueil du jeune enfant à vocation d’insertion professionnelle",
    publics: "Familles monoparentales bénéficiaires du RSA",
    indicator: { label: "Places réservées", unit: "places" },
  },
  2: {
    axis: 2,
    title: "Levée des freins périphériques à l’emploi",
    publics: "Personnes éloignées de l’emploi",
    indicator: { label: "Personnes accompagnées", unit: "personnes" },
  },
  3: {
    axis: 3,
    title: "Premier accueil social inconditionnel de proximité",
    publics: "Toute personne en difficulté sociale",
    indicator: { label: "Points d’accueil ouverts", unit: "lieux" },
  },
  4: {
    axis: 4,
    title: "Lutte contre la précarité énergétique des ménages modestes",
    publics: "Ménages aux revenus modestes",
    indicator: { label: "Logements diagnostiqués", unit: "logements" },
  },
});
