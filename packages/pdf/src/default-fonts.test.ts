import { defaultTheme, documentOf, p, table } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { withPacteSans } from "./default-fonts";
import { PACTE_SANS_EXTENDED_NAME, PACTE_SANS_NAME } from "./fonts/pacte-sans";

const names = async (...args: Parameters<typeof withPacteSans>): Promise<string[]> => (await withPacteSans(...args)).map((f) => f.name);
const meta = { title: "Convention", createdAt: "2024-03-12" };

describe("withPacteSans", () => {
  it("gives Pacte Sans alone to French text, accents, spaces and symbols included", async () => {
    const doc = documentOf({ meta, body: [p("Le préfet de la Creuse : 1\u202F234,56\u00A0€ ≤ ∞ « Œuvre » — l’État")] });
    expect(await names([], doc, defaultTheme)).toEqual([PACTE_SANS_NAME]);
  });

  it.each([
    ["in a table cell", documentOf({ meta, body: [table({ header: [["Nom", "Montant"]], rows: [["Анна", "12"]] })] })],
    ["in the title", documentOf({ meta: { ...meta, title: "Ἀλέξανδρος" }, body: [p("Texte.")] })],
    ["typed with combining accents", documentOf({ meta, body: [p("Nguye\u0302\u0303n")] })],
    ["after the same character drawn earlier", documentOf({ meta, body: [p("été"), p("été Ωmega")] })],
  ])("adds Pacte Sans Extended for a character only it draws, %s", async (_, doc) => {
    expect(await names([], doc, defaultTheme)).toEqual([PACTE_SANS_NAME, PACTE_SANS_EXTENDED_NAME]);
  });

  it("looks at every text of the theme too, nested ones included", async () => {
    const doc = documentOf({ meta, body: [p("Texte.")] });
    expect(await names([], doc, defaultTheme)).toEqual([PACTE_SANS_NAME]);
    const greek = { ...defaultTheme, colors: { ...defaultTheme.colors, text: "Ω" } };
    expect(await names([], doc, greek)).toEqual([PACTE_SANS_NAME, PACTE_SANS_EXTENDED_NAME]);
  });

  it("looks beyond the Basic Multilingual Plane: a character no font draws asks for every font", async () => {
    const doc = documentOf({ meta, body: [p("Signé \u{1D400}")] });
    expect(await names([], doc, defaultTheme)).toEqual([PACTE_SANS_NAME, PACTE_SANS_EXTENDED_NAME]);
  });
});
