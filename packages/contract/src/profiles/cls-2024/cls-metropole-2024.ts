import { defineProfile, type Profile } from "../../profile";
import { CLS_2024_DEFAULTS } from "./cls-2024-defaults";
import { CLS_2024_INIT_ACTIONS } from "./init-actions";
import { CLS_METROPOLE_2024_VISAS } from "./visas";

/**
 * The *contrat local des solidarités* 2024–2027 between the State and a métropole: all four axes,
 * at least one action per axis; the same 50/50 parity per action and year as the départements';
 * the start may be retroactive to 2024-01-01 (a signature later in 2024 is normal). Payment,
 * report deadline, clawback and committee defaults as for {@link CLS_DEPARTEMENT_2024} [U].
 *
 * @example
 * CLS_METROPOLE_2024.axes.required //=> [1, 2, 3, 4]
 * CLS_METROPOLE_2024.period.retroactiveStart //=> true
 */
export const CLS_METROPOLE_2024: Profile = defineProfile({
  ...CLS_2024_DEFAULTS,
  id: "cls-metropole-2024",
  label: "Contrat local des solidarités 2024–2027 — métropole",
  counterparty: "metropole",
  axes: { allowed: [1, 2, 3, 4], required: [1, 2, 3, 4], minActionsPerRequiredAxis: 1 },
  period: { start: "2024-01-01", end: "2027-12-31", retroactiveStart: true },
  visas: [...CLS_METROPOLE_2024_VISAS],
  init: {
    collectivite: "Bordeaux Métropole",
    deliberationBody: "conseil métropolitain",
    yearlyFunding: { state: 5_000_000, collectivite: 5_000_000 },
    actions: [CLS_2024_INIT_ACTIONS[1], CLS_2024_INIT_ACTIONS[2], CLS_2024_INIT_ACTIONS[3], CLS_2024_INIT_ACTIONS[4]],
  },
});
