import { describe, expect, it } from "vitest";
import { countOf, localize, sayer } from "./localized";

describe("localized text", () => {
  it("picks the language asked, and keeps a plain string as it is", () => {
    expect(localize({ fr: "écrit", en: "wrote" }, "en")).toBe("wrote");
    expect(localize({ fr: "écrit", en: "wrote" }, "fr")).toBe("écrit");
    expect(localize("pacte validate", "en")).toBe("pacte validate");
    expect(sayer("en")("écrit", "wrote")).toBe("wrote");
  });

  it("counts the French way (0 and 1 singular) and the English way (only 1)", () => {
    const noun = { fr: ["erreur", "erreurs"], en: ["error", "errors"] } as const;
    expect([0, 1, 2].map((n) => countOf(n, noun, "fr"))).toEqual(["0 erreur", "1 erreur", "2 erreurs"]);
    expect([0, 1, 2].map((n) => countOf(n, noun, "en"))).toEqual(["0 errors", "1 error", "2 errors"]);
  });
});
