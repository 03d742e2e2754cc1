import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { findAll, malformedParts, parseXml, textOf, unzipDocx } from "./test-support/read-docx";
import { longDocument } from "./test-support/long-document";

const tocPages = (bytes: Uint8Array) => {
  const doc = parseXml(strFromU8(unzipDocx(bytes)["word/document.xml"]!));
  const sdt = findAll(doc, "w:sdt")[0]!;
  return findAll(sdt.children, "w:hyperlink").map((h) => textOf(h.children).split("\t")[1]);
};
const pageCount = (bytes: Uint8Array) => {
  const footer = strFromU8(unzipDocx(bytes)["word/footer1.xml"]!);
  return /NUMPAGES[^]*?<w:t[^>]*>(\d+)<\/w:t>/.exec(footer)?.[1];
};

describe('renderDocx with pageNumbers: "layout"', () => {
  it("writes the page numbers of docx/layout's Word-like layout, the same bytes every time", async () => {
    const doc = longDocument(4, 60);
    const estimated = await renderDocx(doc);
    const laidOut = await renderDocx(doc, { pageNumbers: "layout" });
    expect(malformedParts(laidOut)).toEqual({});
    const pages = tocPages(laidOut);
    expect(pages.length).toBe(4 * 3 + 1);
    for (const page of pages) expect(page).toMatch(/^\d+$/);
    expect(pages.map(Number)).toEqual([...pages.map(Number)].sort((a, b) => a - b));
    expect(Number(pageCount(laidOut))).toBeGreaterThanOrEqual(Number(pages.at(-1)));
    // Both ways estimate the same document within a page or two.
    expect(Math.abs(Number(pageCount(laidOut)) - Number(pageCount(estimated)))).toBeLessThanOrEqual(2);
    const again = await renderDocx(doc, { pageNumbers: "layout" });
    expect(Buffer.from(again).equals(Buffer.from(laidOut))).toBe(true);
  }, 60_000);
});
