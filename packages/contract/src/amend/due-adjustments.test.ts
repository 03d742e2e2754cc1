import { readableText } from "../test-support/readable-text";
import { describe, expect, it } from "vitest";
import { amendmentToDocument } from "../compose/amendment-to-document";
import { creuseInput } from "../test-support/fixtures";
import { createAmendment } from "./amendment";
import { dueAdjustments } from "./due-adjustments";

/** An avenant of `date` raising (or lowering) action A3.2's 2025 funding by `delta` cents for both parties. */
function amend(date: string, delta: number) {
  const revised = creuseInput();
  const f = revised.actions.find((a) => a.id === "A3.2")!.funding["2025"]!;
  f.state = (f.state as number) + delta;
  f.collectivite = (f.collectivite as number) + delta;
  const r = createAmendment(creuseInput(), revised, { number: 1, date, reasons: ["Renforcement du repérage"] });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("dueAdjustments", () => {
  it("finds the 2025 advance already due on an avenant of March 2025, with the complement it now owes", () => {
    // +10 000 € for the State in 2025: the advance (80 %) rises by 8 000 €.
    const list = dueAdjustments(amend("2025-03-14", 1_000_000));
    expect(list.map((d) => [d.payment.id, d.before, d.payment.amount, d.difference])).toEqual([["2025-1", 37_600_000, 38_400_000, 800_000]]);
  });

  it("finds nothing when the avenant comes before the instalment falls due, and never a balance awaiting its report", () => {
    expect(dueAdjustments(amend("2024-11-14", 1_000_000))).toEqual([]);
    expect(dueAdjustments(amend("2025-09-01", 1_000_000)).map((d) => d.payment.id)).toEqual(["2025-1"]);
  });

  it("is stated in the avenant: a complement paid at its signature, or an excess deducted from the next payment", () => {
    const up = readableText(amendmentToDocument(amend("2025-03-14", 1_000_000))).join("\n");
    expect(up).toContain(
      "Le versement de l’État dû au titre de l’année 2025 (avance de 80 %), échu à la date du présent avenant, est complété de 8 000,00 €, versé à la signature du présent avenant.",
    );
    const down = readableText(amendmentToDocument(amend("2025-03-14", -1_000_000))).join("\n");
    expect(down).toContain("excède de 8 000,00 € le montant qui résulte du présent avenant ; cette somme est déduite du versement suivant de l’État.");
    const early = readableText(amendmentToDocument(amend("2024-11-14", 1_000_000))).join("\n");
    expect(early).not.toContain("échu à la date du présent avenant");
  });
});
