import { describe, expect, expectTypeOf, it } from "vitest";
import { h1, image, issuerMark, keepTogether, list, p, signatures, toc } from "./build-block";
import { bold, inlines, link, pageCount, pageNumber, ref, sup } from "./build-inline";
import { documentOf } from "./build-document";
import { cell, table } from "./build-table";
import type { Document } from "./document";
import { pngBytes } from "./test-support/images";
import { validateDocument } from "./validate-document";

describe("documentOf", () => {
  it("assembles the parts and leaves out the missing ones", () => {
    expect(documentOf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [p("Bonjour.")] })).toStrictEqual({
      meta: { title: "Note", createdAt: "2024-03-12" },
      body: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour." }] }],
    });
  });

  it("reads naturally for a whole contract, and the result validates", () => {
    const doc = documentOf({
      meta: { title: "Contrat local des solidarités 2024-2027", createdAt: "2024-03-12", language: "fr-FR" },
      footer: { center: inlines("Page ", pageNumber(), " sur ", pageCount()) },
      body: [
        issuerMark(["PRÉFET DE LA CREUSE"], image(pngBytes(3, 2), { alt: "Logo", width: 60 })),
        p({ style: "title" }, "Contrat local des solidarités"),
        toc({ maxLevel: 2 }),
        h1("Objet", { label: "Article 1" }),
        p("Le présent contrat prend effet le 1", sup("er"), " janvier 2024 ; voir ", ref("article-2"), " et ", link("https://www.legifrance.gouv.fr", "Légifrance"), "."),
        h1("Financement", { label: "Article 2" }),
        list(["Repérage", { content: bold("Accompagnement"), children: ["global"] }], { ordered: true }),
        table({ header: ["Mesure", "Montant"], rows: [["Repérage", 12000]], totals: [cell("Total", { bold: true }), 12000] }),
        keepTogether(p("Fait à Guéret, le 12 mars 2024."), signatures({ role: "Pour l’État", quality: "La préfète", name: "Anne Martin", fieldId: "sig-etat" })),
      ],
    });
    expectTypeOf(doc).toEqualTypeOf<Document>();
    expect(validateDocument(doc)).toMatchObject({ success: true, warnings: [] });
  });
});
