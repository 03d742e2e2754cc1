import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Document } from "../document";
import type { Inline } from "../inline";
import { bold, br, italic, link, ref, text } from "../build-inline";
import { h1, issuerMark, keepTogether, list, p, signatures, toc } from "../build-block";
import { table } from "../build-table";
import { headerFooterWithFrenchTypography, withFrenchTypography } from "./french-document";

const NB = "\u00A0";
const NNB = "\u202F";
const doc = (body: Document["body"], extra: Partial<Document> = {}): Document => ({ meta: { title: "Objet: note", createdAt: "2024-03-12" }, body, ...extra });
const contentOf = (d: Document, i = 0): readonly Inline[] => {
  const b = d.body[i];
  return b?.type === "paragraph" ? b.content : [];
};

describe("withFrenchTypography", () => {
  it("typesets every text a reader sees and leaves ids, dates and addresses alone", () => {
    const input = doc(
      [
        issuerMark(["L'État"]),
        toc({ title: "Sommaire: annexes" }),
        h1("Objet: l'avenant", { id: "a-1", label: "Article 1" }),
        p("Voir ", ref("a-1"), " ; ", link("https://x.fr/a?b=1", "site: ici")),
        list(["un; deux", { content: "trois", children: ["quatre!"] }]),
        keepTogether(table({ caption: "Tableau: 1", header: [["Année"]], rows: [["n°5"]], totals: [["50%"]] })),
        signatures({ role: "Pour l'État", quality: "Le préfet", name: "J. Dupont", place: "L'Isle", date: "2024-03-12", fieldId: "sig-1" }),
      ],
      { footer: { left: [text("Réf.: 5")] } },
    );
    const before = structuredClone(input);
    const out = withFrenchTypography(input);
    expect(input).toEqual(before); // never mutates
    expect(out.meta.title).toBe(`Objet${NB}: note`);
    const json = JSON.stringify(out);
    for (const typeset of ["L’État", `Sommaire${NB}: annexes`, `Objet${NB}: l’avenant`, `un${NNB}; deux`, `quatre${NNB}!`, `Tableau${NB}: 1`, `{"type":"text","text":"o","superscript":true},{"type":"text","text":"${NB}5"}`, `50${NB}%`, "Pour l’État", "L’Isle", `Réf.${NB}: 5`, `site${NB}: ici`]) {
      expect(json).toContain(typeset);
    }
    expect(json).toContain('"target":"a-1"');
    expect(json).toContain('"href":"https://x.fr/a?b=1"');
    expect(json).toContain('"date":"2024-03-12"');
    expect(json).toContain('"fieldId":"sig-1"');
  });

  it("typesets a run in the context of the one before it, and an apostrophe before the next inline", () => {
    const out = withFrenchTypography(doc([p(bold("annexe 1"), " ; voir l'", ref("x", "article 5"))]));
    expect(contentOf(out)).toEqual([bold(`annexe${NB}1`), text(`${NNB}; voir l’`), ref("x", `article${NB}5`)]);
  });

  it("keeps the runs as given unless typesetting them together changes the text", () => {
    const kept = withFrenchTypography(doc([p(text("a: "), text("b"), italic("c"))]));
    expect(contentOf(kept)).toEqual([text(`a${NB}: `), text("b"), italic("c")]);
    // A quotation opened in one run and closed in the next one with the same marks.
    const merged = withFrenchTypography(doc([p(text('Le "pilote'), text('" est lancé.'), br())]));
    expect(contentOf(merged)).toEqual([text(`Le «${NB}pilote${NB}» est lancé.`), br()]);
  });

  it("joins what must not break across a line end and raises superscripts, in the body but not in the metadata", () => {
    const out = withFrenchTypography(doc([p("le 1er janvier 2024 en Seine-Saint-Denis")], { meta: { title: "Seine-Saint-Denis, 1er janvier 2024", createdAt: "2024-03-12" } }));
    expect(out.meta.title).toBe("Seine-Saint-Denis, 1er janvier 2024");
    expect(contentOf(out)).toEqual([text("le 1"), { type: "text", text: "er", superscript: true }, text(`${NB}janvier${NB}2024 en Seine\u2011Saint\u2011Denis`)]);
    const plain = withFrenchTypography(doc([p("le 1er janvier")]), { lineBreaks: false, superscripts: false });
    expect(contentOf(plain)).toEqual([text("le 1er janvier")]);
  });

  it("is idempotent", () => {
    const piece = fc.constantFrom("a", "É", " ", ":", ";", "!", "?", '"', "'", "«", "»", "n°", "5", "%", "€", "https://x.fr/?a=1", ".", "(", "l'", "\u00A0");
    const runText = fc.array(piece, { maxLength: 8 }).map((a) => a.join(""));
    const inline = fc.oneof(
      runText.map((t) => text(t)),
      runText.map((t) => bold(t)),
      runText.map((t) => ref("x", t || "x")),
      fc.constant(br()),
    );
    fc.assert(
      fc.property(fc.array(inline, { maxLength: 6 }), runText, (content, title) => {
        const d = doc([p(...content), h1(title || "t", { id: "x" })], { header: { center: content } });
        const once = withFrenchTypography(d);
        expect(withFrenchTypography(once)).toEqual(once);
      }),
    );
  });
});

describe("headerFooterWithFrenchTypography", () => {
  it("typesets each slot and keeps firstPage", () => {
    expect(headerFooterWithFrenchTypography({ right: [text("Page: 1")], firstPage: false })).toEqual({ right: [text(`Page${NB}: 1`)], firstPage: false });
  });
});
