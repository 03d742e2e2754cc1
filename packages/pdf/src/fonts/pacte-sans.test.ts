import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openFont, type FontkitFont } from "../internal/pdf-lib";
import { FONT_STYLES } from "./font-family";
import { loadPacteSans } from "./load-pacte-sans";
import { pacteSans } from "./pacte-sans";
import { pacteSansLicence } from "./pacte-sans-names";

const asset = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../assets/fonts/${name}`, import.meta.url)));
const FILES = { regular: "PacteSans-Regular.ttf", bold: "PacteSans-Bold.ttf", italic: "PacteSans-Italic.ttf", boldItalic: "PacteSans-BoldItalic.ttf" } as const;

/** French typography and the Latin letters the package promises. */
const REQUIRED = [
  0xa0, 0x202f, 0x2009, 0x2019, 0xab, 0xbb, 0x2026, 0x2013, 0x2014, 0x20ac, 0x153, 0x152, 0xc9, 0xc0, 0xc7, 0xe9, 0xe8, 0xea, 0xeb, 0xe0, 0xe2,
  0xee, 0xef, 0xf4, 0xf9, 0xfb, 0xfc, 0xff, 0x178, 0xe6, 0xc6, 0x2022, 0x25e6, 0x2010, 0xb0, 0x2116, 0x2192, 0x151, 0x142, 0x15f, 0x17e, 0x219,
];

describe("pacteSans", () => {
  it("decodes the four shipped font files, byte for byte", () => {
    const family = pacteSans();
    for (const style of FONT_STYLES) {
      const bytes = family[style] ?? new Uint8Array();
      expect(Buffer.from(bytes).equals(Buffer.from(asset(FILES[style])))).toBe(true);
    }
    expect(pacteSans()).toBe(family);
  });

  it("is what loadPacteSans() gives, the same bytes shared, once", async () => {
    const loaded = await loadPacteSans();
    expect(await loadPacteSans()).toBe(loaded);
    expect({ ...loaded, aliases: [...(loaded.aliases ?? [])] }).toEqual({ ...pacteSans(), aliases: [...(pacteSans().aliases ?? [])] });
    for (const style of FONT_STYLES) expect(loaded[style]).toBe(pacteSans()[style]);
    expect(loaded.aliases).toEqual(["Liberation Sans"]);
  });

  it("covers French typography and Latin Extended-A in every style", () => {
    for (const style of FONT_STYLES) {
      const bytes = pacteSans()[style];
      if (!bytes) throw new Error(style);
      const font = openFont(bytes) as FontkitFont;
      const missing = REQUIRED.filter((cp) => !font.hasGlyphForCodePoint(cp)).map((cp) => cp.toString(16));
      expect(missing).toEqual([]);
      for (let cp = 0x100; cp <= 0x17f; cp++) expect(font.hasGlyphForCodePoint(cp)).toBe(true);
    }
  });

  it("does not use the reserved font names of the licence (Liberation, Arimo) and ships the OFL", () => {
    for (const style of FONT_STYLES) {
      const font = openFont(pacteSans()[style] ?? new Uint8Array()) as FontkitFont;
      for (const name of [font.familyName, font.fullName, font.postscriptName]) {
        expect(name).toMatch(/^Pacte ?Sans/);
        expect(name).not.toMatch(/Liberation|Arimo/);
      }
    }
    const ofl = readFileSync(new URL("../../assets/fonts/OFL.txt", import.meta.url), "utf8");
    expect(ofl).toContain("SIL OPEN FONT LICENSE Version 1.1");
    expect(ofl).toContain("Reserved Font Name Liberation");
  });
});

describe("pacteSansLicence", () => {
  it("ships the OFL and the copyright notices with the fonts", () => {
    expect(pacteSansLicence()).toBe(readFileSync(new URL("../../assets/fonts/OFL.txt", import.meta.url), "utf8"));
  });
});
