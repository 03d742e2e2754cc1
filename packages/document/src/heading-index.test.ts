import { describe, expect, it } from "vitest";
import { h1, h2, h4, heading, keepTogether, p } from "./build-block";
import { DEFAULT_TOC_MAX_LEVEL, headingIndex, headingTitle, referenceLabels, tocEntries } from "./heading-index";

const body = [
  h1("Préambule", { id: "pre", toc: false }),
  h1("Objet", { id: "a1", label: "Article 1" }),
  keepTogether(h2("Durée", { id: "a1-1" }), p("x")),
  h1("", { id: "an1", label: "Annexe 1" }),
  heading(1, "", { id: "blank" }),
  h4("Détail", { id: "d" }),
];

describe("headingTitle", () => {
  it.each([
    [{ label: "Article 5", text: "Objet" }, "Article 5 – Objet"],
    [{ label: "Annexe 1", text: "" }, "Annexe 1"],
    [{ text: "Préambule" }, "Préambule"],
    [{ label: "", text: "Préambule" }, "Préambule"],
  ])("%o → %s", (h, title) => expect(headingTitle(h, " – ")).toBe(title));
});

describe("headingIndex", () => {
  it("lists every heading in reading order, groups included, with its title, path and whether it is listed", () => {
    expect(headingIndex({ body }, " – ").map((h) => [h.id, h.title, h.listed, h.path.join(".")])).toEqual([
      ["pre", "Préambule", false, "body.0"],
      ["a1", "Article 1 – Objet", true, "body.1"],
      ["a1-1", "Durée", true, "body.2.blocks.0"],
      ["an1", "Annexe 1", true, "body.3"],
      ["blank", "", false, "body.4"],
      ["d", "Détail", true, "body.5"],
    ]);
  });

  it("uses the separator it is given", () => {
    expect(headingIndex({ body: [h1("Objet", { id: "a", label: "Article 1" })] }, ". ")[0]?.title).toBe("Article 1. Objet");
  });
});

describe("referenceLabels", () => {
  it("shows the label, else the title", () => {
    expect(Object.fromEntries(referenceLabels(headingIndex({ body }, " – ")))).toMatchObject({ a1: "Article 1", "a1-1": "Durée", an1: "Annexe 1", pre: "Préambule" });
  });
});

describe("tocEntries", () => {
  const headings = headingIndex({ body }, " – ");
  it("lists the listed headings down to maxLevel, all four levels by default", () => {
    expect(DEFAULT_TOC_MAX_LEVEL).toBe(4);
    expect(tocEntries({}, headings).map((h) => h.id)).toEqual(["a1", "a1-1", "an1", "d"]);
    expect(tocEntries({ maxLevel: 1 }, headings).map((h) => h.id)).toEqual(["a1", "an1"]);
  });
});
