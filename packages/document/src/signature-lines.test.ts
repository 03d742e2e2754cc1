import { describe, expect, it } from "vitest";
import type { Signatory } from "./block";
import { signatures } from "./build-block";
import { prepareSignatures, signatureBlock, signatureFieldDescription, signaturePlaceAndDate } from "./signature-lines";

const s = (n: number, extra: Partial<Signatory> = {}): Signatory => ({ role: `Pour ${n}`, quality: `Qualité ${n}`, name: `Nom ${n}`, fieldId: `f${n}`, ...extra });

describe("signaturePlaceAndDate", () => {
  it.each<[Partial<Signatory>, "fr" | "en", string]>([
    [{ place: "Guéret", date: "2023-12-20" }, "fr", "Fait à Guéret, le 20\u00A0décembre\u00A02023"],
    [{ place: "Guéret", date: "2024-03-01" }, "fr", "Fait à Guéret, le 1er\u00A0mars\u00A02024"],
    [{ place: "Guéret" }, "fr", "Fait à Guéret"],
    [{ date: "2024-03-12" }, "fr", "Le 12\u00A0mars\u00A02024"],
    [{ place: " " }, "fr", ""],
    [{}, "fr", ""],
    [{ place: "Guéret", date: "2024-03-12" }, "en", "Done at Guéret, 12 March 2024"],
    [{ date: "2024-03-12" }, "en", "12 March 2024"],
    [{ place: "Guéret", date: "2024-02-30" }, "fr", "Fait à Guéret, le 2024-02-30"],
  ])("%o (%s) → %s", (signatory, lang, text) => expect(signaturePlaceAndDate(signatory, lang)).toBe(text));
});

describe("signatureBlock", () => {
  it("puts role, quality, place and date above the signing space and the name below, with their paths", () => {
    const block = signatureBlock(s(1, { place: "Guéret", date: "2023-12-20" }), ["body", 9, "signatories", 0]);
    expect(block.above.map((l) => [l.kind, l.text, l.path.at(-1)])).toEqual([
      ["role", "Pour 1", "role"],
      ["quality", "Qualité 1", "quality"],
      ["placeAndDate", "Fait à Guéret, le 20\u00A0décembre\u00A02023", "place"],
    ]);
    expect(block.below.map((l) => [l.kind, l.text])).toEqual([["name", "Nom 1"]]);
    expect(block.fieldId).toBe("f1");
  });

  it("leaves blank lines out", () => {
    const block = signatureBlock(s(1, { quality: "", name: " " }), []);
    expect(block.above.map((l) => l.kind)).toEqual(["role"]);
    expect(block.below).toEqual([]);
  });
});

describe("prepareSignatures", () => {
  const rows = (n: number) =>
    prepareSignatures(signatures(...Array.from({ length: n }, (_, i) => s(i + 1))), ["body", 0]).rows.map((r) => r.map((b) => b?.fieldId ?? "-"));
  it("puts a lone signatory on the right, then two per row, the last of an odd number on the left", () => {
    expect(rows(1)).toEqual([["-", "f1"]]);
    expect(rows(2)).toEqual([["f1", "f2"]]);
    expect(rows(3)).toEqual([["f1", "f2"], ["f3", "-"]]);
    expect(rows(4)).toEqual([["f1", "f2"], ["f3", "f4"]]);
  });
});

describe("signatureFieldDescription", () => {
  it.each<[Partial<Signatory>, "fr" | "en", string]>([
    [{ quality: "Le préfet de la Creuse", name: "" }, "fr", "Signature du préfet de la Creuse"],
    [{ quality: "La préfète de la Creuse", name: "Anne Martin" }, "fr", "Signature de la préfète de la Creuse, Anne Martin"],
    [{ quality: "L’adjointe au maire,", name: "" }, "fr", "Signature de l’adjointe au maire"],
    [{ quality: "Les co-présidents", name: "" }, "fr", "Signature des co-présidents"],
    [{ quality: "Directrice territoriale", name: "Julie Petit" }, "fr", "Signature de Directrice territoriale, Julie Petit"],
    [{ quality: " ", role: "Pour France Travail", name: "Julie Petit" }, "fr", "Signature pour France Travail, Julie Petit"],
    [{ quality: "", role: "", name: "" }, "fr", "Signature"],
    [{ quality: "The Prefect of Creuse", name: "John Smith" }, "en", "Signature of the Prefect of Creuse, John Smith"],
    [{ quality: "", role: "For the State", name: "" }, "en", "Signature: For the State"],
  ])("%o (%s) → %s", (given, lang, text) => expect(signatureFieldDescription({ role: "Pour l’État", quality: "", name: "", ...given }, lang)).toBe(text));

  it("is the prepared block's description, from the typeset lines", () => {
    expect(signatureBlock(s(1, { quality: "Le préfet de la Creuse", name: "Jean Dupont" }), []).description).toBe("Signature du préfet de la Creuse, Jean Dupont");
  });
});
