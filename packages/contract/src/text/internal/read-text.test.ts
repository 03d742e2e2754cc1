import { describe, expect, it } from "vitest";
import { readContractText } from "./read-text";

const BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
].join("\n");

describe("readContractText (YAML)", () => {
  it("reads YAML 1.2 core: dates stay strings, keys become strings", () => {
    const r = readContractText("date: 2024-01-01\nfunding:\n  2024: 5\nyes: no\n", { format: "yaml" });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ date: "2024-01-01", funding: { "2024": 5 }, yes: "no" });
  });

  it("gives the line and column of a syntax error and keeps what it could read", () => {
    const r = readContractText("a: 1\nb: [1, 2\nc: 3\n", { format: "yaml" });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "input.syntax", severity: "error", location: { line: 3, column: 1 } });
    expect(r.issues[0]?.message).toBe(
      "Erreur de syntaxe YAML ligne 3, colonne 1 : liste entre crochets [ … ] non fermée : un « ] » manque avant cette ligne.",
    );
    expect(r.value).toEqual({ a: 1, b: [1, 2], c: 3 });
  });

  it.each([
    ["a: 1\na: 2\n", 2, "clé en double"],
    ["a:\n\tb: 1\n", 2, "tabulation"],
    ["a: 1\n---\nb: 2\n", 2, "plusieurs documents"],
    ['a: "abc\n', 2, "caractère manquant"],
  ])("%j → line %i: %s", (text, line, words) => {
    const r = readContractText(text, { format: "yaml" });
    expect(r.issues[0]).toMatchObject({ code: "input.syntax", location: { line } });
    expect(r.issues[0]?.message).toContain(words);
  });

  it("speaks English with lang: en", () => {
    const r = readContractText("a: 1\na: 2\n", { format: "yaml", lang: "en" });
    expect(r.issues[0]?.message).toBe("YAML syntax error at line 2, column 1: Map keys must be unique.");
  });

  it.each([["a: !!js/function 'x'\n", "!!js/function"], ["a: !custom 3\n", "!custom"], ["a: !!binary aGVsbG8=\n", "!!binary"], ["a: !!set {x}\n", "!!set"], ["a: !!timestamp 2024-01-01\n", "!!timestamp"], ["a: !!str 3\n", "!!str"], ["a: !!int '4'\n", "!!int"], ["a: !!map {x: 1}\n", "!!map"]])(
    "refuses the tag in %j",
    (text, tag) => {
      const r = readContractText(text, { format: "yaml" });
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ code: "input.yaml_tag", severity: "error", params: { tag }, location: { line: 1 } });
    },
  );

  it("refuses a key that is a list or a map, without a Node warning", () => {
    const emitted: unknown[] = [];
    const original = process.emitWarning;
    process.emitWarning = ((w: unknown) => void emitted.push(w)) as typeof process.emitWarning;
    try {
      const r = readContractText("? [a, b]\n: 1\nc: 2\n", { format: "yaml" });
      expect(r.issues.map((i) => [i.code, i.location])).toEqual([["input.syntax", { line: 1, column: 3 }]]);
      expect(r.issues[0]?.message).toContain("clé qui n’est pas une chaîne");
    } finally {
      process.emitWarning = original;
    }
    expect(emitted).toEqual([]);
  });

  it("does not merge << keys: they stay keys, reported later as unknown", () => {
    expect(readContractText("base: &b {x: 1}\nc:\n  <<: *b\n", { format: "yaml" }).value).toEqual({ base: { x: 1 }, c: { "<<": { x: 1 } } });
  });

  it("refuses a billion-laughs alias bomb without expanding it", () => {
    const r = readContractText(BOMB, { format: "yaml" });
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(["input.alias_limit"]);
    expect(r.issues[0]?.message).toContain("Trop d’alias YAML");
  });

  it("accepts a few honest aliases", () => {
    const r = readContractText("y: &y {state: 1, collectivite: 1}\nfunding: {'2024': *y, '2025': *y}\n", { format: "yaml" });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ y: { state: 1, collectivite: 1 }, funding: { "2024": { state: 1, collectivite: 1 }, "2025": { state: 1, collectivite: 1 } } });
  });

  it("says to quote an amount whose decimal comma ends a value in braces", () => {
    const r = readContractText("funding:\n  2024: { state: 1 234,56 €, collectivite: 40000 }\n", { format: "yaml" });
    expect(r.issues.map((i) => [i.code, i.location, i.message])).toEqual([
      ["input.syntax", { line: 2, column: 18 }, 'Erreur de syntaxe YAML ligne 2, colonne 18 : virgule dans une valeur entre accolades { … } : « 1 234,56 € » y est lu comme deux éléments ; mettez la valeur entre guillemets : "1 234,56 €".'],
    ]);
    expect(readContractText('a: { state: "1 234,56 €", b: [1, 2], c: x, 3: 4 }\n', { format: "yaml" }).issues).toEqual([]);
    expect(readContractText("targets: { 2024: 30, 2025 }\n", { format: "yaml" }).issues).toEqual([]);
  });

  it("gives the digits a number was written with, aliases followed", () => {
    const r = readContractText("a: 1234.50\nb: [0x10, '7', 1e3]\nc: &c 012\nd: *c\ne: { f: 5 }\n", { format: "yaml" });
    expect(["a", ["b", 0], ["b", 1], ["b", 2], "c", "d", "e", ["e", "f"], "missing"].map((p) => r.numberText(Array.isArray(p) ? p : [p]))).toEqual([
      "1234.50", "0x10", undefined, "1e3", "012", "012", undefined, "5", undefined,
    ]);
    expect(readContractText('{"a": 1.10}', { format: "json" }).numberText(["a"])).toBe("1.10");
  });

  it("locates a path in the text (map keys that are numbers too)", () => {
    const r = readContractText("a:\n  b:\n    - x\n    - y: 1\n  2024:\n    z: 2\n", { format: "yaml" });
    expect(r.locate(["a", "b", 1, "y"])).toEqual({ line: 4, column: 7 });
    expect(r.locate(["a", "2024", "z"])).toEqual({ line: 6, column: 5 });
    expect(r.locate(["a", "missing", "deeper"])).toEqual({ line: 1, column: 1 });
  });

  it.each([
    ["ASCII", "a: 1\n".repeat(240), 1000, 1200],
    ["accents (two bytes each)", `a: "${"é".repeat(501)}"\n`, 1000, 1008],
  ])("refuses a text larger than maxBytes, %s, counting its UTF-8 bytes", (_, text, max, size) => {
    const r = readContractText(text, { format: "yaml", maxBytes: max });
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([["limit.input_size", { size, max }]]);
    expect(r.issues[0]?.message).toBe(`Texte trop volumineux : ${size.toLocaleString("fr-FR").replace(/\s/g, "\u202F")} octets reçus pour 1\u202F000 au plus ; découpez-le, ou relevez la limite si le contrat est légitime.`);
  });

  it("reads a text of exactly maxBytes", () => {
    expect(readContractText("a: 12345\n", { format: "yaml", maxBytes: 9 }).issues).toEqual([]);
  });

  it("ignores a byte-order mark", () => {
    expect(readContractText("\uFEFFa: 1\n", { format: "yaml" }).value).toEqual({ a: 1 });
  });
});

describe("readContractText (JSON)", () => {
  it("reads JSON and locates paths in it", () => {
    const r = readContractText('{\n  "a": {\n    "b": [1, {"c": 2}]\n  }\n}', { format: "json" });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({ a: { b: [1, { c: 2 }] } });
    expect(r.locate(["a", "b", 1, "c"])).toEqual({ line: 3, column: 15 });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": \n}', 4, 1, "valeur attendue"],
    ['{\n  "a": 1,\n}', 3, 1, "virgule en trop avant « } »"],
    ['{"a": 1', 1, 8, "fin de fichier inattendue"],
  ])("%j → line %i, column %i", (text, line, column, words) => {
    const r = readContractText(text, { format: "json" });
    expect(r.value).toBeUndefined();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "input.syntax", location: { line, column }, params: { format: "json" } });
    expect(r.issues[0]?.message).toContain(`Erreur de syntaxe JSON ligne ${line}, colonne ${column}`);
    expect(r.issues[0]?.message).toContain(words);
  });

  it("reports the duplicate keys JSON.parse silently drops", () => {
    const r = readContractText('{"a": 1,\n "a": 2}', { format: "json" });
    expect(r.issues[0]).toMatchObject({ code: "input.syntax", location: { line: 2, column: 2 } });
  });
});
