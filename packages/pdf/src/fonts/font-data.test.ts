import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PACTE_SANS_EXTENDED_BOLD_ITALIC } from "./data/pacte-sans-extended-bold-italic";
import { PACTE_SANS_REGULAR } from "./data/pacte-sans-regular";
import { decodeFontData } from "./font-data";

const asset = (name: string): Buffer => readFileSync(new URL(`../../assets/fonts/${name}`, import.meta.url));

describe("decodeFontData", () => {
  it("gives back the shipped files byte for byte", () => {
    expect(Buffer.from(decodeFontData(PACTE_SANS_REGULAR)).equals(asset("PacteSans-Regular.ttf"))).toBe(true);
    expect(Buffer.from(decodeFontData(PACTE_SANS_EXTENDED_BOLD_ITALIC)).equals(asset("PacteSansExtended-BoldItalic.ttf"))).toBe(true);
  });

  it("stores each file compressed: the text is shorter than the base64 of the raw file", () => {
    const raw = asset("PacteSans-Regular.ttf");
    expect(PACTE_SANS_REGULAR.length).toBeLessThan(raw.toString("base64").length * 0.75);
  });

  it("reads what zlib writes at any level", () => {
    const bytes = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
    for (const level of [0, 1, 6, 9]) expect(decodeFontData(deflateSync(bytes, { level }).toString("base64"))).toEqual(bytes);
  });

  it("throws on text that is not zlib data instead of returning wrong bytes", () => {
    expect(() => decodeFontData(Buffer.from("AAEAAAAOAIAAAwBg", "base64").toString("base64"))).toThrow();
  });
});
