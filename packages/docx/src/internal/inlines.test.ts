import { describe, expect, it } from "vitest";
import { safeUri } from "./inlines";

describe("safeUri", () => {
  it.each([
    ["https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000?a=1&b=2#s", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000?a=1&b=2#s"],
    ["https://exemple.fr/é", "https://exemple.fr/%C3%A9"],
    ["https://exemple.fr/<x>\"{|}^`\\", "https://exemple.fr/%3Cx%3E%22%7B%7C%7D%5E%60%5C"],
    ["https://exemple.fr/%41%zz", "https://exemple.fr/%41%25zz"],
    ["mailto:contact@exemple.fr", "mailto:contact@exemple.fr"],
    ["https://exemple.fr/😀", "https://exemple.fr/%F0%9F%98%80"],
  ])("%s", (href, expected) => {
    expect(safeUri(href)).toBe(expected);
  });
});
