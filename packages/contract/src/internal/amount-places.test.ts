import { formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { mapAmounts } from "./amount-places";

const pathsOf = (value: unknown): string[] => {
  const out: string[] = [];
  mapAmounts(value, (amount, path) => {
    out.push(formatPath([...path]));
    return amount;
  });
  return out;
};

describe("mapAmounts", () => {
  it("visits the ceiling and every party's amount of every year, in the input's order", () => {
    const input = {
      stateAnnualCeiling: 1,
      actions: [
        { id: "A1", funding: { "2024": { state: 1, collectivite: 1, others: [{ name: "CAF", amount: 1 }, { name: "ARS", amount: 2 }] } } },
        { id: "A2", funding: { "2024": { state: 1, collectivite: 1 }, "2025": { state: 1, collectivite: 1 } } },
      ],
    };
    expect(pathsOf(input)).toEqual([
      "stateAnnualCeiling",
      "actions[0].funding[2024].state",
      "actions[0].funding[2024].collectivite",
      "actions[0].funding[2024].others[0].amount",
      "actions[0].funding[2024].others[1].amount",
      "actions[1].funding[2024].state",
      "actions[1].funding[2024].collectivite",
      "actions[1].funding[2025].state",
      "actions[1].funding[2025].collectivite",
    ]);
  });

  it("visits nothing else: indicators' figures, percentages and years stay as they are", () => {
    const input = creuseInput();
    const amounts = pathsOf(input);
    expect(amounts.every((p) => p === "stateAnnualCeiling" || /^actions\[\d+\]\.funding\[\d{4}\]\.(state|collectivite|others\[\d+\]\.amount)$/.test(p))).toBe(true);
    expect(amounts.length).toBeGreaterThan(90);
  });

  it("copies the way to each amount and shares the rest, never changing its argument", () => {
    const input = creuseInput();
    const before = structuredClone(input);
    const out = mapAmounts(input, () => 0) as typeof input;
    expect(input).toEqual(before);
    expect(out.actions[0]?.funding["2024"]?.state).toBe(0);
    expect(out.state).toBe(input.state);
    expect(out.actions[0]?.indicators).toBe(input.actions[0]?.indicators);
    expect(Object.keys(out)).toEqual(Object.keys(input));
  });

  it("leaves what does not have the expected shape", () => {
    expect(mapAmounts({ actions: "A1", stateAnnualCeiling: undefined }, () => 0)).toEqual({ actions: "A1", stateAnnualCeiling: undefined });
    expect(mapAmounts({ actions: [{ funding: [1, 2] }] }, () => 0)).toEqual({ actions: [{ funding: [1, 2] }] });
    expect(mapAmounts(null, () => 0)).toBeNull();
  });
});
