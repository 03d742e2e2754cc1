import { afterEach, describe, expect, it } from "vitest";
import { findFontFamily, registerFont, registeredFontNames, unregisterFont } from "./font-registry";
import { pacteSans } from "./pacte-sans";

const fake = (name: string) => ({ name, regular: new Uint8Array([1, 2, 3]) });

describe("font registry", () => {
  afterEach(() => {
    unregisterFont("Marianne");
  });

  it("finds the shipped family under its name and the default theme's name, whatever the case", () => {
    expect(findFontFamily("Pacte Sans")).toBe(pacteSans());
    expect(findFontFamily("liberation sans")).toBe(pacteSans());
    expect(findFontFamily("Comic Sans")).toBeUndefined();
  });

  it("registers, lists and removes a family", () => {
    const marianne = fake("Marianne");
    registerFont(marianne);
    expect(findFontFamily("MARIANNE")).toBe(marianne);
    expect(registeredFontNames()).toEqual(["Pacte Sans", "Marianne"]);
    expect(unregisterFont("marianne")).toBe(true);
    expect(unregisterFont("marianne")).toBe(false);
    expect(findFontFamily("Marianne")).toBeUndefined();
  });

  it("prefers a render's own families, then registered ones", () => {
    const registered = fake("Marianne");
    const own = fake("Marianne");
    registerFont(registered);
    expect(findFontFamily("Marianne", [own])).toBe(own);
    expect(findFontFamily("Marianne")).toBe(registered);
  });
});
