import { defaultTheme, documentOf, italic, p, prepareDocumentOrThrow, table, type Document, type PreparedDocument, type Theme } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { withPacteSans } from "./default-fonts";
import { deferredStyles } from "./fonts/deferred-styles";
import { pacteSans } from "./fonts/pacte-sans";
import { PACTE_SANS_EXTENDED_NAME, PACTE_SANS_NAME } from "./fonts/pacte-sans-names";

const meta = { title: "Convention", createdAt: "2024-03-12" };
/** A prepared document holding `doc` and `theme` as they are (ones the validation would refuse included). */
const prepared = (doc: Document, theme: Theme = defaultTheme): PreparedDocument => ({ ...prepareDocumentOrThrow(documentOf({ meta, body: [p("Texte.")] })), document: doc, theme });
const names = async (doc: Document, theme?: Theme): Promise<string[]> => (await withPacteSans([], prepared(doc, theme))).map((f) => f.name);

describe("withPacteSans", () => {
  it("gives Pacte Sans alone to French text, accents, spaces and symbols included", async () => {
    const doc = documentOf({ meta, body: [p("Le préfet de la Creuse : 1\u202F234,56\u00A0€ ≤ ∞ « Œuvre » — l’État")] });
    expect(await names(doc)).toEqual([PACTE_SANS_NAME]);
  });

  it.each([
    ["in a table cell", documentOf({ meta, body: [table({ header: [["Nom", "Montant"]], rows: [["Анна", "12"]] })] })],
    ["in the title", documentOf({ meta: { ...meta, title: "Ἀλέξανδρος" }, body: [p("Texte.")] })],
    ["typed with combining accents", documentOf({ meta, body: [p("Nguye\u0302\u0303n")] })],
    ["after the same character drawn earlier", documentOf({ meta, body: [p("été"), p("été Ωmega")] })],
  ])("adds Pacte Sans Extended for a character only it draws, %s", async (_, doc) => {
    expect(await names(doc)).toEqual([PACTE_SANS_NAME, PACTE_SANS_EXTENDED_NAME]);
  });

  it("looks at every text of the theme too, nested ones included", async () => {
    const doc = documentOf({ meta, body: [p("Texte.")] });
    expect(await names(doc)).toEqual([PACTE_SANS_NAME]);
    const greek = { ...defaultTheme, colors: { ...defaultTheme.colors, text: "Ω" } };
    expect(await names(doc, greek)).toEqual([PACTE_SANS_NAME, PACTE_SANS_EXTENDED_NAME]);
  });

  it("looks beyond the Basic Multilingual Plane: a character no font draws asks for every font", async () => {
    const doc = documentOf({ meta, body: [p("Signé \u{1D400}")] });
    expect(await names(doc)).toEqual([PACTE_SANS_NAME, PACTE_SANS_EXTENDED_NAME]);
  });

  describe("Pacte Sans's italics", () => {
    const plain = documentOf({ meta, body: [p("Le préfet de la Creuse.")] });
    const withItalics = documentOf({ meta, body: [p("Publié au ", italic("Journal officiel"), ".")] });

    it("are deferred for a document without italics: no bytes, their faces kept for later", async () => {
      const [family] = await withPacteSans([], prepared(plain));
      expect(family?.name).toBe(PACTE_SANS_NAME);
      expect(family?.italic).toBeUndefined();
      expect(family?.boldItalic).toBeUndefined();
      expect([...(deferredStyles(family ?? pacteSans()) ?? [])]).toEqual(["italic", "boldItalic"]);
      expect(family?.regular).toBe(pacteSans().regular);
    });

    it("are loaded, byte for byte the shipped files, for a document in italics, or when the layout asks for them", async () => {
      for (const families of [await withPacteSans([], prepared(withItalics)), await withPacteSans([], prepared(plain), true)]) {
        const family = families[0];
        expect(deferredStyles(family ?? pacteSans())).toBeUndefined();
        expect(family?.italic).toBe(pacteSans().italic);
        expect(family?.boldItalic).toBe(pacteSans().boldItalic);
        expect(family?.aliases).toEqual(["Liberation Sans"]);
      }
    });

    it("are not deferred when the caller passes Pacte Sans itself (its italics are loaded already)", async () => {
      const families = await withPacteSans([pacteSans()], prepared(plain));
      expect(families.map((f) => deferredStyles(f))).toEqual([undefined, undefined]);
    });

    it("stay deferred next to Pacte Sans Extended, which comes whole", async () => {
      const families = await withPacteSans([], prepared(documentOf({ meta, body: [p("Дмитрий")] })));
      expect(families.map((f) => [f.name, [...(deferredStyles(f) ?? [])]])).toEqual([
        [PACTE_SANS_NAME, ["italic", "boldItalic"]],
        [PACTE_SANS_EXTENDED_NAME, []],
      ]);
      expect(families[1]?.italic).toBeInstanceOf(Uint8Array);
    });
  });
});
