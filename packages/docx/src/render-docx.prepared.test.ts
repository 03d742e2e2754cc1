import { prepareDocumentOrThrow } from "@pacte/document";
import { PacteError, formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { chartDocument } from "./test-support/chart-document";
import { sampleDocument } from "./test-support/sample-document";

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("renderDocx of a document prepareDocument returned", () => {
  it("gives the bytes the document itself gives", async () => {
    for (const doc of [sampleDocument, chartDocument()]) {
      expect(same(await renderDocx(prepareDocumentOrThrow(doc)), await renderDocx(doc))).toBe(true);
    }
    const themed = { theme: { sizes: { body: 11 } }, frenchTypography: false } as const;
    expect(same(await renderDocx(prepareDocumentOrThrow(sampleDocument, themed)), await renderDocx(sampleDocument, themed))).toBe(true);
  });

  it("refuses the options preparation decided, with the issue and the option's path", async () => {
    const prepared = prepareDocumentOrThrow(sampleDocument);
    const error = await renderDocx(prepared, { theme: { sizes: { body: 11 } }, frenchTypography: false }).catch((e: unknown) => e);
    expect(PacteError.is(error)).toBe(true);
    if (!PacteError.is(error)) return;
    expect(error.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["document.already_prepared", "options.theme"],
      ["document.already_prepared", "options.frenchTypography"],
    ]);
  });
});
