import { describe, expect, it } from "vitest";
import { englishLandscape, everyBlock, longDocument, signatoryCounts } from "./documents";
import { CAN_COMPARE, SKIP_REASON, compareFormats, firstDifference, wordsOf } from "./same-words";

describe("wordsOf", () => {
  it("joins words cut after a hyphen or dash at a line end and trims punctuation", () => {
    expect(wordsOf("Seine-\nSaint-Denis, « 2024–\n2027 » ..... • l’État\f1er")).toEqual(["Seine-Saint-Denis", "2024–2027", "l’État", "1er"]);
    expect(wordsOf("a –\nb")).toEqual(["a", "b"]);
    expect(wordsOf("à l’\nannexe 3, d'\nIle")).toEqual(["à", "l’annexe", "3", "d'Ile"]);
    expect(wordsOf("’ a")).toEqual(["a"]);
  });
});

// The proof that "one place decides, renderers only draw": both formats of each document, read
// back by poppler (the DOCX through LibreOffice), give the same words in the same order.
describe("the DOCX and the PDF say the same thing", () => {
  if (!CAN_COMPARE) {
    it.skip(SKIP_REASON, () => {});
    return;
  }

  it(
    "for documents with every block kind, 1 to 4 signatories, a table across pages, a landscape English document",
    async () => {
      const cases = [
        { name: "every-block", document: everyBlock },
        { name: "signatories", document: signatoryCounts },
        { name: "long", document: longDocument },
        { name: "english-landscape", document: englishLandscape },
      ];
      const results = await compareFormats(cases, process.env.PACTE_E2E_KEEP);
      for (const r of results) {
        expect(r.pdf.length, r.name).toBeGreaterThan(20);
        expect({ name: r.name, difference: r.difference }).toEqual({ name: r.name });
      }
      // The signature lines are there, in the PDF's wording, in both.
      const every = results.find((r) => r.name === "every-block");
      expect(every?.docx.join(" ")).toContain("Pour l’État La préfète de la Creuse Fait à Guéret le 20 décembre 2023");
    },
    240_000,
  );
});

describe("firstDifference", () => {
  it("says where two word lists part, with context", () => {
    expect(firstDifference(["a", "b"], ["a", "b"])).toBeUndefined();
    expect(firstDifference(["Fait", "à", "Guéret"], ["À", "Guéret"])).toEqual({ index: 0, pdf: ["Fait", "à", "Guéret"], docx: ["À", "Guéret"] });
    expect(firstDifference(["a"], ["a", "b"])?.index).toBe(1);
  });
});
