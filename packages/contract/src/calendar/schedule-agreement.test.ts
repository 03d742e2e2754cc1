import { plainEuros, readableText } from "../test-support/readable-text";
// The payment schedule read from the text (the table of the article on payments) and the one
// `pacte calendar` gives (`contractObligations`) are the same, for every shipped profile; no
// instalment falls after the contract's end unless the text says why.
import { formatDate, type Block, type Inline, type TableRow } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { contractToDocument } from "../compose/contract-to-document";
import type { Contract } from "../contract";
import { bordeauxContract, calpaeContract, creuseContract } from "../test-support/fixtures";
import { contractObligations } from "./obligations";

const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === "keepTogether" ? flat(b.blocks) : [b]));
const inlineText = (inlines: readonly Inline[]): string => inlines.map((i) => ("text" in i && typeof i.text === "string" ? i.text : "")).join("");
const cells = (row: TableRow): string[] => row.map((c) => inlineText(c.content).replace(/[  ]/gu, " "));
const plain = (s: string): string => s.replace(/[  ]/gu, " ");

/** The rows of the table of the State's payments: year, instalment, condition, due, share, amount. */
function scheduleFromText(contract: Contract): string[][] {
  const table = flat(contractToDocument(contract).body).find(
    (b) => b.type === "table" && b.header.some((r) => cells(r).includes("Échéance")),
  );
  if (table?.type !== "table") throw new Error("no payment table");
  return table.rows.map(cells);
}

describe.each([
  ["a département's CLS signed in July 2024", creuseContract],
  ["a métropole's CLS", bordeauxContract],
  ["a CALPAE funding its first year", calpaeContract],
])("the payment schedule of %s", (_, make) => {
  const contract = make();
  const fromText = scheduleFromText(contract);
  const fromCalendar = contractObligations(contract).filter((o) => o.kind === "payment");

  it("has the same instalments in the text and in the calendar: year, amount and date", () => {
    // The text lists the instalments year by year; the calendar, by date.
    const ordered = [...fromCalendar].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
    expect(fromText.map((r) => [r[0], r[5]?.replace(/[\u00A0\u202F]/g, " ")])).toEqual(ordered.map((o) => [String(o.year), plain(plainEuros(o.amount ?? 0))]));
    ordered.forEach((o, i) => expect(fromText[i]?.[3]?.replace(/[\u00A0\u202F]/g, " ")).toContain(plain(formatDate(o.date))));
  });

  it("pays the first advance no earlier than the signature, and never commits zero", () => {
    expect(fromCalendar.every((o) => o.date >= contract.signature.date)).toBe(true);
    expect(fromCalendar.every((o) => (o.amount ?? 0) > 0)).toBe(true);
  });

  it("says why an instalment falls after the contract's end", () => {
    const late = fromCalendar.filter((o) => o.date > contract.period.end);
    const text = readableText(contractToDocument(contract)).join("\n");
    if (late.length > 0) expect(text).toContain("est versé après le terme");
    else expect(text).not.toContain("est versé après le terme");
  });
});
