// Execution reports generated from a contract, for the consolidation's tests: each action funded
// in the year spends a given share (in per mille) of its commitment, the State's and the
// collectivity's each, rounded down to the cent; indicators reach their target times the same share.
import type { Contract, ContractInput } from "@pacte/contract";
import type { Cents } from "@pacte/model";
import type { ActionStatus } from "../execution-input";
import type { Execution } from "../execution";

/** What one action spends, in per mille of its commitment, and its status. */
export interface GeneratedSpending {
  readonly state: number;
  readonly collectivite: number;
  readonly status?: ActionStatus;
}

const part = (cents: number, permille: number): Cents => Math.floor((cents * permille) / 1000) as Cents;

/** A checked execution of `contract` in `year`, the k-th funded action spending `spending(k)`. */
export function generatedExecution(contract: Contract, year: number, spending: (k: number) => GeneratedSpending): Execution {
  const funded = contract.actions.filter((a) => a.funding[String(year)] !== undefined);
  return {
    contract: contract.reference,
    year,
    date: `${year + 1}-03-15`,
    actions: funded.map((a, k) => {
      const f = a.funding[String(year)];
      const s = spending(k);
      const status = s.status ?? "completed";
      return {
        id: a.id,
        status,
        ...(status === "abandoned" ? { reason: "Action abandonnée (rapport généré)." } : {}),
        spent: { state: part(f?.state ?? 0, s.state), collectivite: part(f?.collectivite ?? 0, s.collectivite) },
        indicators: (a.indicators ?? []).flatMap((i, index) => {
          const target = i.targets?.[String(year)];
          return target === undefined ? [] : [{ indicator: i.id ?? i.label, index, value: Math.round((target * s.state) / 1000) }];
        }),
      };
    }),
  };
}

/** The same input with indicator ids (référentiel codes) set by label. */
export function withIndicatorIds(input: ContractInput, ids: Readonly<Record<string, string>>): ContractInput {
  return {
    ...input,
    actions: input.actions.map((a) => ({ ...a, ...(a.indicators === undefined ? {} : { indicators: a.indicators.map((i) => (ids[i.label] === undefined ? i : { ...i, id: ids[i.label] })) }) })),
  };
}

/** The same contract input under another reference, every amount scaled by `permille(k)` for its k-th action (parity kept: equal amounts stay equal). */
export function scaledContractInput(input: ContractInput, reference: string, permille: (k: number) => number): ContractInput {
  const scale = (cents: number, p: number) => Math.floor((cents * p) / 1000);
  return {
    ...input,
    reference,
    actions: input.actions.map((a, k) => ({
      ...a,
      funding: Object.fromEntries(
        Object.entries(a.funding).map(([year, f]) => [
          year,
          { ...f, state: scale(f.state, permille(k)), collectivite: scale(f.collectivite, permille(k)), ...(f.others === undefined ? {} : { others: f.others.map((o) => ({ ...o, amount: scale(o.amount, permille(k)) })) }) },
        ]),
      ),
    })),
  };
}
