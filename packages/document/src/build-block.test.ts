import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Heading, Image, Paragraph } from "./block";
import { h1, h2, h3, h4, heading, image, issuerMark, keepTogether, list, p, pageBreak, signatures, toc } from "./build-block";
import { bold, br, text } from "./build-inline";
import { documentOf } from "./build-document";
import { jpegBytes, pngBytes } from "./test-support/images";
import { validateDocument } from "./validate-document";

const meta = { title: "Note", createdAt: "2024-03-12" };

describe("p", () => {
  it.each<[string, Paragraph, Paragraph]>([
    ["strings and inlines", p("Vu ", bold("le code"), " ;"), { type: "paragraph", content: [text("Vu "), bold("le code"), text(" ;")] }],
    ["options first", p({ style: "title", align: "center" }, "Titre"), { type: "paragraph", content: [text("Titre")], style: "title", align: "center" }],
    ["options last", p("Fin", { keepWithNext: true }), { type: "paragraph", content: [text("Fin")], keepWithNext: true }],
    ["a line break in a string", p("Fait à Guéret,\nle 12 mars"), { type: "paragraph", content: [text("Fait à Guéret,"), br(), text("le 12 mars")] }],
    ["nothing", p(), { type: "paragraph", content: [] }],
    ["options with undefined values", p({ align: undefined } as never, "x"), { type: "paragraph", content: [text("x")] }],
  ])("%s", (_label, built, expected) => {
    expect(built).toStrictEqual(expected);
  });
});

describe("heading", () => {
  it.each<[string, Heading, Heading]>([
    ["an id from the label", heading(1, "Objet", { label: "Article 1" }), { type: "heading", level: 1, id: "article-1", text: "Objet", label: "Article 1" }],
    ["an id from the text, accents dropped", h2("Engagements de l’État"), { type: "heading", level: 2, id: "engagements-de-l-etat", text: "Engagements de l’État" }],
    ["an id given", h1("Annexes", { id: "annexes", toc: false }), { type: "heading", level: 1, id: "annexes", text: "Annexes", toc: false }],
    ["an id from a text starting with a figure", h3("2024 : bilan"), { type: "heading", level: 3, id: "h-2024-bilan", text: "2024 : bilan" }],
    ["level 4 with a page break", h4("Détail", { pageBreakBefore: true }), { type: "heading", level: 4, id: "detail", text: "Détail", pageBreakBefore: true }],
  ])("%s", (_label, built, expected) => {
    expect(built).toStrictEqual(expected);
  });

  it("gives the same id on every call, and validateDocument catches two alike", () => {
    expect(h1("Objet").id).toBe(h1("Objet").id);
    const r = validateDocument(documentOf({ meta, body: [h1("Objet"), h2("Objet")] }));
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(["document.duplicate_id"]);
  });

  it("keeps the level's literal type", () => {
    expectTypeOf(heading(2, "x")).toEqualTypeOf<Heading>();
    expectTypeOf<Parameters<typeof heading>[0]>().toEqualTypeOf<1 | 2 | 3 | 4>();
  });
});

describe("list", () => {
  it("makes items from strings, inline arrays and nested items", () => {
    expect(
      list(["Repérage", [bold("Accompagnement"), " global"], { content: "Axe 1", children: ["Mesure 1.1", { content: "Mesure 1.2", children: ["a"] }] }], {
        ordered: true,
      }),
    ).toStrictEqual({
      type: "list",
      ordered: true,
      items: [
        { content: [text("Repérage")] },
        { content: [bold("Accompagnement"), text(" global")] },
        {
          content: [text("Axe 1")],
          children: {
            type: "list",
            ordered: true,
            items: [
              { content: [text("Mesure 1.1")] },
              { content: [text("Mesure 1.2")], children: { type: "list", ordered: true, items: [{ content: [text("a")] }] } },
            ],
          },
        },
      ],
    });
  });

  it("is bulleted by default and takes a built sub-list as is", () => {
    const sub = list(["x"], { ordered: true });
    const built = list([{ content: "y", children: sub }]);
    expect(built.ordered).toBe(false);
    expect(built.items[0]?.children).toBe(sub);
  });
});

describe("other blocks", () => {
  it.each<[string, unknown, unknown]>([
    ["keepTogether", keepTogether(p("a"), pageBreak()), { type: "keepTogether", blocks: [p("a"), { type: "pageBreak" }] }],
    ["toc", toc({ maxLevel: 2 }), { type: "toc", maxLevel: 2 }],
    ["toc with a title", toc({ title: "Table" }), { type: "toc", title: "Table" }],
    [
      "signatures",
      signatures({ role: "Pour l’État", quality: "La préfète", name: "A", fieldId: "s" }),
      { type: "signatures", signatories: [{ role: "Pour l’État", quality: "La préfète", name: "A", fieldId: "s" }] },
    ],
    ["issuerMark from one line", issuerMark("PRÉFET"), { type: "issuerMark", lines: ["PRÉFET"] }],
    ["issuerMark aligned right", issuerMark(["A", "B"], undefined, { align: "right" }), { type: "issuerMark", lines: ["A", "B"], align: "right" }],
  ])("%s", (_label, built, expected) => {
    expect(built).toStrictEqual(expected);
  });

  it("detects an image's type from its bytes, and falls back to PNG", () => {
    const jpeg = jpegBytes(4, 4);
    expect(image(jpeg, { alt: "Photo", width: 100 })).toStrictEqual({ type: "image", data: jpeg, mimeType: "image/jpeg", alt: "Photo", width: 100 });
    expect(image(new Uint8Array(4), { alt: "x" }).mimeType).toBe("image/png");
  });

  it("takes an image as logo, without its type", () => {
    const logo = image(pngBytes(2, 2), { alt: "Logo" });
    expect(issuerMark(["PRÉFET"], logo).logo).toStrictEqual({ data: logo.data, mimeType: "image/png", alt: "Logo" });
    expectTypeOf(image(pngBytes(1, 1), { alt: "x" })).toEqualTypeOf<Image>();
  });
});

describe("builders and validation", () => {
  // Text without the characters a document refuses, possibly with line breaks (which p() turns into br()).
  const safeText = fc.string({ unit: fc.constantFrom("a", "é", "É", " ", "’", "«", "»", "\u202F", "1", "€", "ễ", "Д", "Ω", "∞", "\n", "-") });

  it("produce documents that validate, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(safeText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4 }), (texts, level) => {
        const body = texts.flatMap((t, i) => [
          heading(level as 1 | 2 | 3 | 4, `Titre ${t}`.replace(/\n/g, " "), { id: `h-${i}` }),
          p(t, bold(t.replace(/\n/g, " "))),
          list([t, { content: t, children: [t] }]),
        ]);
        const r = validateDocument(documentOf({ meta, body: [toc(), ...body, keepTogether(p(texts[0] ?? ""), signatures({ role: "r", quality: "q", name: "n", fieldId: "s" }))] }));
        expect(r.success ? [] : r.issues).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
