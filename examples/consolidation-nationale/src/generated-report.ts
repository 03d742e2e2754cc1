// Execution reports made up for a demonstration, as a function of the contract and the year only
// (no randomness, no clock): each action spends between 70 % and 100 % of its commitment, the
// collectivity a little more than the State (parity kept), one action in fifteen is abandoned
// early, and indicators reach their target in the same proportion. The figures mean nothing.
import type { Contract } from "@pacte/contract";
import type { ExecutionInput } from "@pacte/execution";

/** A stable number from a text (FNV-1a, 32 bits). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

/** Cents as euros the way a person writes them: « 12345,67 ». */
const written = (cents: number): string => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, "0")}`;

/** The made-up report of `contract` for `year`, as a collectivity would write it. */
export function generatedReport(contract: Contract, year: number): ExecutionInput {
  return {
    contract: contract.reference,
    year,
    date: `${year + 1}-05-31`,
    author: "Rapport généré pour la démonstration",
    actions: contract.actions.flatMap((action) => {
      const funding = action.funding[String(year)];
      if (funding === undefined) return [];
      const h = hash(`${contract.reference}/${action.id}/${year}`);
      const abandoned = h % 15 === 0;
      const share = abandoned ? 15 : 70 + (h % 31); // per cent
      const state = Math.floor((funding.state * share) / 100);
      const collectivite = Math.min(funding.collectivite, state + Math.floor((funding.collectivite * (h % 3)) / 100));
      return [
        {
          id: action.id,
          status: abandoned ? "abandoned" : share === 100 ? "completed" : h % 2 === 0 ? "completed" : "in-progress",
          ...(abandoned ? { reason: "Action arrêtée dans l’année (rapport généré)." } : {}),
          spent: { state: written(state), collectivite: written(collectivite) },
          indicators: abandoned
            ? []
            : (action.indicators ?? []).flatMap((i) => {
                const target = i.targets?.[String(year)];
                return target === undefined ? [] : [{ indicator: i.id ?? i.label, value: Math.round((target * share) / 100) }];
              }),
        },
      ];
    }),
  };
}
