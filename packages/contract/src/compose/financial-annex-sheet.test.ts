import { describe, expect, it } from "vitest";
import type { Contract } from "../contract";
import { financialTable } from "../finance/financial-table";
import { paymentSchedule } from "../finance/payment-schedule";
import { contractTotals } from "../finance/totals";
import { calpaeContract, creuseContract } from "../test-support/fixtures";
import { FINANCIAL_ANNEX_SHEETS, financialAnnexSpreadsheet } from "./financial-annex-sheet";
import { SpreadsheetSchema, type SpreadsheetCell, type SpreadsheetSheet } from "../sheet/spreadsheet";

/** The value of a cell in cents, a `sum` computed from the cells it names (as a spreadsheet would), never from its own `cents`. */
function evaluate(sheet: SpreadsheetSheet, row: number, column: number): number {
  const cell = sheet.rows[row - 1]?.[column - 1];
  if (cell === undefined) return 0;
  switch (cell.kind) {
    case "amount":
      return cell.cents;
    case "sum": {
      let total = 0;
      for (const r of cell.of) {
        const to = r.to ?? r.from;
        for (let y = r.from.row; y <= to.row; y++) for (let x = r.from.column; x <= to.column; x++) total += evaluate(sheet, y, x);
      }
      return total;
    }
    default:
      return 0;
  }
}

const text = (c: SpreadsheetCell | undefined): string => (c?.kind === "text" ? c.text : "");
const rowLabelled = (sheet: SpreadsheetSheet, label: string) => sheet.rows.findIndex((r) => text(r[0]) === label || text(r[2]) === label) + 1;

describe.each([
  ["Creuse (axes)", creuseContract],
  ["CALPAE (parts, first year funded)", calpaeContract],
] as const)("financialAnnexSpreadsheet — %s", (_, make) => {
  const contract: Contract = make();
  const s = financialAnnexSpreadsheet(contract);
  const [annex, schedule] = s.sheets;

  it("is a valid spreadsheet of two sheets, dated from the signature", () => {
    expect(SpreadsheetSchema.parse(s)).toEqual(s);
    expect(s.sheets.map((x) => x.name)).toEqual([FINANCIAL_ANNEX_SHEETS.annex, FINANCIAL_ANNEX_SHEETS.schedule]);
    expect(s.createdAt).toBe(contract.signature.date);
    expect(financialAnnexSpreadsheet(make())).toEqual(s);
  });

  it("holds one row per action and funded year with the contract's own figures", () => {
    const table = financialTable(contract);
    const funded = contractTotals(contract).byYear.filter((y) => y.amounts.total > 0).map((y) => y.year);
    const rows = annex!.rows.filter((r) => r[3]?.kind === "number" && r[4]?.kind === "amount");
    expect(rows.map((r) => [text(r[1]), r[3]?.kind === "number" ? r[3].value : 0, ...[4, 5, 6].map((k) => (r[k]?.kind === "amount" ? r[k].cents : -1))])).toEqual(
      table.rows.filter((r) => funded.includes(r.year)).map((r) => [r.actionId, r.year, r.amounts.state, r.amounts.collectivite, r.amounts.others]),
    );
  });

  it("writes every total as a sum of the cells above it, which comes to the contract's figure", () => {
    let sums = 0;
    for (const sheet of [annex!, schedule!]) {
      sheet.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell.kind !== "sum") return;
          sums++;
          expect({ at: [sheet.name, r + 1, c + 1], cents: evaluate(sheet, r + 1, c + 1) }).toEqual({ at: [sheet.name, r + 1, c + 1], cents: cell.cents });
        }),
      );
    }
    expect(sums).toBeGreaterThan(10);
    const totals = contractTotals(contract).total;
    const grand = rowLabelled(annex!, "Total général");
    expect([5, 6, 7, 8].map((c) => evaluate(annex!, grand, c))).toEqual([totals.state, totals.collectivite, totals.others, totals.total]);
    expect(evaluate(schedule!, rowLabelled(schedule!, "Total des versements de l’État"), 7)).toBe(totals.state);
  });

  it("lists the State's payments of the schedule, with their dates and shares", () => {
    const payments = paymentSchedule(contract).years.flatMap((y) => y.payments.filter((p) => p.amount > 0));
    const rows = schedule!.rows.filter((r) => r[4]?.kind === "date");
    expect(rows.map((r) => [r[4]?.kind === "date" ? r[4].date : "", r[5]?.kind === "percent" ? r[5].percent : 0, r[6]?.kind === "amount" ? r[6].cents : 0])).toEqual(payments.map((p) => [p.due, p.percent, p.amount]));
  });
});

describe("financialAnnexSpreadsheet — headings", () => {
  it("heads the collectivity's column as the contract names it, and each section as the PDF's annex does", () => {
    const annex = financialAnnexSpreadsheet(creuseContract()).sheets[0]!;
    expect(annex.rows[3]?.map(text)).toEqual(["Axe", "Code action", "Intitulé", "Année", "État", "Département", "Autres partenaires", "Total"]);
    expect(annex.frozenRows).toBe(4);
    expect(text(annex.rows[4]?.[0])).toBe("Axe 1 – Prévenir la pauvreté et lutter contre les inégalités dès l'enfance");
    expect(annex.rows.map((r) => text(r[0])).filter((t) => t.startsWith("Sous-total"))).toEqual(["Sous-total axe 1", "Sous-total axe 3", "Sous-total axe 4"]);
    const calpae = financialAnnexSpreadsheet(calpaeContract()).sheets[0]!;
    expect(text(calpae.rows[3]?.[0])).toBe("Partie");
  });
});
