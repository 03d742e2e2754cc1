import { describe, expect, it } from "vitest";
import { argsWithoutLang, langOfArgs } from "./lang-of-args";

describe("langOfArgs", () => {
  it.each([
    [["validate", "a.yaml", "--lang", "en"], "en"],
    [["--lang=en", "validate"], "en"],
    [["validate", "--lang", "de"], "fr"],
    [["validate", "--", "--lang", "en"], "fr"],
    [[], "fr"],
  ] as const)("%j → %s", (argv, lang) => {
    expect(langOfArgs(argv)).toBe(lang);
  });
});

describe("argsWithoutLang", () => {
  it.each([
    [["--lang", "en", "validate", "a.yaml"], ["validate", "a.yaml"]],
    [["validate", "--lang=en", "a.yaml"], ["validate", "a.yaml"]],
    [["--help", "--lang", "de"], ["--help"]],
    [["--lang"], []],
    [["validate", "a.yaml"], ["validate", "a.yaml"]],
  ] as const)("%j → %j", (argv, rest) => {
    expect(argsWithoutLang(argv)).toEqual(rest);
  });
});
