import { describe, expect, it } from "vitest";
import { runningTitle } from "./running-title";

describe("runningTitle", () => {
  it("keeps a title that fits, on one line", () => {
    expect(runningTitle("Contrat local\ndes solidarités", 60)).toBe("Contrat local des solidarités");
  });

  it("cuts a long title at a word boundary, with « … », within the limit", () => {
    const t = runningTitle("Contrat local des solidarités entre l’État et le Département de la Creuse pour 2024–2027", 40);
    expect(t).toBe("Contrat local des solidarités entre…");
    expect([...t].length).toBeLessThanOrEqual(40);
  });

  it("cuts a title of one endless word within the limit too", () => {
    expect(runningTitle("x".repeat(625), 60)).toBe(`${"x".repeat(59)}…`);
  });
});
