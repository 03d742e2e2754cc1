import { describe, expect, it } from "vitest";
import { closest } from "./closest";

describe("closest", () => {
  const ids = ["art-financement", "art-objet", "annexe-1", "annexe-2"];
  it.each<[string, string | undefined]>([
    ["art-financemnt", "art-financement"],
    ["ART-OBJET", "art-objet"],
    ["annexe-3", "annexe-1"],
    ["art-duree", undefined],
    ["a", undefined],
  ])("%s → %s", (word, expected) => {
    expect(closest(word, ids)).toBe(expected);
  });
});
