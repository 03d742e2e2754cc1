import { defaultTheme, resolveTheme } from "@pacte/document";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { appXml, coreXml, customXml, escapeXml, fontTableXml, w3cdtf } from "./package-parts";

describe("w3cdtf", () => {
  it.each([
    ["2024-03-12", "2024-03-12T00:00:00Z"],
    ["2024-03-12T10:30Z", "2024-03-12T10:30:00Z"],
    ["2024-03-12T10:30:15Z", "2024-03-12T10:30:15Z"],
  ])("%s → %s", (input, expected) => {
    expect(w3cdtf(input)).toBe(expected);
  });
});

describe("package parts", () => {
  it("escapes the five XML characters", () => {
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });

  it("leaves out empty core properties and writes the rest well-formed", () => {
    const xml = coreXml({ title: "T & C", createdAt: "2024-01-01" }, "fr-FR");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("dc:subject");
    expect(xml).not.toContain("cp:keywords");
    expect(xml).toContain("<dc:title>T &amp; C</dc:title>");
    expect(xml).toContain("<dc:language>fr-FR</dc:language>");
  });

  it("numbers custom properties from 2, sorted by name", () => {
    const xml = customXml({ title: "x", createdAt: "2024-01-01", customProperties: { z: "1", a: "<2>" } });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.indexOf('name="a"')).toBeLessThan(xml.indexOf('name="z"'));
    expect(xml).toContain('pid="2" name="a"><vt:lpwstr>&lt;2&gt;</vt:lpwstr>');
    expect(customXml({ title: "x", createdAt: "2024-01-01" })).toMatch(/<Properties [^>]*>\s*<\/Properties>$/);
  });

  it("names the application and the page count in app.xml", () => {
    const xml = appXml({ title: "x", createdAt: "2024-01-01", creator: "Pacte CLI" }, 7);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<Application>Pacte CLI</Application>");
    expect(xml).toContain("<Pages>7</Pages>");
  });

  it("pairs a font with its fallback both ways, with PANOSE numbers when known", () => {
    const xml = fontTableXml(defaultTheme);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<w:font w:name="Arial"><w:altName w:val="Liberation Sans"/><w:panose1 w:val="020B0604020202020204"/>');
    expect(xml).toContain('<w:font w:name="Liberation Sans"><w:altName w:val="Arial"/>');
    const other = fontTableXml(resolveTheme({ docxFontFamily: "Marianne", docxFallbackFontFamily: "Marianne" }));
    expect(other).toContain('<w:font w:name="Marianne"><w:charset w:val="00"/><w:family w:val="auto"/>');
    expect(other.match(/<w:font /g)).toHaveLength(1);
  });
});
