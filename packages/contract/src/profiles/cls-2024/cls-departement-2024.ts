import { defineProfile, type Profile } from "../../profile";
import { CLS_2024_DEFAULTS } from "./cls-2024-defaults";
import { CLS_2024_INIT_ACTIONS } from "./init-actions";
import { CLS_DEPARTEMENT_2024_VISAS } from "./visas";

/**
 * The *contrat local des solidarités* 2024–2027 between the State and a département (or a
 * collectivity with departmental powers): axes 1, 3 and 4 (axis 2 only with the option
 * `singleConvention: true`, when both sides choose one single convention instead of a separate
 * France Travail convention), each needing at least one action; 2024-01-01 to 2027-12-31; every
 * action co-financed 50/50 each year (State = collectivity, other partners may add); actions
 * begun since 1 January 2024 are eligible even when the contract is signed later in 2024, as real
 * contracts were (`period.retroactiveStart`, with its clause). Payment
 * (80 % / 20 %), report deadline (30 June), clawback (recovered) and one committee meeting a
 * year are documented defaults [U], not facts.
 *
 * @example
 * CLS_DEPARTEMENT_2024.axes.allowed //=> [1, 3, 4]
 * CLS_DEPARTEMENT_2024.financing //=> { rule: "parity", perAction: true }
 */
export const CLS_DEPARTEMENT_2024: Profile = defineProfile({
  ...CLS_2024_DEFAULTS,
  id: "cls-departement-2024",
  label: "Contrat local des solidarités 2024–2027 — département",
  counterparty: "departemental",
  axes: {
    allowed: [1, 3, 4],
    required: [1, 3, 4],
    minActionsPerRequiredAxis: 1,
    optionalWithOption: [{ axis: 2, option: "singleConvention" }],
  },
  period: { start: "2024-01-01", end: "2027-12-31", retroactiveStart: true },
  options: [
    {
      id: "singleConvention",
      type: "boolean",
      label: "Convention unique (l’axe 2 est contractualisé dans le contrat local des solidarités)",
    },
  ],
  visas: [...CLS_DEPARTEMENT_2024_VISAS],
  init: {
    collectivite: "23D",
    deliberationBody: "commission permanente",
    yearlyFunding: { state: 5_000_000, collectivite: 5_000_000 },
    actions: [CLS_2024_INIT_ACTIONS[1], CLS_2024_INIT_ACTIONS[3], CLS_2024_INIT_ACTIONS[4]],
  },
});
