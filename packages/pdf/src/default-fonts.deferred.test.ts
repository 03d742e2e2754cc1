// Pacte Sans's italics are loaded by the default render path only when the document sets text in
// italics: whatever is loaded, the bytes are those of a render with every face loaded.
import { documentOf, h1, h4, italic, p, prepareDocumentOrThrow, signatures, type Document } from "@pacte/document";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderPdf, withPacteSans } from "./default-fonts";
import { withDeferredStyles } from "./fonts/deferred-styles";
import type { FontFamily } from "./fonts/font-family";
import { loadPacteSansExtended } from "./fonts/load-pacte-sans-extended";
import { pacteSans } from "./fonts/pacte-sans";
import { pacteSansFamily } from "./fonts/pacte-sans-upright";
import { renderPdf as renderPdfCore, renderWithFonts, type CompleteFonts } from "./render-pdf";
import { chartDocument } from "./test-support/chart-document";
import { documentArb } from "./test-support/document-arbitrary";
import { namesDocument } from "./test-support/names-document";
import { sampleDocument } from "./test-support/sample-document";

const meta = { title: "Convention", createdAt: "2024-03-12" };
const signatory = { role: "Pour l’État", quality: "La préfète", name: "Anne Martin", fieldId: "sig-etat" };

/** Every face loaded from the start: Pacte Sans as `pacteSans()` gives it, then Pacte Sans Extended when the text needs it. */
async function everyFace(doc: Document): Promise<FontFamily[]> {
  const names = (await withPacteSans([], prepareDocumentOrThrow(doc))).map((f) => f.name);
  return names.length > 1 ? [pacteSans(), await loadPacteSansExtended()] : [pacteSans()];
}
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

const DOCUMENTS: readonly [string, () => Document][] = [
  ["upright text only", () => documentOf({ meta, body: [h1("Objet"), p("Le préfet de la Creuse.")] })],
  ["a word in italics", () => documentOf({ meta, body: [p("Publié au ", italic("Journal officiel"), ".")] })],
  ["a heading of level 4", () => documentOf({ meta, body: [h4("Précision"), p("Texte.")] })],
  ["signatures with place and date", () => documentOf({ meta, body: [signatures({ ...signatory, place: "Guéret", date: "2024-03-12" })] })],
  ["Cyrillic, upright (Pacte Sans Extended after the deferred faces)", () => documentOf({ meta, body: [p("Représentant : Дмитрий.")] })],
  ["Cyrillic in italics", () => documentOf({ meta, body: [p(italic("Дмитрий Ἀλέξανδρος"))] })],
  ["names in three scripts, with place and date", namesDocument],
  ["the test sample", () => sampleDocument({ annexRows: 40 })],
  ["charts", chartDocument],
];

describe("the default fonts' deferred italics", () => {
  it.each(DOCUMENTS)("%s: the same bytes as with every face loaded", async (_, make) => {
    const doc = make();
    expect(same(await renderPdf(doc), await renderPdfCore(doc, { fonts: await everyFace(doc) }))).toBe(true);
  });

  it("on any document too", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        expect(same(await renderPdf(doc), await renderPdfCore(doc, { fonts: await everyFace(doc) }))).toBe(true);
      }),
      { numRuns: 12, seed: 1205, endOnFailure: true },
    );
  });

  it("when the layout asks for a deferred face the look-ahead missed, lays the document out again with it", async () => {
    const calls: boolean[] = [];
    // A completion that never foresees italics: the layout alone finds them.
    const blind: CompleteFonts = async (given, prepared, all) => {
      calls.push(all);
      if (all) return withPacteSans(given, prepared, true);
      return [withDeferredStyles(pacteSansFamily(), ["italic", "boldItalic"])];
    };
    const doc = documentOf({ meta, body: [p("Publié au ", italic("Journal officiel"), ".")] });
    const { bytes } = await renderWithFonts(doc, {}, blind, false);
    expect(calls).toEqual([false, true]);
    expect(same(bytes, await renderPdfCore(doc, { fonts: [pacteSans()] }))).toBe(true);

    calls.length = 0;
    await renderWithFonts(documentOf({ meta, body: [p("Texte.")] }), {}, blind, false);
    expect(calls).toEqual([false]);
  });
});
