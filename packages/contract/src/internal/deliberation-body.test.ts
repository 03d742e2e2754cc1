import { describe, expect, it } from "vitest";
import { deliberationBodyOf } from "./deliberation-body";

describe("deliberationBodyOf", () => {
  it("keeps each body's capitals as usage writes them", () => {
    expect(deliberationBodyOf("75C", { date: "2024-05-21", body: "Conseil de Paris" })?.withDe).toBe("du Conseil de Paris");
    expect(deliberationBodyOf("23D", { date: "2024-06-03", body: "commission permanente" })?.withDe).toBe(
      "de la commission permanente du conseil départemental de la Creuse",
    );
  });

  it("gives nothing when the input names no body, or one the holder does not have", () => {
    expect(deliberationBodyOf("23D", { date: "2024-06-03" })).toBeUndefined();
    expect(deliberationBodyOf("23D", { date: "2024-06-03", body: "comité syndical" })).toBeUndefined();
  });
});
