import { describe, expect, it } from "vitest";
import { creuseInput } from "../test-support/fixtures";
import { mergeSheetActions } from "./merge-sheet-actions";

describe("mergeSheetActions", () => {
  const existing = creuseInput().actions;
  const first = existing[0]!;

  it("keeps, by code, what the sheet leaves empty; takes what it fills and its whole funding; removes what it lacks", () => {
    const merged = mergeSheetActions(existing, {
      actions: [
        { id: "NEW.1", axis: 3, title: "Nouvelle action", nature: "new", funding: { "2024": { state: 100, collectivite: 100 } } },
        { id: first.id, title: "Titre revu", nature: "reinforced", reinforcement: { kind: "caseload" }, funding: { "2025": { state: 7, collectivite: 7 } } },
      ],
    });
    expect(merged.added).toEqual(["NEW.1"]);
    expect(merged.updated).toEqual([first.id]);
    expect(merged.removed).toEqual(existing.slice(1).map((a) => a.id));
    expect(merged.actions.map((a) => a.id)).toEqual(["NEW.1", first.id]);
    const a = merged.actions[1]!;
    expect(a.title).toBe("Titre revu");
    expect(a.indicators).toEqual(first.indicators);
    expect(a.description).toBe(first.description);
    expect(a.carrier).toBe(first.carrier);
    expect(a.funding).toEqual({ "2025": { state: 7, collectivite: 7 } });
    // The same kind of reinforcement keeps its detail.
    expect(a.reinforcement).toEqual(first.reinforcement);
    expect(Object.keys(a).slice(0, 3)).toEqual(["id", "axis", "title"]);
  });

  it("drops the reinforcement of an action the sheet says is new", () => {
    const merged = mergeSheetActions(existing, { actions: [{ id: first.id, title: first.title, nature: "new", funding: {} }] });
    expect(merged.actions[0]?.reinforcement).toBeUndefined();
    expect(merged.actions[0]?.nature).toBe("new");
  });

  it("takes anything that is not a list of actions as none, and changes nothing it is given", () => {
    const copy = structuredClone(existing);
    const sheet = { actions: [{ id: first.id, title: "x", nature: "new" as const, funding: {} }] };
    mergeSheetActions(existing, sheet).actions[0]?.indicators?.push({ label: "y", unit: "z" });
    expect(existing).toEqual(copy);
    expect(mergeSheetActions("nope", sheet)).toMatchObject({ added: [first.id], updated: [], removed: [] });
  });
});
