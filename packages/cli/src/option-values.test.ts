import { describe, expect, it } from "vitest";
import { UsageError } from "./cli-error";
import { dateOption, formatOption, integerOption, langOption, maxSizeOption, stringListOption } from "./option-values";

describe("option values", () => {
  it.each([
    [undefined, ["pdf", "docx"]],
    ["docx", ["docx"]],
    ["PDF, docx,pdf", ["pdf", "docx"]],
  ])("--format %s", (format, formats) => {
    expect(formatOption(format === undefined ? {} : { format }, "u")).toEqual(formats);
  });

  it.each([
    [undefined, 5 * 1024 * 1024],
    ["100000", 100000],
    ["500k", 512000],
    ["2M", 2097152],
    ["2Mo", 2097152],
  ])("--max-size %s → %i", (v, n) => {
    expect(maxSizeOption(v === undefined ? {} : { "max-size": v }, "u")).toBe(n);
  });

  it.each([
    () => formatOption({ format: "odt" }, "u"),
    () => formatOption({ format: "," }, "u"),
    () => maxSizeOption({ "max-size": "beaucoup" }, "u"),
    () => maxSizeOption({ "max-size": "0" }, "u"),
    () => langOption({ lang: "de" }, "u"),
    () => integerOption({ jobs: "0" }, "jobs", "u"),
    () => integerOption({ jobs: "2.5" }, "jobs", "u"),
    () => dateOption({ date: "2025-02-30" }, "date", "u"),
    () => dateOption({ date: "14/03/2025" }, "date", "u"),
  ])("refuses bad values (%#)", (call) => {
    expect(call).toThrow(UsageError);
  });

  it("keeps repeated values in order", () => {
    expect(stringListOption({ reason: ["a", "b"] }, "reason")).toEqual(["a", "b"]);
    expect(dateOption({ date: "2024-02-29" }, "date", "u")).toBe("2024-02-29");
  });
});
