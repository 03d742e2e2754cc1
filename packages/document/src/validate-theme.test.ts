import { describe, expect, it } from "vitest";
import { PacteError, formatPath } from "@pacte/issues";
import { ThemeSchema, defaultTheme } from "./theme";
import { resolveTheme, validateTheme } from "./validate-theme";

describe("resolveTheme", () => {
  it("gives the default theme without overrides, and the default theme is valid", () => {
    expect(resolveTheme()).toEqual(defaultTheme);
    expect(ThemeSchema.safeParse(defaultTheme).success).toBe(true);
  });

  it("merges groups one level deep", () => {
    const theme = resolveTheme({ sizes: { body: 11 }, colors: { heading: "000091" } });
    expect(theme.sizes).toEqual({ ...defaultTheme.sizes, body: 11 });
    expect(theme.colors).toEqual({ ...defaultTheme.colors, heading: "000091" });
    expect(theme.spacing).toEqual(defaultTheme.spacing);
  });

  it("replaces arrays, scalars and headers/footers whole", () => {
    const footer = { right: [{ type: "text" as const, text: "CLS" }] };
    const theme = resolveTheme({ fontFamily: "DejaVu Sans", spacing: { headingBefore: [1, 2, 3, 4] }, footer });
    expect(theme.fontFamily).toBe("DejaVu Sans");
    expect(theme.spacing.headingBefore).toEqual([1, 2, 3, 4]);
    expect(theme.spacing.lineHeight).toBe(defaultTheme.spacing.lineHeight);
    expect(theme.footer).toEqual(footer);
  });

  it("ignores overrides given as undefined", () => {
    expect(resolveTheme({ sizes: undefined } as never)).toEqual(defaultTheme);
  });

  it("does not mutate the default theme", () => {
    const before = structuredClone(defaultTheme);
    resolveTheme({ sizes: { body: 20 }, colors: { text: "000000" } });
    expect(defaultTheme).toEqual(before);
  });

  it.each<[string, Parameters<typeof resolveTheme>[0], string]>([
    ["a colour with #", { colors: { text: "#1E1E1E" } }, "colors.text"],
    ["a short colour", { colors: { link: "FFF" } }, "colors.link"],
    ["a colour name", { colors: { heading: "navy" } }, "colors.heading"],
    ["a negative size", { sizes: { body: -1 } }, "sizes.body"],
    ["a line height below 1", { spacing: { lineHeight: 0.5 } }, "spacing.lineHeight"],
    ["an empty font family", { fontFamily: "" }, "fontFamily"],
  ])("rejects %s", (_label, input, path) => {
    let caught: unknown;
    try {
      resolveTheme(input);
    } catch (e) {
      caught = e;
    }
    expect(PacteError.is(caught)).toBe(true);
    expect((caught as PacteError).issues.map((i) => [i.code, i.path.join(".")])).toEqual([["document.invalid_theme", `theme.${path}`]]);
  });

  it("says what a colour should look like", () => {
    expect(() => resolveTheme({ colors: { text: "red" } })).toThrow(/RRGGBB/);
  });
});

describe("validateTheme", () => {
  it("reports every wrong value at once, at theme paths, in French or English", () => {
    const r = validateTheme({ colors: { text: "red" }, sizes: { body: -1 } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["document.invalid_theme", "theme.sizes.body"],
      ["document.invalid_theme", "theme.colors.text"],
    ]);
    expect(r.issues[1]?.message).toMatch(/^Thème invalide en theme\.colors\.text : Couleur RRGGBB attendue/);
    const en = validateTheme({ colors: { text: "red" } }, { lang: "en" });
    expect(en.success ? "" : en.issues[0]?.message).toMatch(/^Invalid theme at theme\.colors\.text: /);
  });

  it("refuses what is not an object", () => {
    for (const input of [5, "x", [1]]) {
      const r = validateTheme(input);
      expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["document.invalid_theme", ["theme"]]]);
    }
  });

  it("warns about an unknown key and suggests the closest one", () => {
    const r = validateTheme({ colours: { text: "000000" } });
    expect(r.success).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.path, w.params.suggestion])).toEqual([["document.unknown_theme_key", ["theme", "colours"], "colors"]]);
  });

  it("checks the characters of every string the theme adds", () => {
    const r = validateTheme({ headingLabelSeparator: " \u0007 ", footer: { left: [{ type: "text", text: "a\u0000" }] } });
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["document.invalid_character", "theme.headingLabelSeparator"],
      ["document.invalid_character", "theme.footer.left[0].text"],
    ]);
  });

  it("checks references and links of the header and footer against the document's headings", () => {
    const theme = { header: { left: [{ type: "ref", target: "art-01" }, { type: "link", href: "ftp://x", children: [{ type: "text", text: "x" }] }] } };
    expect(validateTheme(theme).success).toBe(true);
    const r = validateTheme(theme, { headingIds: ["art-1"] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, formatPath(i.path), i.params.suggestion])).toEqual([
      ["document.unknown_ref", "theme.header.left[0].target", "art-1"],
      ["document.invalid_link", "theme.header.left[1].href", undefined],
    ]);
  });
});
