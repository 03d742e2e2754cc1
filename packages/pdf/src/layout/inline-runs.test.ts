import { describe, expect, it } from "vitest";
import { inlineRuns, SUPERSCRIPT_RISE, SUPERSCRIPT_SCALE, type InlineContext } from "./inline-runs";

const ctx: InlineContext = {
  base: { bold: false, italic: true, size: 10, color: "111111" },
  linkColor: "0000AA",
  references: new Map([["art-5", "Article 5"]]),
  field: (f) => (f === "pageNumber" ? "7" : "9"),
};

describe("inlineRuns", () => {
  it("resolves marks against the block's style, superscripts smaller and raised", () => {
    const [a, b] = inlineRuns([{ type: "text", text: "1", bold: true }, { type: "text", text: "er", superscript: true }], ["p"], ctx);
    expect(a && "style" in a ? a.style : null).toMatchObject({ font: "boldItalic", size: 10, rise: 0, color: "111111" });
    expect(b && "style" in b ? b.style : null).toMatchObject({ font: "italic", size: 10 * SUPERSCRIPT_SCALE, rise: 10 * SUPERSCRIPT_RISE });
  });

  it("marks links (underlined, link colour) and shows a reference's label", () => {
    const runs = inlineRuns([{ type: "link", href: "https://a.fr", children: [{ type: "text", text: "site" }] }, { type: "ref", target: "art-5" }], ["p"], ctx);
    expect(runs.map((r) => ("text" in r ? [r.text, r.style.link, r.style.underline, r.style.color] : null))).toEqual([
      ["site", { kind: "uri", uri: "https://a.fr" }, true, "0000AA"],
      ["Article 5", { kind: "internal", target: "art-5" }, false, "0000AA"],
    ]);
  });

  it("writes fields with the context's text and turns line feeds into line breaks (tabs as spaces, text as typed: the shaper composes it)", () => {
    const runs = inlineRuns([{ type: "field", field: "pageNumber" }, { type: "text", text: "a\tb\ncafe\u0301" }], ["p"], ctx);
    expect(runs.map((r) => ("text" in r ? r.text : "⏎"))).toEqual(["7", "a b", "⏎", "cafe\u0301"]);
    expect(runs[0] && "style" in runs[0] ? runs[0].style.field : null).toBe("pageNumber");
  });

  it("writes a reference to no heading (which validateDocument refuses first) as its target, without a link", () => {
    const [r] = inlineRuns([{ type: "ref", target: "nowhere" }], ["body", 3, "content"], ctx);
    expect(r && "text" in r ? [r.text, r.style.link] : null).toEqual(["nowhere", null]);
  });
});
