// renderPdf throws only its documented error for what a caller gives it; fonts live in a render.
import { documentOf, p, type Document } from "@pacte/document";
import { PacteError } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import * as core from "./core";
import { renderPdf } from "./default-fonts";
import { pacteSans } from "./fonts/pacte-sans";
import * as main from "./index";

const doc = documentOf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [p("Bonjour.")] });
const caught = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

describe("renderPdf throws only PacteError for what it is given", () => {
  const boom = new TypeError("la source a échoué");
  const throwingGetter = <T extends object>(target: T, key: string): T =>
    Object.defineProperty({ ...target }, key, { enumerable: true, get: () => { throw boom; } });

  it.each([
    ["a document with a throwing getter", () => renderPdf(throwingGetter(doc, "body") as Document), []],
    ["a document whose meta throws", () => renderPdf({ ...doc, meta: throwingGetter(doc.meta, "title") } as Document), []],
    ["options with a throwing getter", () => renderPdf(doc, throwingGetter({}, "theme")), ["options", "theme"]],
    ["a theme with a throwing getter", () => renderPdf(doc, { theme: throwingGetter({}, "colors") }), ["options", "theme"]],
    ["a font family with a throwing getter", () => renderPdf(doc, { fonts: [throwingGetter({ name: "X", regular: new Uint8Array(4) }, "regular")] }), ["options", "fonts", 0]],
    ["a Proxy document that throws on every read", () => renderPdf(new Proxy({}, { get: () => { throw boom; }, ownKeys: () => { throw boom; } }) as Document), []],
  ] as const)("wraps %s into pdf.unreadable_input, the caller's error as cause", async (_label, render, path) => {
    const e = await caught(render());
    expect(PacteError.is(e)).toBe(true);
    const error = e as PacteError;
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([["pdf.unreadable_input", path]]);
    expect(error.cause).toBe(boom);
    expect(error.issues[0]?.message).toContain("la source a échoué");
  });

  it.each([
    ["options that are not an object", () => renderPdf(doc, 42 as never)],
    ["fonts that are not families", () => renderPdf(doc, { fonts: [{ name: "X" }] as never })],
    ["a document that is not one", () => renderPdf("texte" as never)],
  ])("refuses %s with an issue", async (_label, render) => {
    expect(PacteError.is(await caught(render()))).toBe(true);
  });
});

describe("fonts belong to a render", () => {
  it("exports no registry from either entry, and the same names otherwise", () => {
    for (const entry of [main, core]) {
      for (const name of ["registerFont", "unregisterFont", "registeredFontNames", "findFontFamily"]) expect(entry).not.toHaveProperty(name);
    }
    const shipped = ["loadPacteSans", "pacteSansLicence", "loadPacteSansExtended", "PACTE_SANS_NAME", "PACTE_SANS_EXTENDED_NAME"];
    expect(Object.keys(main).filter((k) => !(k in core)).sort()).toEqual([...shipped].sort());
  });

  it("@pacte/pdf/core needs fonts, and draws with those given only", async () => {
    const e = await caught(core.renderPdf(doc));
    expect(PacteError.is(e) && e.issues.map((i) => [i.code, i.path])).toEqual([["pdf.invalid_options", ["options", "fonts"]]]);
    const bytes = await core.renderPdf(doc, { fonts: [pacteSans()] });
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it("one render's fonts do not leak into the next one", async () => {
    const tiny = { ...pacteSans(), name: "Tiny", aliases: [] };
    const withTiny = await core.renderPdfWithLayout(doc, { fonts: [tiny], theme: { fontFamily: "Tiny" } });
    expect(withTiny.warnings).toEqual([]);
    const after = await core.renderPdfWithLayout(doc, { fonts: [pacteSans()], theme: { fontFamily: "Tiny" } });
    expect(after.warnings.map((w) => w.code)).toEqual(["pdf.unknown_font"]);
  });
});
