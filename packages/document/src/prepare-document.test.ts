import { PacteError, formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { ref, text } from "./build-inline";
import { h1, h2, keepTogether, p, signatures, toc } from "./build-block";
import type { Document } from "./document";
import { isPreparedDocument, prepareDocument, prepareDocumentOrThrow, prepareOnce } from "./prepare-document";
import { defaultTheme } from "./theme";

const NB = "\u00A0";
const etat = { role: "Pour l'État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", date: "2023-12-20", fieldId: "sig-etat" };
const dep = { role: "Pour le Département", quality: "La présidente", name: "Claire Durand", place: "Guéret", date: "2023-12-21", fieldId: "sig-dep" };
const sample = (extra: Partial<Document> = {}): Document => ({
  meta: { title: "Contrat", createdAt: "2024-03-12" },
  body: [
    toc(),
    h1("Objet: le contrat", { id: "a1", label: "Article 1" }),
    keepTogether(h2("Durée", { id: "a1-1" })),
    p("Voir ", ref("a1"), " et ", ref("a1-1"), "."),
    signatures(etat, dep),
  ],
  ...extra,
});

describe("prepareDocument", () => {
  it("decides headings, references, tables of contents, signature lines, geometry, theme, header and footer once", () => {
    const r = prepareDocument(sample());
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const d = r.data;
    expect(d.theme).toEqual(defaultTheme);
    expect([d.language, d.textLang]).toEqual(["fr-FR", "fr"]);
    expect(d.geometry.textWidth).toBeCloseTo(481.89, 1);
    expect(d.headings.map((h) => [h.id, h.title, h.path.join(".")])).toEqual([
      ["a1", `Article${NB}1 – Objet${NB}: le contrat`, "body.1"],
      ["a1-1", "Durée", "body.2.blocks.0"],
    ]);
    expect(d.headingById.get("a1-1")?.level).toBe(2);
    expect(Object.fromEntries(d.references)).toEqual({ a1: `Article${NB}1`, "a1-1": "Durée" });
    const [tocBlock, , , , sigBlock] = d.document.body;
    if (tocBlock?.type !== "toc" || sigBlock?.type !== "signatures") throw new Error("shape");
    expect(d.tocs.get(tocBlock)).toMatchObject({ title: "Sommaire", titlePath: ["theme", "tocTitle"], maxLevel: 4 });
    expect(d.tocs.get(tocBlock)?.entries.map((h) => h.id)).toEqual(["a1", "a1-1"]);
    const prepared = d.signatures.get(sigBlock);
    expect(prepared?.blocks.map((b) => [...b.above, ...b.below].map((l) => l.text))).toEqual([
      ["Pour l’État", "La préfète de la Creuse", `Fait à Guéret, le 20${NB}décembre${NB}2023`, "Anne Martin"],
      ["Pour le Département", "La présidente", `Fait à Guéret, le 21${NB}décembre${NB}2023`, "Claire Durand"],
    ]);
    expect(prepared?.rows.length).toBe(1);
    expect(d.header).toBeUndefined();
    expect(d.footer).toMatchObject({ path: ["theme", "footer"], firstPage: true, content: defaultTheme.footer });
  });

  it("takes the document's header and footer over the theme's, and none when they are empty", () => {
    const r = prepareDocumentOrThrow(sample({ header: { left: [text("Réf.: 1")], firstPage: false }, footer: {} }), { theme: { header: { left: [text("x")] } } });
    expect(r.header).toEqual({ content: { left: [text(`Réf.${NB}: 1`)], firstPage: false }, path: ["header"], firstPage: false });
    expect(r.footer).toBeUndefined();
  });

  it("applies French typography to French documents only, unless told otherwise", () => {
    const title = (d: Document, o = {}) => {
      const h = prepareDocumentOrThrow(d, o).document.body[1];
      return h?.type === "heading" ? h.text : "";
    };
    expect(title(sample())).toBe(`Objet${NB}: le contrat`);
    expect(title(sample(), { frenchTypography: false })).toBe("Objet: le contrat");
    expect(title(sample({ meta: { title: "C", createdAt: "2024-03-12", language: "en-GB" } }))).toBe("Objet: le contrat");
    const en = prepareDocumentOrThrow(sample({ meta: { title: "C", createdAt: "2024-03-12", language: "en-GB" } }));
    expect(en.textLang).toBe("en");
    expect([...en.signatures.values()][0]?.blocks[0]?.above[2]?.text).toBe("Done at Guéret, 20 December 2023");
  });

  it("reports the document's and the theme's issues together, with theme paths", () => {
    const bad = { ...sample(), body: [p(ref("nowhere"))] };
    const r = prepareDocument(bad, { theme: { colors: { text: "red" }, footer: { left: [ref("a2")] } } as never });
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["document.unknown_ref", "body[0].content[0].target"],
      ["document.invalid_theme", "theme.colors.text"],
    ]);
    const refs = prepareDocument(sample(), { theme: { footer: { left: [ref("a2")] } } });
    expect(refs.success ? [] : refs.issues.map((i) => [i.code, formatPath(i.path), i.params.suggestion])).toEqual([["document.unknown_ref", "theme.footer.left[0].target", "a1"]]);
  });

  it("reports a text area smaller than an inch where the margins come from", () => {
    const own = prepareDocument(sample({ page: { margins: { left: 270, right: 270 } } }));
    expect(own.success ? [] : own.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["document.page_too_small", ["page", "margins"], { width: 55, height: 700, minimum: 72 }],
    ]);
    const themed = prepareDocument(sample(), { theme: { page: { ...defaultTheme.page, margins: { top: 400, bottom: 400, left: 50, right: 50 } } } });
    expect(themed.success ? [] : themed.issues.map((i) => [i.code, i.path])).toEqual([["document.page_too_small", ["theme", "page", "margins"]]]);
  });

  it("keeps the warnings and throws a PacteError from the throwing variant", () => {
    const r = prepareDocument({ meta: { title: "N", createdAt: "2024-01-01" }, body: [] }, { theme: { colours: {} } as never });
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["document.empty_body", "document.unknown_theme_key"]);
    let caught: unknown;
    try {
      prepareDocumentOrThrow({ meta: { title: "", createdAt: "2024-01-01" }, body: [] }, { lang: "en" });
    } catch (e) {
      caught = e;
    }
    expect(PacteError.is(caught)).toBe(true);
    expect((caught as PacteError).message).toMatch(/^Invalid document \(1 problem\):\nmeta\.title {2}document\.missing_title/);
  });

  it("is deterministic and does not mutate its input", () => {
    const input = sample();
    const before = structuredClone(input);
    const a = prepareDocumentOrThrow(input);
    const b = prepareDocumentOrThrow(input);
    expect(input).toEqual(before);
    expect(a.document).toEqual(b.document);
    expect(a.headings).toEqual(b.headings);
  });
});

describe("prepareOnce and isPreparedDocument", () => {
  it("takes a prepared document as it is, and prepares anything else", () => {
    const prepared = prepareDocumentOrThrow(sample());
    expect(isPreparedDocument(prepared)).toBe(true);
    const again = prepareOnce(prepared);
    expect(again.success && again.data).toBe(prepared);
    const fresh = prepareOnce(sample(), { theme: { sizes: { body: 11 } } });
    expect(fresh.success && fresh.data.theme.sizes.body).toBe(11);
    expect(fresh.success && isPreparedDocument(fresh.data)).toBe(true);
    // Bad input is prepared, so it gets the issues prepareDocument gives.
    const bad = prepareOnce({ meta: {}, body: "x" });
    expect(bad.success).toBe(false);
  });

  it("recognises only what prepareDocument returned: not a copy, a document or anything else", () => {
    const prepared = prepareDocumentOrThrow(sample());
    for (const value of [{ ...prepared }, prepared.document, sample(), null, undefined, "x", 1]) {
      expect(isPreparedDocument(value)).toBe(false);
    }
    // A copy is prepared again (it is not a Document: issues, no exception).
    expect(prepareOnce({ ...prepared }).success).toBe(false);
  });

  it("refuses, with a prepared document, the options preparation decides", () => {
    const prepared = prepareDocumentOrThrow(sample());
    const r = prepareOnce(prepared, { theme: { sizes: { body: 11 } }, frenchTypography: false, lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, formatPath(i.path), i.severity])).toEqual([
      ["document.already_prepared", "options.theme", "error"],
      ["document.already_prepared", "options.frenchTypography", "error"],
    ]);
    expect(r.issues[0]?.message).toContain('the option "theme" was set by prepareDocument');
    // The language of the messages is not decided by preparation.
    expect(prepareOnce(prepared, { lang: "en" }).success).toBe(true);
  });
});
