import { describe, expect, it } from "vitest";
import { PDFHexString, PDFName, PDFString } from "./pdf-lib";
import { asciiUri, pdfName, textString } from "./pdf-values";

describe("textString", () => {
  it.each([
    ["Sommaire", "(Sommaire)"],
    ["Article (1) \\ fin", "(Article \\(1\\) \\\\ fin)"],
    ["", "()"],
  ])("writes printable ASCII %j as the literal %s", (text, literal) => {
    const value = textString(text);
    expect(value).toBeInstanceOf(PDFString);
    expect(value.toString()).toBe(literal);
    expect(value.decodeText()).toBe(text);
  });

  it.each(["Préambule", "l’État", "1\u202F234\u00A0€", "a\nb", "😀"])("writes %j as UTF-16 that decodes back", (text) => {
    const value = textString(text);
    expect(value).toBeInstanceOf(PDFHexString);
    expect(value.toString().startsWith("<FEFF")).toBe(true);
    expect(value.decodeText()).toBe(text);
  });
});

describe("asciiUri", () => {
  it.each([
    ["https://a.fr/x?y=1#z", "https://a.fr/x?y=1#z"],
    ["https://exemple.fr/économie sociale", "https://exemple.fr/%C3%A9conomie%20sociale"],
    ["https://a.fr/%20déjà", "https://a.fr/%20d%C3%A9j%C3%A0"],
  ])("%s → %s", (uri, expected) => {
    expect(asciiUri(uri)).toBe(expected);
  });
});

describe("pdfName", () => {
  it("is pdf-lib's own instance of the name, the same on every call", () => {
    expect(pdfName("StructElem")).toBe(PDFName.of("StructElem"));
    expect(pdfName("StructElem")).toBe(pdfName("StructElem"));
    expect(pdfName("A#20B")).toBe(PDFName.of("A B"));
    expect(pdfName("Type").toString()).toBe("/Type");
  });
});
