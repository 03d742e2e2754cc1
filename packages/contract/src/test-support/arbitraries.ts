// fast-check generators of valid contract inputs (CLS département profile).
import fc from "fast-check";
import type { ContractInput } from "../input";
import { creuseInput } from "./fixtures";

const YEARS = ["2024", "2025", "2026", "2027"] as const;
type ActionInput = ContractInput["actions"][number];

const amount = fc.integer({ min: 0, max: 500_000_000 });

const yearFunding = fc.record(
  {
    amount,
    others: fc.array(fc.record({ name: fc.constantFrom("CAF", "ARS", "Commune", "MSA"), amount }), { maxLength: 2 }),
  },
  { requiredKeys: ["amount", "others"] },
);

/** One action's funding: a non-empty subset of the years, State = collectivity each year. */
const funding = fc
  .tuple(fc.subarray([...YEARS], { minLength: 1 }), fc.array(yearFunding, { minLength: 4, maxLength: 4 }))
  .map(([years, values]) => {
    const out: ActionInput["funding"] = {};
    years.forEach((y, k) => {
      const v = values[k]!;
      out[y] = { state: v.amount, collectivite: v.amount, ...(v.others.length > 0 ? { others: v.others } : {}) };
    });
    return out;
  });

const action = (axis: 1 | 3 | 4) =>
  fc.record({ title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), funding }).map(
    ({ title, funding }): Omit<ActionInput, "id"> => ({
      axis,
      title,
      nature: "new",
      indicators: [{ label: "Personnes", unit: "personnes", targets: { "2024": 1 } }],
      funding,
    }),
  );

/**
 * A valid Creuse CLS input with 3 to 15 generated actions (each of axes 1, 3, 4 holds at least
 * one), 50/50 funding, no ceiling.
 */
export const validCreuseInput: fc.Arbitrary<ContractInput> = fc
  .tuple(
    fc.array(action(1), { minLength: 1, maxLength: 5 }),
    fc.array(action(3), { minLength: 1, maxLength: 5 }),
    fc.array(action(4), { minLength: 1, maxLength: 5 }),
  )
  .map(([a1, a3, a4]) => {
    const base = creuseInput();
    delete base.stateAnnualCeiling;
    base.actions = [...a1, ...a3, ...a4].map((a, i) => ({ ...a, id: `G${i + 1}` }));
    return base;
  });
