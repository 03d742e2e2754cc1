import { describe, expect, it } from "vitest";
import { unsupportedCharacterIssues } from "./unsupported-characters";

describe("unsupportedCharacterIssues", () => {
  it("accepts Latin with Vietnamese, Greek, Cyrillic and combining accents that compose", () => {
    expect(unsupportedCharacterIssues({ a: "Nguyễn Thị Lộc", b: ["Αλέξανδρος Παπαδόπουλος", "Людмила Кузнецова"], c: "Ame\u0301lie" })).toEqual([]);
  });

  it("reports an emoji and an Arabic name at their paths, once per string, in French or English", () => {
    const issues = unsupportedCharacterIssues({ state: { prefet: { name: "Anne 😀 😀" } }, actions: [{ carrier: "جمعية" }, { title: "Accueil" }] }, [], { lang: "fr" });
    expect(issues.map((i) => [i.code, i.path, i.severity, i.params.character, i.params.count])).toEqual([
      ["document.unsupported_character", ["state", "prefet", "name"], "error", "😀", 2],
      ["document.unsupported_character", ["actions", 0, "carrier"], "error", "ج", 5],
    ]);
    expect(issues[0]?.message).toMatch(/^Caractère « 😀 » \(U\+1F600, émoji ou pictogramme\) non pris en charge/);
    expect(issues[1]?.message).toContain("écriture arabe");
    expect(unsupportedCharacterIssues(["😀"], ["x"], { lang: "en" })[0]?.message).toMatch(/^Character "😀" \(U\+1F600, emoji or pictograph\) not supported/);
  });

  it("leaves the other character problems to the checks that own them (control, bidi, newline)", () => {
    expect(unsupportedCharacterIssues({ a: "a\u202Eb", b: "c\nd", c: "e\u0007f" })).toEqual([]);
  });
});
