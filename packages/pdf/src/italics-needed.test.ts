import { documentOf, h1, h3, h4, italic, p, pageNumber, prepareDocumentOrThrow, signatures, table, text, type Document, type ThemeInput } from "@pacte/document";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withDeferredStyles } from "./fonts/deferred-styles";
import { pacteSansFamily } from "./fonts/pacte-sans-upright";
import { italicsNeeded } from "./italics-needed";
import { layoutDocument } from "./layout/layout-document";
import { documentArb } from "./test-support/document-arbitrary";
import { sampleDocument } from "./test-support/sample-document";
import { namesDocument } from "./test-support/names-document";

const meta = { title: "Convention", createdAt: "2024-03-12" };
const signatory = { role: "Pour l’État", quality: "La préfète", name: "Anne Martin", fieldId: "sig-etat" };
const needed = (doc: Document, theme?: ThemeInput): boolean => italicsNeeded(prepareDocumentOrThrow(doc, theme === undefined ? {} : { theme }));

/** Whether laying the document out with Pacte Sans's italics deferred asks for them: what the scan must foresee. */
function layoutAsks(doc: Document, theme?: ThemeInput): boolean {
  const upright = withDeferredStyles(pacteSansFamily(), ["italic", "boldItalic"]);
  const prepared = prepareDocumentOrThrow(doc, theme === undefined ? {} : { theme });
  return layoutDocument(prepared, { fonts: [upright], hyphenate: null, lang: "fr" }).stack.asksDeferred;
}

const CASES: readonly [string, Document, ThemeInput | undefined, boolean][] = [
  ["plain text, headings 1 to 3, a table", documentOf({ meta, body: [h1("Objet"), h3("Détail"), p("Texte."), table({ header: [["Nom"]], rows: [["Anne"]] })] }), undefined, false],
  ["a run in italics", documentOf({ meta, body: [p("Publié au ", italic("Journal officiel"), ".")] }), undefined, true],
  ["a run in italics in a table cell", documentOf({ meta, body: [table({ header: [["Nom"]], rows: [[italic("Anne")]] })] }), undefined, true],
  ["a heading of level 4", documentOf({ meta, body: [h4("Précision")] }), undefined, true],
  ["a signature with its place and date", documentOf({ meta, body: [signatures({ ...signatory, place: "Guéret", date: "2024-03-12" })] }), undefined, true],
  ["a signature with its date only", documentOf({ meta, body: [signatures({ ...signatory, date: "2024-03-12" })] }), undefined, true],
  ["a signature without place or date", documentOf({ meta, body: [signatures(signatory)] }), undefined, false],
  ["a footer whose page number is in italics", documentOf({ meta, body: [p("Texte.")] }), { footer: { center: [pageNumber({ italic: true })] } }, true],
  ["a footer in upright text", documentOf({ meta, body: [p("Texte.")] }), { footer: { center: [text("Page "), pageNumber()] } }, false],
  ["the test sample (title page, articles, a word in italics, annex table, signatures)", sampleDocument({ annexRows: 10 }), undefined, true],
  ["signatories named in Vietnamese, Greek, Cyrillic, with place and date", namesDocument(), undefined, true],
];

describe("italicsNeeded", () => {
  it.each(CASES)("%s: as the layout finds it", (_, doc, theme, expected) => {
    expect(needed(doc, theme)).toBe(expected);
    expect(layoutAsks(doc, theme)).toBe(expected);
  });

  it("never misses what the layout asks for, on any document (else every such render is laid out twice)", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        if (!needed(doc)) expect(layoutAsks(doc)).toBe(false);
      }),
      { numRuns: 60, seed: 20241205 },
    );
  });
});
