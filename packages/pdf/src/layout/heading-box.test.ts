import { describe, expect, it } from "vitest";
import { headingTitle } from "./heading-box";

describe("headingTitle", () => {
  it("titles headings with label and separator", () => {
    expect(headingTitle({ label: "Article 5", text: "Objet" }, " – ")).toBe("Article 5 – Objet");
    expect(headingTitle({ label: "Annexe 1", text: "" }, " – ")).toBe("Annexe 1");
    expect(headingTitle({ text: "Préambule" }, " – ")).toBe("Préambule");
  });
});
