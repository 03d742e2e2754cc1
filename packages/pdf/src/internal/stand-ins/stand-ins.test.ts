import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { encode as libraryEncode } from "html-entities";
import { describe, expect, it } from "vitest";
import decompress from "./brotli-decompress";
import { converter } from "./culori";
import { encode } from "./html-entities";
import { NodeType, parse } from "./node-html-better-parser";
import * as crypto from "./pdf-crypto";
import { Font, FontNames } from "./standard-fonts";
import { STAND_INS, STAND_INS_WITHIN } from "../../../scripts/stand-ins";

describe("the stand-ins for the libraries' unused parts (scripts/stand-ins.ts)", () => {
  it("encode is html-entities' encode with its default options, on any text", () => {
    for (const text of ["", `Tom & "Jerry's" <b>`, "&amp; déjà &lt;", "é 💥 \u0000 \u00a0", "<<>>''\"\"&&"]) expect(encode(text)).toBe(libraryEncode(text));
    expect(encode(undefined)).toBe(libraryEncode(undefined));
    expect(encode(null)).toBe(libraryEncode(null));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("&", "<", ">", '"', "'", "a", "é", "€", "\u{1f4a5}", ";", "#", " ") }), (text) => encode(text) === libraryEncode(text)),
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => encode(text) === libraryEncode(text)));
  });

  it("culori's converter reads no colour string (pdf-lib then throws its own « Unable to parse color »)", () => {
    for (const colour of ["#ff0000", "red", "rgb(0, 0, 0)", ""]) expect(converter("rgb")(colour)).toBeUndefined();
  });

  it("the markup parser and the Brotli decoder refuse, in French, what the package never does", () => {
    expect(() => parse("<svg/>")).toThrow(/SVG/);
    expect(NodeType).toEqual({ ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 });
    expect(() => decompress(new Uint8Array(4))).toThrow(/WOFF2/);
  });

  it("the standard fonts keep their names and refuse to load their metrics", async () => {
    const real = (await import(new URL("../../../../../node_modules/@cantoo/pdf-lib/es/packages/standard-fonts/Font.js", import.meta.url).href)) as { FontNames: Record<string, string> };
    expect(FontNames).toEqual(real.FontNames);
    expect(() => Font.load("Helvetica")).toThrow(/polices standard/);
  });

  it("the encryption module has every name and method of the real one, and each refuses", async () => {
    const real = (await import(new URL("../../../../../node_modules/@cantoo/pdf-lib/es/core/crypto.js", import.meta.url).href)) as Record<string, unknown>;
    expect(Object.keys(crypto).sort()).toEqual(Object.keys(real).sort());
    for (const [name, value] of Object.entries(crypto)) {
      if (name === "getNodeCrypto") continue;
      if (!/^[A-Z]/.test(name)) {
        expect(() => (value as () => unknown)(), name).toThrow(/chiffre/);
        continue;
      }
      const Class = value as new () => Record<string, () => unknown>;
      const methods = Object.getOwnPropertyNames((real[name] as { prototype: object }).prototype).filter((m) => m !== "constructor");
      if (name === "CipherTransformFactory") {
        expect(() => new Class(), name).toThrow(/chiffre/);
        continue;
      }
      // pdf-lib's security module makes a PDF20 when it loads: construction must not throw.
      const instance = new Class();
      expect(methods.length, name).toBeGreaterThan(0);
      for (const m of methods) expect(() => instance[m]?.(), `${name}.${m}`).toThrow(/chiffre/);
    }
    expect(crypto.getNodeCrypto()).toBeUndefined();
  });

  it("stands in for exactly the modules the libraries import", () => {
    expect(Object.keys(STAND_INS).sort()).toEqual(["brotli/decompress.js", "culori", "html-entities", "node-html-better-parser"]);
    // Each replaced specifier is one the bundled libraries really import (a renamed import would
    // bring the real module back silently; tools/architecture's bundle test would then fail too).
    const require = createRequire(import.meta.url);
    const fontkit = readFileSync(require.resolve("fontkit").replace(/main\.cjs$/, "browser-module.mjs"), "utf8");
    expect(fontkit).toContain('from "brotli/decompress.js"');
    const pdfLib = (file: string): string => readFileSync(require.resolve("@cantoo/pdf-lib").replace(/cjs[\\/]index\.js$/, `es/${file}`), "utf8");
    expect(pdfLib("api/colors.js")).toContain("from 'culori'");
    expect(pdfLib("api/svg.js")).toContain("from 'node-html-better-parser'");
    expect(pdfLib("api/pdfa/xmp.js")).toContain("from 'html-entities'");
    expect(Object.keys(STAND_INS_WITHIN)).toEqual(["@cantoo/pdf-lib/es/packages/standard-fonts/Font.js", "@cantoo/pdf-lib/es/core/crypto.js"]);
    expect(pdfLib("packages/standard-fonts/index.js")).toContain("from './Font.js'");
    expect(pdfLib("api/PDFDocument.js")).toContain("from '../core/crypto.js'");
    expect(pdfLib("core/security/PDFSecurity.js")).toContain("from '../crypto.js'");
  });
});
