import { describe, expect, it } from "vitest";
import type { Issue } from "./issue";
import { PacteError } from "./pacte-error";

const issue: Issue = { code: "siren.format", path: ["collectivite", "siren"], message: "SIREN invalide.", severity: "error", params: {} };

describe("PacteError", () => {
  it("lists its issues as path, code and message", () => {
    const e = new PacteError([issue, { ...issue, path: [] }]);
    expect(e.message).toBe("Données invalides (2 problèmes) :\ncollectivite.siren  siren.format  SIREN invalide.\n(racine)  siren.format  SIREN invalide.");
    expect(e.name).toBe("PacteError");
    expect(e.issues).toHaveLength(2);
    expect(e.warnings).toEqual([]);
  });

  it("takes a heading in each language", () => {
    const heading = { fr: "PDF impossible à produire", en: "Cannot produce the PDF" };
    expect(new PacteError([issue], { heading }).message.split("\n")[0]).toBe("PDF impossible à produire (1 problème) :");
    expect(new PacteError([issue], { heading, lang: "en" }).message.split("\n")[0]).toBe("Cannot produce the PDF (1 problem):");
  });

  it("is recognised by instanceof and by its brand", () => {
    const e = new PacteError([issue]);
    expect(e).toBeInstanceOf(Error);
    expect(PacteError.is(e)).toBe(true);
    const copy = Object.create(Error.prototype) as Record<symbol, unknown>;
    copy[Symbol.for("@pacte/issues.PacteError")] = true;
    expect(PacteError.is(copy)).toBe(true);
    expect(PacteError.is(new Error("x"))).toBe(false);
    expect(PacteError.is(null)).toBe(false);
    expect(PacteError.is({ issues: [] })).toBe(false);
  });

  it("keeps a cause", () => {
    const cause = new Error("getter");
    expect(new PacteError([issue], { cause }).cause).toBe(cause);
  });
});
