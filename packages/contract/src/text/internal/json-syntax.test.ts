import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, lineColumn } from "./json-syntax";

describe("findJsonSyntaxError", () => {
  it.each([
    ['{"a": 1,}', 8, "virgule en trop"],
    ['{"a": 1', 7, "fin de fichier"],
    ["{'a': 1}", 1, "nom de propriété"],
    ['{"a": tru}', 6, "valeur attendue"],
    ['{"a": 1 "b": 2}', 8, "« , » ou « } » attendu"],
    ["[1, 2,]", 6, "virgule en trop"],
    ['{"a": "x\ny"}', 8, "caractère de contrôle"],
    ['{"a": "\\q"}', 7, "échappement invalide"],
    ['{"a": 1}}', 8, "contenu en trop"],
    ["", 0, "fin de fichier"],
    ['{"a" 1}', 5, "« : » attendu"],
  ])("%j → offset %i (%s)", (text, offset, words) => {
    const e = findJsonSyntaxError(text);
    expect(e?.offset).toBe(offset);
    expect(e?.fr).toContain(words);
  });

  it("accepts every valid JSON text", () => {
    fc.assert(fc.property(fc.json(), (text) => findJsonSyntaxError(text) === undefined));
  });

  it("finds an error exactly when JSON.parse fails", () => {
    const alphabet = fc.constantFrom(..."{}[]:,\"' 0123456789.-+eE\\tnrufalsx\n".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ unit: alphabet, maxLength: 30 })), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (findJsonSyntaxError(text) === undefined) === valid;
      }),
      { numRuns: 2000 },
    );
  });

  it("survives a million opening brackets without overflowing the stack", () => {
    expect(findJsonSyntaxError("[".repeat(1_000_000))?.offset).toBe(1_000_000);
  });
});

describe("lineColumn", () => {
  it.each([
    ["abc", 0, 1, 1],
    ["a\nbc", 3, 2, 2],
    ["a\n\n", 2, 2, 1],
    ["a\n\n", 3, 3, 1],
  ])("%j at %i → %i:%i", (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
