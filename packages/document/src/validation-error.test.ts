import { describe, expect, it } from "vitest";
import { DocumentValidationError } from "./validation-error";

const issue = { code: "document.unknown_ref", path: ["body", 2, "content", 0, "target"], message: "Renvoi…", severity: "error" as const, params: {} };

describe("DocumentValidationError", () => {
  it("lists its issues one per line", () => {
    const error = new DocumentValidationError([issue, { ...issue, path: [] }]);
    expect(error.name).toBe("DocumentValidationError");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      "Document invalide (2 problèmes) :\nbody[2].content[0].target  document.unknown_ref  Renvoi…\n(racine)  document.unknown_ref  Renvoi…",
    );
  });

  it("speaks English on request", () => {
    expect(new DocumentValidationError([issue], { lang: "en" }).message).toBe(
      "Invalid document (1 problem):\nbody[2].content[0].target  document.unknown_ref  Renvoi…",
    );
  });

  it("is an Error", () => {
    expect(new DocumentValidationError([])).toBeInstanceOf(Error);
  });
});
