import { defaultTheme } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { paragraphLook } from "@pacte/document";

describe("paragraphLook", () => {
  it("gives each paragraph style its look", () => {
    expect(paragraphLook("title", defaultTheme)).toMatchObject({ align: "center", base: { bold: true, size: 20 } });
    expect(paragraphLook("quote", defaultTheme).indent).toBe(18);
    expect(paragraphLook("note", defaultTheme).base.color).toBe(defaultTheme.colors.muted);
  });
});
