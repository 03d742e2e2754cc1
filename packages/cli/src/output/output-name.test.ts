import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outputBaseName } from "./output-name";

describe("outputBaseName", () => {
  it.each([
    ["CLS-23-2024-001", "CLS-23-2024-001"],
    ["CLS 23/2024 n° 1", "CLS-23-2024-n-1"],
    ["../../etc/passwd", "etc-passwd"],
    ["Contrat de l’Hérault", "Contrat-de-l-Herault"],
    ["CON", "CON-contrat"],
    ["...", "contrat"],
    ["", "contrat"],
    [".cache", "cache"],
  ])("%j → %j", (reference, name) => {
    expect(outputBaseName(reference)).toBe(name);
  });

  it("always gives a short, safe, non-hidden name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (reference) => {
        const name = outputBaseName(reference);
        return /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(name) && name.length <= 108 && !name.includes("..");
      }),
    );
  });
});
