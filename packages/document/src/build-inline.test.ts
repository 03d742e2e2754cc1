import { describe, expect, expectTypeOf, it } from "vitest";
import { bold, br, inlines, italic, link, pageCount, pageNumber, ref, sup, text, underline } from "./build-inline";
import type { FieldInline, Inline, TextRun } from "./inline";

describe("inline builders", () => {
  it.each<[string, unknown, unknown]>([
    ["text", text("Vu"), { type: "text", text: "Vu" }],
    ["text with marks", text("a", { bold: true, italic: false }), { type: "text", text: "a", bold: true, italic: false }],
    ["bold", bold("Article 1"), { type: "text", text: "Article 1", bold: true }],
    ["italic", italic("JO"), { type: "text", text: "JO", italic: true }],
    ["underline", underline("date"), { type: "text", text: "date", underline: true }],
    ["sup", sup("er"), { type: "text", text: "er", superscript: true }],
    ["marks combined", bold(italic(underline("x"))), { type: "text", text: "x", underline: true, italic: true, bold: true }],
    ["a link", link("https://a.fr", "A"), { type: "link", href: "https://a.fr", children: [{ type: "text", text: "A" }] }],
    ["a link showing its address", link("https://a.fr"), { type: "link", href: "https://a.fr", children: [{ type: "text", text: "https://a.fr" }] }],
    ["a mailto link", link("mailto:x@y.fr"), { type: "link", href: "mailto:x@y.fr", children: [{ type: "text", text: "x@y.fr" }] }],
    ["a link of runs", link("https://a.fr", [bold("A"), text("B")]), { type: "link", href: "https://a.fr", children: [{ type: "text", text: "A", bold: true }, { type: "text", text: "B" }] }],
    ["a ref", ref("art-1"), { type: "ref", target: "art-1" }],
    ["a ref with text", ref("art-1", "l’article 1"), { type: "ref", target: "art-1", children: [{ type: "text", text: "l’article 1" }] }],
    ["page number", pageNumber(), { type: "field", field: "pageNumber" }],
    ["bold page count", pageCount({ bold: true }), { type: "field", field: "pageCount", bold: true }],
    ["line break", br(), { type: "lineBreak" }],
  ])("%s", (_label, built, expected) => {
    expect(built).toStrictEqual(expected);
  });

  it("leaves out marks given as undefined (plain JavaScript callers)", () => {
    expect(text("a", { bold: undefined } as never)).toStrictEqual({ type: "text", text: "a" });
  });

  it("does not mutate the run it marks", () => {
    const run = text("x");
    bold(run);
    expect(run).toStrictEqual({ type: "text", text: "x" });
  });

  it("turns strings, inlines and arrays into inlines, line breaks included", () => {
    expect(inlines("a\nb", ["c", [bold("d")]], "", "e\r\n", "\rf")).toStrictEqual([
      text("a"),
      br(),
      text("b"),
      text("c"),
      bold("d"),
      text("e"),
      br(),
      br(),
      text("f"),
    ]);
  });

  it("infers the IR types", () => {
    expectTypeOf(bold("x")).toEqualTypeOf<TextRun>();
    expectTypeOf(pageNumber()).toEqualTypeOf<FieldInline>();
    expectTypeOf(inlines("x")).toEqualTypeOf<Inline[]>();
  });
});
