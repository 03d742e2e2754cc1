// What the page proposes when a field is left empty: the contract's reference and the fiche
// numbers. Loaded with the page (its hints show them as one types), so it imports nothing.

/**
 * The reference the page proposes for a party, as `pacte init` writes it: `CLS-<code>-2024-001`.
 *
 * @example
 * defaultReference({ code: "23D" }) //=> "CLS-23D-2024-001"
 * defaultReference(undefined) //=> ""
 */
export function defaultReference(party: { readonly code: string } | undefined): string {
  return party === undefined ? "" : `CLS-${party.code}-2024-001`;
}

/**
 * The fiche numbers of the actions: the one typed, else `A<axis>.<n>` in the order of the form,
 * skipping numbers typed for other actions (`A<n>` for an action without an axis yet).
 *
 * @example
 * actionIds([{ id: "", axis: "1" }, { id: "A1.1", axis: "1" }, { id: "", axis: "3" }]) //=> ["A1.2", "A1.1", "A3.1"]
 */
export function actionIds(actions: readonly { readonly id: string; readonly axis: string }[]): string[] {
  const used = new Set(actions.map((a) => a.id.trim()).filter((id) => id !== ""));
  return actions.map((a, i) => {
    const typed = a.id.trim();
    if (typed !== "") return typed;
    const base = a.axis === "" ? "A" : `A${a.axis}.`;
    let n = a.axis === "" ? i + 1 : 1;
    while (used.has(`${base}${n}`)) n++;
    used.add(`${base}${n}`);
    return `${base}${n}`;
  });
}
