import { describe, expect, it } from "vitest";
import { DOCUMENT_ISSUE_CODES, DOCUMENT_WARNING_CODES, documentIssue, documentMessage, type DocumentIssueCode } from "./messages";

// Plausible params for each code, as the validator produces them.
const PARAMS: Record<DocumentIssueCode, Record<string, unknown>> = {
  "document.too_deep": { max: 100 },
  "document.unknown_type": { received: "chapitre", options: ["heading", "paragraph"], kind: "block" },
  "document.invalid_id": { received: "1a" },
  "document.invalid_timestamp": { received: "12/03/2024" },
  "document.invalid_date": { received: "2024-02-30" },
  "document.invalid_language": { received: "français" },
  "document.missing_title": {},
  "document.missing_alt": {},
  "document.invalid_image_data": { receivedType: "string" },
  "document.invalid_property_name": { received: "1x" },
  "document.invalid_column_width": {},
  "document.duplicate_id": { id: "a", firstPath: ["body", 0, "id"] },
  "document.duplicate_field_id": { id: "s", firstPath: ["body", 3, "signatories", 0, "fieldId"] },
  "document.unknown_ref": { target: "art-9" },
  "document.table_row_span": { columns: 3, received: 2 },
  "document.invalid_character": { codePoint: "U+0007", offset: 4, count: 2, excerpt: "abcd⟨U+0007⟩", kind: "control" },
  "document.invisible_character": { codePoint: "U+202E", offset: 3, count: 1, excerpt: "CAF⟨U+202E⟩ de la Creuse", kind: "bidi" },
  "document.unsupported_character": { character: "ب", codePoint: "U+0628", script: "Arabic", offset: 0, count: 5, excerpt: "⟨U+0628⟩…" },
  "document.text_too_long": { length: 1_000_000, max: 100_000 },
  "document.newline_in_text": { codePoint: "U+000A", offset: 1, count: 1, excerpt: "a⟨U+000A⟩b" },
  "document.tab_in_text": { codePoint: "U+0009", offset: 1, count: 1, excerpt: "a⟨U+0009⟩b" },
  "document.list_too_deep": { depth: 9, max: 8 },
  "document.keep_together_content": { type: "pageBreak" },
  "document.image_type_mismatch": { declared: "image/png", detected: "image/jpeg" },
  "document.image_corrupt": { declared: "image/png", reason: "checksum" },
  "document.image_too_large": { declared: "image/png", limit: "pixels", width: 20_000, height: 20_000, received: 400_000_000, max: 8_000_000 },
  "document.invalid_link": { href: "ftp://a", scheme: "ftp:" },
  "document.empty_body": {},
  "document.empty_heading": {},
  "document.toc_empty": { maxLevel: 2 },
  "document.invalid_theme": { at: ["theme", "colors", "text"], detail: "Chaîne invalide" },
  "document.unknown_theme_key": { key: "colours", suggestion: "colors" },
  "document.page_too_small": { width: 40, height: 700, minimum: 72 },
  "document.already_prepared": { option: "theme" },
  "document.chart_series_length": { series: "Engagé", received: 1, categories: 4 },
  "document.chart_cents": { received: 2.5 },
  "document.chart_too_large": { limit: "categories", received: 61, max: 60 },
};

describe("documentMessage", () => {
  it.each(DOCUMENT_ISSUE_CODES)("%s has a French and an English message built from its params", (code) => {
    const fr = documentMessage(code, PARAMS[code]);
    const en = documentMessage(code, PARAMS[code], "en");
    for (const message of [fr, en]) {
      expect(message).not.toMatch(/undefined|\[object Object\]/);
      expect(message).toMatch(/[.?]$/);
    }
    expect(fr).not.toBe(en);
    for (const value of Object.values(PARAMS[code])) {
      if (typeof value === "string" && !["block", "control", "pageBreak", "bidi", "Arabic", "checksum", "pixels", "categories"].includes(value)) expect(fr).toContain(value);
    }
  });

  it("names the first occurrence as a printed path", () => {
    expect(documentMessage("document.duplicate_id", PARAMS["document.duplicate_id"])).toContain("body[0].id");
  });

  it("shortens a long received value", () => {
    const message = documentMessage("document.invalid_id", { received: "x".repeat(500) });
    expect(message.length).toBeLessThan(250);
    expect(message).toContain("…");
  });

  it("varies with the params: rows too short or too long, characters that are C1 controls", () => {
    expect(documentMessage("document.table_row_span", { columns: 2, received: 3 })).toMatch(/trop longue/);
    expect(documentMessage("document.invalid_character", { codePoint: "U+0092", offset: 0, excerpt: "" })).toMatch(/Windows-1252/);
    expect(documentMessage("document.invalid_character", { codePoint: "U+0007", offset: 0, excerpt: "" })).not.toMatch(/Windows-1252/);
  });
});

describe("documentIssue", () => {
  it("is a warning for the warning codes and an error otherwise", () => {
    for (const code of DOCUMENT_ISSUE_CODES) {
      expect(documentIssue(code, [], PARAMS[code]).severity).toBe(DOCUMENT_WARNING_CODES.includes(code) ? "warning" : "error");
    }
  });

  it("carries its code, path, params and message", () => {
    expect(documentIssue("document.unknown_ref", ["body", 1], { target: "x" }, { lang: "en" })).toEqual({
      code: "document.unknown_ref",
      path: ["body", 1],
      message: 'Reference to "x": no heading has this id; give the id of a heading of the document.',
      severity: "error",
      params: { target: "x" },
    });
  });
});
