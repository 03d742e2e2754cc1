import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FontStack, familyNamed } from "./font-stack";
import { withDeferredStyles } from "./deferred-styles";
import type { FontFamily } from "./font-family";
import { pacteSans } from "./pacte-sans";
import { pacteSansFamily } from "./pacte-sans-upright";

const pacte = pacteSans();

const dejavu = new Uint8Array(readFileSync(new URL("../../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", import.meta.url)));
const dejavuBold = new Uint8Array(readFileSync(new URL("../../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", import.meta.url)));

describe("FontStack", () => {
  it("resolves characters to the theme's family, in the asked style", () => {
    const stack = FontStack.create("Liberation Sans", [pacte]);
    expect(stack.issues).toEqual([]);
    expect(stack.resolve(0x41, "bold")?.face.metrics.postscriptName).toBe("PacteSans-Bold");
    expect(stack.resolve(0x41, "boldItalic")?.face.style).toBe("boldItalic");
  });

  it("draws U+2011 (non-breaking hyphen) with a hyphen when the font lacks it", () => {
    const stack = FontStack.create("Pacte Sans", [pacte]);
    expect(stack.resolve(0x2011, "regular")).toMatchObject({ codePoint: 0x2d });
  });

  it("returns null for a character no font has (the caller reports it)", () => {
    expect(FontStack.create("Pacte Sans", [pacte]).resolve(0x1f600, "regular")).toBeNull();
  });

  it("falls back to the next family for a character the theme's family lacks", () => {
    const stack = FontStack.create("Pacte Sans", [{ name: "DejaVu Sans", regular: dejavu }, pacte]);
    expect(stack.resolve(0x2603, "regular")?.face.family).toBe("DejaVu Sans"); // ☃ is not in Pacte Sans
    expect(stack.resolve(0x41, "regular")?.face.family).toBe("Pacte Sans");
  });

  it("uses a given family and warns about its missing styles", () => {
    const stack = FontStack.create("DejaVu Sans", [pacte, { name: "DejaVu Sans", regular: dejavu, bold: dejavuBold }]);
    expect(stack.resolve(0x41, "italic")?.face.family).toBe("DejaVu Sans");
    expect(stack.resolve(0x41, "italic")?.face.style).toBe("regular");
    expect(stack.resolve(0x41, "italic")?.face.metrics.postscriptName).toBe("DejaVuSans");
    expect(stack.issues.map((i) => [i.code, i.params.style, i.params.used])).toEqual([
      ["pdf.font_missing_style", "italique", "normal"],
      ["pdf.font_missing_style", "gras italique", "gras"],
    ]);
  });

  it("warns about an unknown family and uses the first one given", () => {
    const stack = FontStack.create("Comic Sans", [pacte], "en");
    expect(stack.issues[0]).toMatchObject({ code: "pdf.unknown_font", severity: "warning", path: ["theme", "fontFamily"] });
    expect(stack.issues[0]?.message).toContain('Unknown font "Comic Sans"');
    expect(stack.resolve(0x41, "regular")?.face.family).toBe("Pacte Sans");
  });

  it("reports font bytes that are not a font", () => {
    const stack = FontStack.create("Broken", [{ name: "Broken", regular: new Uint8Array([0, 1, 2, 3, 4, 5]) }, pacte]);
    expect(stack.issues.map((i) => i.code)).toContain("pdf.font_invalid");
    expect(stack.resolve(0x41, "regular")?.face.family).toBe("Pacte Sans");
  });

  it("refuses WOFF2 bytes as not TrueType or OpenType, before fontkit (whose Brotli decoder is not shipped)", () => {
    // A real WOFF2 file, which fontkit opens when it has its Brotli decoder (as in these tests):
    // the refusal is openFont's, so the source and the built package behave alike.
    const woff2 = new Uint8Array(readFileSync(new URL("../../../../node_modules/@gouvfr/dsfr/dist/fonts/Marianne-Regular.woff2", import.meta.url)));
    const stack = FontStack.create("Marianne", [{ name: "Marianne", regular: woff2 }, pacte]);
    expect(stack.issues[0]).toMatchObject({ code: "pdf.font_invalid", path: ["options", "fonts"] });
    expect(stack.issues[0]?.message).toContain("TrueType (.ttf) ou OpenType (.otf)");
    expect(stack.resolve(0x41, "regular")?.face.family).toBe("Pacte Sans");
  });

  it("finds a family by its name or an alias, whatever the case, among the given ones only", () => {
    expect(familyNamed("liberation SANS", [pacte])).toBe(pacte);
    expect(familyNamed("pacte sans", [pacte])).toBe(pacte);
    expect(familyNamed("Pacte Sans", [])).toBeUndefined();
  });

  it("needs at least one family: nothing is found elsewhere", () => {
    expect(() => FontStack.create("Pacte Sans", [])).toThrow(RangeError);
  });

  describe("deferred faces", () => {
    const upright = (): FontFamily => withDeferredStyles(pacteSansFamily(), ["italic", "boldItalic"]);
    const dejavuFamily = { name: "DejaVu Sans", regular: dejavu, bold: dejavuBold };

    it("keep their numbers, so that the faces after them keep theirs (their names in the PDF)", () => {
      const index = (stack: FontStack, cp: number, style: "regular" | "bold" | "italic" | "boldItalic"): number | undefined => stack.resolve(cp, style)?.face.index;
      const loaded = FontStack.create("Pacte Sans", [pacte, dejavuFamily]);
      const deferred = FontStack.create("Pacte Sans", [upright(), dejavuFamily]);
      for (const [cp, style] of [[0x41, "regular"], [0x41, "bold"], [0x2603, "regular"], [0x2603, "bold"], [0x2603, "italic"], [0x2603, "boldItalic"]] as const) {
        expect(index(deferred, cp, style)).toBe(index(loaded, cp, style));
      }
      expect(deferred.faces.map((f) => f.index)).toEqual([0, 1, 2, 3]);
      expect(loaded.faces.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it("are not reported missing, and are not asked for while the layout stays upright", () => {
      const stack = FontStack.create("Liberation Sans", [upright()]);
      expect(stack.issues).toEqual([]);
      stack.resolve(0x41, "regular");
      stack.resolve(0xe9, "bold");
      stack.primary("regular");
      stack.primary("bold");
      expect(stack.asksDeferred).toBe(false);
    });

    it.each([
      ["a character in italics", (s: FontStack) => s.resolve(0x41, "italic")],
      ["a character in bold italics", (s: FontStack) => s.resolve(0x41, "boldItalic")],
      ["a substitute in italics", (s: FontStack) => s.resolve(0x2011, "italic")],
      ["the primary italic face (line heights)", (s: FontStack) => s.primary("italic")],
    ])("are asked for by %s, and measured meanwhile with the family's regular face", (_, ask) => {
      const stack = FontStack.create("Pacte Sans", [upright()]);
      const got = ask(stack);
      expect(stack.asksDeferred).toBe(true);
      const face = got !== null && "face" in got ? got.face : got;
      expect(face?.deferred).toBe(true);
      expect(face?.metrics).toBe(stack.primary("regular").metrics);
    });

    it("are asked for when a family before them lacks a character in italics", () => {
      const stack = FontStack.create("DejaVu Sans", [dejavuFamily, upright()]);
      expect(stack.resolve(0x41, "italic")?.face.family).toBe("DejaVu Sans");
      expect(stack.asksDeferred).toBe(false);
      expect(stack.resolve(0x20bf, "italic")?.face.deferred).toBe(true); // ₿ is in Pacte Sans, not in DejaVu Sans
      expect(stack.asksDeferred).toBe(true);
    });
  });
});
