// The README's « Limitations » lists every limit an input must keep to, with its value and its
// issue code. The values come from the exported constants: a limit changed in the code and not in
// the README, or a limit added to CONTRACT_LIMITS or DOCUMENT_LIMITS without a row, fails here.
import { readFileSync } from "node:fs";
import { CONTRACT_LIMITS } from "@pacte/contract";
import { DOCUMENT_LIMITS, formatNumber } from "@pacte/document";
import { describe, expect, it } from "vitest";

const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const section = README.slice(README.indexOf("## Limitations"), README.indexOf("\n## ", README.indexOf("## Limitations") + 1));
const rows = section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| What") && !l.startsWith("|---"));

/** A number as the README writes it: 1 000 with a plain space, or 5 MiB. */
const plain = (n: number): string => formatNumber(n).replace(/[\u00a0\u202f]/g, " ");
const size = (bytes: number): string => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : plain(bytes));
/** Cents as euros, the way the README writes the amount limit. */
const euros = (cents: number): string => `${plain(cents / 100)},00 €`;

/** Each limit: how its value reads in the README, and its issue code (the row holds both). */
const LIMITS: Record<string, readonly [value: string, code: string]> = {
  "CONTRACT_LIMITS.inputBytes": [size(CONTRACT_LIMITS.inputBytes), "limit.input_size"],
  "CONTRACT_LIMITS.depth": [`${CONTRACT_LIMITS.depth} levels`, "input.too_deep"],
  "CONTRACT_LIMITS.aliases": [plain(CONTRACT_LIMITS.aliases), "input.alias_limit"],
  "CONTRACT_LIMITS.reference": [`Characters of the reference | ${plain(CONTRACT_LIMITS.reference)} |`, "limit.text_length"],
  "CONTRACT_LIMITS.shortText": [`a unit | ${plain(CONTRACT_LIMITS.shortText)} |`, "limit.text_length"],
  "CONTRACT_LIMITS.longText": [`an objective | ${plain(CONTRACT_LIMITS.longText)} |`, "limit.text_length"],
  "CONTRACT_LIMITS.articleText": [`a replaced article | ${plain(CONTRACT_LIMITS.articleText)} |`, "limit.text_length"],
  "CONTRACT_LIMITS.actions": [`| ${plain(CONTRACT_LIMITS.actions)} |`, "limit.actions"],
  "CONTRACT_LIMITS.indicators": [`| ${plain(CONTRACT_LIMITS.indicators)} |`, "limit.indicators"],
  "CONTRACT_LIMITS.listItems": [`| ${plain(CONTRACT_LIMITS.listItems)} |`, "limit.items"],
  "CONTRACT_LIMITS.years": [`| ${plain(CONTRACT_LIMITS.years)} |`, "limit.years"],
  "CONTRACT_LIMITS.amountCents": [euros(CONTRACT_LIMITS.amountCents), "limit.amount_total"],
  "DOCUMENT_LIMITS.maxTextLength": [`| ${plain(DOCUMENT_LIMITS.maxTextLength)} |`, "document.text_too_long"],
  "DOCUMENT_LIMITS.maxImageBytes": [`| ${size(DOCUMENT_LIMITS.maxImageBytes)} |`, "document.image_too_large"],
  "DOCUMENT_LIMITS.maxImagePixels": [`| ${plain(DOCUMENT_LIMITS.maxImagePixels)} |`, "document.image_too_large"],
  "DOCUMENT_LIMITS.maxImageDecodedBytes": [`| ${size(DOCUMENT_LIMITS.maxImageDecodedBytes)} |`, "document.image_too_large"],
  "DOCUMENT_LIMITS.maxChartSeries": [`Series of one chart | ${plain(DOCUMENT_LIMITS.maxChartSeries)} |`, "document.chart_too_large"],
  "DOCUMENT_LIMITS.maxChartCategories": [`Categories of one chart | ${plain(DOCUMENT_LIMITS.maxChartCategories)} |`, "document.chart_too_large"],
};

describe("the README's Limitations", () => {
  it("has one row per limit", () => {
    expect(rows.length).toBeGreaterThanOrEqual(Object.keys(LIMITS).length);
  });

  it.each(Object.entries(LIMITS))("lists %s with its value and its issue code", (_, [value, code]) => {
    expect(rows.filter((r) => r.includes(value) && r.includes(`\`${code}\``))).toHaveLength(1);
  });

  it("names every limit of CONTRACT_LIMITS and DOCUMENT_LIMITS (a new limit needs a row)", () => {
    const exported = [...Object.keys(CONTRACT_LIMITS).map((k) => `CONTRACT_LIMITS.${k}`), ...Object.keys(DOCUMENT_LIMITS).map((k) => `DOCUMENT_LIMITS.${k}`)];
    expect(exported.sort()).toEqual(Object.keys(LIMITS).sort());
  });

  it("says no longer that the PDF is untagged", () => {
    expect(section).not.toMatch(/not tagged/);
  });
});
