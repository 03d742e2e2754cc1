import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ThemeSchema, defaultTheme, resolveTheme } from "./theme";

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
    expect(caught).toBeInstanceOf(ZodError);
    expect((caught as ZodError).issues.map((i) => i.path.join("."))).toEqual([path]);
  });

  it("says what a colour should look like", () => {
    expect(() => resolveTheme({ colors: { text: "red" } })).toThrow(/RRGGBB/);
  });
});
