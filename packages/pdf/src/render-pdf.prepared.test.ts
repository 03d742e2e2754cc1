import { prepareDocumentOrThrow } from "@pacte/document";
import { PacteError, formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { renderPdf, renderPdfWithLayout } from "./default-fonts";
import { renderPdf as renderCoreBytes, renderPdfWithLayout as renderCore } from "./render-pdf";
import { pacteSans } from "./fonts/pacte-sans";
import { sampleDocument } from "./test-support/sample-document";

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("renderPdf of a document prepareDocument returned", () => {
  it("gives the bytes and the layout the document itself gives, in both entries", async () => {
    const doc = sampleDocument();
    const prepared = prepareDocumentOrThrow(doc);
    expect(same(await renderPdf(prepared), await renderPdf(doc))).toBe(true);
    const themed = { theme: { sizes: { body: 11 } }, frenchTypography: false } as const;
    expect(same(await renderPdf(prepareDocumentOrThrow(doc, themed), { pdfa: false }), await renderPdf(doc, { ...themed, pdfa: false }))).toBe(true);
    const core = await renderCore(prepared, { fonts: [pacteSans()] });
    const direct = await renderCore(doc, { fonts: [pacteSans()] });
    expect(same(core.bytes, direct.bytes)).toBe(true);
    // (Compared as text: a deep comparison of some 10 000 placed runs takes minutes.)
    expect(JSON.stringify(core.layout)).toBe(JSON.stringify(direct.layout));
  });

  it("draws what was prepared, without validating it again", async () => {
    const prepared = prepareDocumentOrThrow(sampleDocument());
    const r = await renderPdfWithLayout(prepared);
    expect(r.layout.headings.map((h) => h.title)).toEqual(prepared.headings.filter((h) => h.listed).map((h) => h.title));
  });

  it("refuses the options preparation decided, with the issue and the option's path", async () => {
    const prepared = prepareDocumentOrThrow(sampleDocument());
    const error = await renderPdf(prepared, { theme: { sizes: { body: 11 } }, lang: "en" }).catch((e: unknown) => e);
    expect(PacteError.is(error)).toBe(true);
    if (!PacteError.is(error)) return;
    expect(error.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["document.already_prepared", "options.theme"]]);
    const typography = await renderPdf(prepared, { frenchTypography: true }).catch((e: unknown) => e);
    expect(PacteError.is(typography) && typography.issues.map((i) => i.code)).toEqual(["document.already_prepared"]);
  });
});

describe("renderPdf, which returns no layout", () => {
  it("gives the bytes renderPdfWithLayout gives, in both entries, though it reports no placed text", async () => {
    const doc = sampleDocument();
    const withLayout = await renderPdfWithLayout(doc);
    expect(withLayout.layout.pages.some((p) => p.texts.length > 0)).toBe(true);
    expect(same(await renderPdf(doc), withLayout.bytes)).toBe(true);
    expect(same(await renderCoreBytes(doc, { fonts: [pacteSans()] }), (await renderCore(doc, { fonts: [pacteSans()] })).bytes)).toBe(true);
  });
});
