import { describe, expect, it } from "vitest";
import { h1, h2, image, issuerMark, keepTogether, list, p, pageBreak, signatures, toc } from "./build-block";
import { bold, link, pageCount, pageNumber, ref, text } from "./build-inline";
import { documentOf } from "./build-document";
import { cell, table } from "./build-table";
import { documentPlainText, documentWords } from "./plain-text";
import { pngBytes } from "./test-support/images";

const meta = { title: "Contrat", createdAt: "2024-03-12" };

const sample = documentOf({
  meta,
  header: { right: [text("CLS Creuse")] },
  footer: { center: [text("Page "), pageNumber(), text(" sur "), pageCount()] },
  body: [
    issuerMark(["PRÉFET DE LA CREUSE", "DDETS"], image(pngBytes(2, 2), { alt: "Logo" })),
    toc(),
    h1("Objet", { label: "Article 1", id: "art-1" }),
    p("Voir ", ref("art-2"), ", ", ref("art-1", "ci-dessus"), " et ", link("https://a.fr", "le site"), ".\nFin"),
    image(pngBytes(2, 2), { alt: "Carte non imprimée" }),
    pageBreak(),
    h2("Financement", { id: "art-2" }),
    list(["Repérage", { content: "Accompagnement", children: ["global"] }]),
    table({ caption: "Tableau 1", header: ["Mesure", "Montant"], rows: [["Repérage", "12 000 €"]], totals: [cell(bold("Total")), ""] }),
    keepTogether(
      p(""),
      signatures(
        { role: "Pour l’État", quality: "La préfète", name: "Anne Martin", place: "Guéret", date: "2024-03-12", fieldId: "s1" },
        { role: "Pour le Département", quality: "La présidente", name: "Claire Durand", fieldId: "s2" },
      ),
    ),
  ],
});

describe("documentPlainText", () => {
  it("gives the text in reading order, one string per unit", () => {
    expect(documentPlainText(sample)).toEqual([
      "PRÉFET DE LA CREUSE",
      "DDETS",
      "Sommaire",
      "Article 1 – Objet",
      "Voir Financement, ci-dessus et le site.\nFin",
      "Financement",
      "Repérage",
      "Accompagnement",
      "global",
      "Tableau 1",
      "Mesure",
      "Montant",
      "Repérage",
      "12 000 €",
      "Total",
      "Pour l’État",
      "La préfète",
      "Anne Martin",
      "Guéret",
      "Pour le Département",
      "La présidente",
      "Claire Durand",
    ]);
  });

  it("adds the header first and the footer last, fields skipped, on request", () => {
    const texts = documentPlainText(sample, { headerFooter: true, labelSeparator: ". ", tocTitle: "Table des matières" });
    expect(texts[0]).toBe("CLS Creuse");
    expect(texts.at(-1)).toBe("Page  sur ");
    expect(texts).toContain("Article 1. Objet");
    expect(texts).toContain("Table des matières");
  });

  it("shows a reference to a heading without label by the heading's text, and to nothing as nothing", () => {
    const doc = documentOf({ meta, body: [h1("Annexes", { id: "annexes" }), p("Voir ", ref("annexes"), ref("absent"))] });
    expect(documentPlainText(doc)).toEqual(["Annexes", "Voir Annexes"]);
  });
});

describe("documentWords", () => {
  it("splits at any white space and trims punctuation", () => {
    const doc = documentOf({ meta, body: [p("Vu l’avis\u202F: «\u00A0favorable\u00A0» – écrire à ddets@creuse.gouv.fr (2024).")] });
    expect(documentWords(doc)).toEqual(["Vu", "l’avis", "favorable", "écrire", "à", "ddets@creuse.gouv.fr", "2024"]);
  });

  it("lists every word of a document, repeats included", () => {
    const words = documentWords(sample);
    expect(words.filter((w) => w === "Repérage")).toHaveLength(2);
    expect(words).toEqual(expect.arrayContaining(["Article", "1", "Objet", "12", "000", "Claire", "Durand", "Fin"]));
    expect(words).not.toContain("–");
  });
});
