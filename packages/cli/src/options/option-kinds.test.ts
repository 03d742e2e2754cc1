import { describe, expect, expectTypeOf, it } from "vitest";
import { UsageError } from "../cli-error";
import { byteSizeOption, choiceOption, flagOption, formatsOption, integerOption, isoDateOption, textListOption, textOption, type OptionValues } from "./option-kinds";

const help = { fr: "aide", en: "help" };
const N = { fr: "N", en: "N" };

function usageError(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("no usage error");
}

describe("option kinds", () => {
  it("types each value from its declaration", () => {
    const options = { force: flagOption(help), out: textOption(N, help), reason: textListOption(N, help), jobs: integerOption(N, help), lang: choiceOption(["fr", "en"], "fr", help), size: byteSizeOption(10, help), format: formatsOption() };
    expectTypeOf<OptionValues<typeof options>>().toEqualTypeOf<{
      readonly force: boolean;
      readonly out: string | undefined;
      readonly reason: readonly string[];
      readonly jobs: number | undefined;
      readonly lang: "fr" | "en";
      readonly size: number;
      readonly format: readonly ("pdf" | "docx")[];
    }>();
  });

  it("reads switches, texts (the last one), lists and choices", () => {
    expect(flagOption(help).parse(true, "force", "fr")).toBe(true);
    expect(flagOption(help).parse(undefined, "force", "fr")).toBe(false);
    expect(textOption(N, help).parse(["a", "b"], "out", "fr")).toBe("b");
    expect(textListOption(N, help).parse(["a", "b"], "reason", "fr")).toEqual(["a", "b"]);
    expect(textListOption(N, help).parse(undefined, "reason", "fr")).toEqual([]);
    expect(choiceOption(["fr", "en"], "fr", help).parse(undefined, "lang", "fr")).toBe("fr");
    expect(usageError(() => choiceOption(["fr", "en"], "fr", help).parse("de", "lang", "fr")).localized).toEqual({
      fr: "--lang attend fr, en ; « de » reçu",
      en: "--lang expects fr, en; got “de”",
    });
  });

  it.each([
    ["4", 4],
    [" 12 ", 12],
  ])("integer %j → %i", (raw, n) => {
    expect(integerOption(N, help).parse(raw, "jobs", "fr")).toBe(n);
  });

  it.each(["0", "-1", "2.5", "deux", "99999999999999999999"])("integer %j is refused, in both languages", (raw) => {
    const e = usageError(() => integerOption(N, help).parse(raw, "jobs", "fr"));
    expect(e.text("fr")).toBe(`--jobs attend un entier à partir de 1 ; « ${raw} » reçu`);
    expect(e.text("en")).toBe(`--jobs expects a whole number from 1; got “${raw}”`);
  });

  it("reads a real date only", () => {
    expect(isoDateOption(help).parse("2024-02-29", "date", "fr")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2025-02-30", "14/03/2025", "hier"]) expect(() => isoDateOption(help).parse(bad, "date", "fr")).toThrow(UsageError);
  });

  it.each([
    [undefined, 10],
    ["2M", 2 * 1024 * 1024],
    ["500k", 500 * 1024],
    ["100000", 100000],
    ["5Mo", 5 * 1024 * 1024],
  ])("size %j → %i", (raw, n) => {
    expect(byteSizeOption(10, help).parse(raw, "max-size", "fr")).toBe(n);
  });

  it("refuses a size above its ceiling, saying the ceiling", () => {
    const e = usageError(() => byteSizeOption(10, help, 2 * 1024 * 1024).parse("3M", "max-size", "fr"));
    expect(e.text("fr")).toBe("--max-size vaut au plus 2M (2\u202f097\u202f152 octets) ; « 3M » reçu");
    expect(e.text("en")).toBe("--max-size is at most 2M (2,097,152 bytes); got “3M”");
    expect(byteSizeOption(10, help, 2 * 1024 * 1024).parse("2M", "max-size", "fr")).toBe(2 * 1024 * 1024);
  });

  it("refuses a size that is not one", () => {
    expect(usageError(() => byteSizeOption(10, help).parse("beaucoup", "max-size", "fr")).text("fr")).toBe("--max-size attend une taille comme 5M, 500k ou 100000 ; « beaucoup » reçu");
  });

  it("reads formats without repeats, both by default", () => {
    expect(formatsOption().parse(undefined, "format", "fr")).toEqual(["pdf", "docx"]);
    expect(formatsOption().parse("docx, PDF,docx", "format", "fr")).toEqual(["docx", "pdf"]);
    expect(usageError(() => formatsOption().parse("odt", "format", "fr")).text("en")).toBe("--format: unknown format “odt”; formats: pdf, docx");
    expect(() => formatsOption().parse(",", "format", "fr")).toThrow(UsageError);
  });
});
