import { describe, expect, it } from "vitest";
import { closest } from "./closest";

describe("closest", () => {
  it.each([
    ["preambul", ["preambule", "period", "profile"], "preambule"],
    ["Refrence", ["reference", "profile"], "reference"],
    ["valdate", ["init", "validate", "render"], "validate"],
    ["xyz", ["reference", "profile"], undefined],
    ["titel", ["title", "id"], "title"],
    ["collectivité", ["collectivite", "state"], "collectivite"],
  ])("%s → %s", (typed, candidates, expected) => {
    expect(closest(typed, candidates)).toBe(expected);
  });
});
