import { describe, expect, it } from "vitest";
import { closestMatch } from "./closest-match";

describe("closestMatch", () => {
  it.each([
    ["preambul", ["preambule", "period"], "preambule"],
    ["titel", ["title", "text"], "title"],
    ["Periode", ["période", "profil"], "période"],
    ["cls-departement", ["cls-departement-2024", "cls-metropole-2024"], "cls-departement-2024"],
    ["paragrap", ["paragraph", "heading"], "paragraph"],
    ["--ofrmat", ["--format", "--force"], "--format"],
  ] as const)("%s → %s", (typed, candidates, expected) => {
    expect(closestMatch(typed, candidates)).toBe(expected);
  });

  it.each([
    ["zzz", ["preambule"]],
    ["", ["a"]],
    ["ab", ["xy"]],
    ["a".repeat(100_000), ["a"]],
  ] as const)("suggests nothing for %s", (typed, candidates) => {
    expect(closestMatch(typed, candidates)).toBeUndefined();
  });

  it("does not suggest by prefix when two candidates share it", () => {
    expect(closestMatch("cls", ["cls-departement-2024", "cls-metropole-2024"])).toBeUndefined();
  });

  it("gives ties to the first candidate and respects maxDistance", () => {
    expect(closestMatch("cat", ["bat", "hat"], { maxDistance: 1 })).toBe("bat");
    expect(closestMatch("cat", ["dog"], { maxDistance: 3 })).toBe("dog");
    expect(closestMatch("cat", ["dog"], { maxDistance: 2 })).toBeUndefined();
  });
});
