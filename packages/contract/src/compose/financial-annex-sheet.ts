import type { Cents } from "@pacte/model";
import type { Contract } from "../contract";
import { composeContext, type ComposeContext } from "./internal/compose-context";
import { axisLabel, partLabel, paymentCondition, paymentTerm } from "./internal/block-slots";
import { lowerFirst, oneLine } from "./internal/french";
import { financialTableOf } from "../finance/financial-table";
import { fundedYears } from "../finance/funded-years";
import type { PartyAmounts } from "../finance/party-amounts";
import { paymentScheduleOf } from "../finance/payment-schedule";
import type { CellRange, Spreadsheet, SpreadsheetCell, SpreadsheetSheet } from "../sheet/spreadsheet";

/**
 * The names of the sheets of a contract's financial annex as a spreadsheet.
 *
 * @example
 * FINANCIAL_ANNEX_SHEETS.schedule //=> "Échéancier"
 */
export const FINANCIAL_ANNEX_SHEETS = Object.freeze({ annex: "Annexe financière", schedule: "Échéancier" } as const);

const text = (t: string, style?: "title" | "header" | "bold" | "note"): SpreadsheetCell => (style === undefined ? { kind: "text", text: t } : { kind: "text", text: t, style });
const EMPTY: SpreadsheetCell = { kind: "empty" };
const amount = (cents: Cents): SpreadsheetCell => ({ kind: "amount", cents });
const sum = (of: readonly CellRange[], cents: Cents, bold = true): SpreadsheetCell => ({ kind: "sum", of: [...of], cents, bold });
const column = (rows: readonly number[], col: number): CellRange[] => rows.map((row) => ({ from: { row, column: col } }));
const span = (from: number, to: number, col: number): CellRange => ({ from: { row: from, column: col }, to: { row: to, column: col } });

/** The amount columns of the annex (from 1): État, the collectivity, other partners, total. */
const STATE = 5;
const PARTIES = ["state", "collectivite", "others", "total"] as const satisfies readonly (keyof PartyAmounts)[];

/** Rows pushed one by one, each knowing its number. */
class Rows {
  readonly rows: SpreadsheetCell[][] = [];
  push(cells: SpreadsheetCell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }
}

function annexSheet(ctx: ComposeContext): SpreadsheetSheet {
  const contract = ctx.contract;
  const table = financialTableOf(contract, ctx.totals);
  const { funded } = fundedYears(ctx.totals);
  const keep = table.years.map((y) => funded.length === 0 || funded.includes(y));
  const noun = ctx.designation.noun;
  const r = new Rows();
  r.push([text(`Tableau financier pluriannuel — ${contract.title} n° ${contract.reference}`, "title")]);
  r.push([text(`${contract.collectivite.name} ; montants en euros. Les sous-totaux et totaux sont des formules (SOMME).`, "note")]);
  r.push([]);
  const first = contract.profile.parts !== undefined ? "Partie" : "Axe";
  r.push([first, "Code action", "Intitulé", "Année", "État", noun, "Autres partenaires", "Total"].map((h) => text(h, "header")));
  const frozenRows = 4;
  const subtotalRows: number[] = [];
  const yearRows = new Map<number, number[]>();
  for (const section of table.sections) {
    const label = section.axis !== undefined ? axisLabel(section.axis) : section.part !== undefined ? partLabel(ctx, section.part) : "Autres actions";
    const lead: SpreadsheetCell = section.axis !== undefined ? { kind: "number", value: section.axis } : text(section.part !== undefined ? section.part : "");
    r.push([text(label, "bold")]);
    const actionTotalRows: number[] = [];
    for (const a of section.actions) {
      const rows: number[] = [];
      a.byYear.forEach((y, k) => {
        if (keep[k] !== true) return;
        const row = r.rows.length + 1;
        r.push([
          lead,
          text(a.actionId),
          text(oneLine(a.title)),
          { kind: "number", value: y.year },
          amount(y.amounts.state),
          amount(y.amounts.collectivite),
          amount(y.amounts.others),
          sum([{ from: { row, column: STATE }, to: { row, column: STATE + 2 } }], y.amounts.total, false),
        ]);
        rows.push(row);
        yearRows.set(y.year, [...(yearRows.get(y.year) ?? []), row]);
      });
      const firstRow = rows[0] ?? r.rows.length;
      const lastRow = rows[rows.length - 1] ?? r.rows.length;
      actionTotalRows.push(
        r.push([EMPTY, text(a.actionId, "bold"), text(`Total ${a.actionId}`, "bold"), EMPTY, ...PARTIES.map((p, i) => sum([span(firstRow, lastRow, STATE + i)], a.total[p]))]),
      );
    }
    const short = section.axis !== undefined ? `axe ${section.axis}` : lowerFirst(label);
    subtotalRows.push(r.push([text(`Sous-total ${short}`, "bold"), EMPTY, EMPTY, EMPTY, ...PARTIES.map((p, i) => sum(column(actionTotalRows, STATE + i), section.subtotal.total[p]))]));
  }
  r.push([]);
  table.total.byYear.forEach((y, k) => {
    const rows = yearRows.get(y.year) ?? [];
    if (keep[k] !== true || rows.length === 0) return;
    r.push([text(`Total ${y.year}`, "bold"), EMPTY, EMPTY, { kind: "number", value: y.year }, ...PARTIES.map((p, i) => sum(column(rows, STATE + i), y.amounts[p]))]);
  });
  if (subtotalRows.length > 0) r.push([text("Total général", "bold"), EMPTY, EMPTY, EMPTY, ...PARTIES.map((p, i) => sum(column(subtotalRows, STATE + i), table.total.total[p]))]);
  return {
    name: FINANCIAL_ANNEX_SHEETS.annex,
    columns: [{ width: 9 }, { width: 12 }, { width: 50 }, { width: 8 }, { width: 16 }, { width: 16 }, { width: 18 }, { width: 17 }],
    rows: r.rows,
    frozenRows,
  };
}

function scheduleSheet(ctx: ComposeContext): SpreadsheetSheet {
  const contract = ctx.contract;
  const schedule = paymentScheduleOf(contract, ctx.totals);
  const r = new Rows();
  r.push([text(`Échéancier des versements de l’État — ${contract.title} n° ${contract.reference}`, "title")]);
  r.push([text(`${contract.collectivite.name} ; montants en euros. Les totaux sont des formules (SOMME).`, "note")]);
  r.push([]);
  r.push(["Année", "Versement", "Condition", "Échéance", "Date", "Part", "Montant"].map((h) => text(h, "header")));
  const AMOUNT = 7;
  const yearTotals: number[] = [];
  for (const y of schedule.years) {
    const payments = y.payments.filter((pay) => pay.amount > 0);
    if (payments.length === 0) continue;
    const rows = payments.map((pay) =>
      r.push([
        { kind: "number", value: y.year },
        text(pay.label === undefined ? `Versement ${pay.index + 1}` : pay.label.charAt(0).toLocaleUpperCase("fr-FR") + pay.label.slice(1)),
        text(paymentCondition(ctx, pay)),
        text(paymentTerm(ctx, pay)),
        { kind: "date", date: pay.due },
        { kind: "percent", percent: pay.percent },
        amount(pay.amount),
      ]),
    );
    yearTotals.push(r.push([text(`Total ${y.year}`, "bold"), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, sum([span(rows[0] ?? 1, rows[rows.length - 1] ?? 1, AMOUNT)], y.total)]));
  }
  if (yearTotals.length > 0) r.push([text("Total des versements de l’État", "bold"), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, sum(column(yearTotals, AMOUNT), schedule.total)]);
  return {
    name: FINANCIAL_ANNEX_SHEETS.schedule,
    columns: [{ width: 8 }, { width: 14 }, { width: 52 }, { width: 44 }, { width: 12 }, { width: 8 }, { width: 17 }],
    rows: r.rows,
    frozenRows: 4,
  };
}

/**
 * A contract's financial annex as a spreadsheet (`pacte export`): a sheet `Annexe financière`
 * with one row per action and funded year (État, the collectivity — headed as the contract names
 * it, « Département », « Métropole »… —, other partners, total), each action's total, each axis's
 * (or part's) subtotal, the totals per year and the grand total; and a sheet `Échéancier` with
 * the State's payments (year, instalment, condition, term, date, share, amount), each year's
 * total and the total. The figures are the contract's own (`financialTable`, `paymentSchedule`,
 * as the PDF's annex prints them); every total and subtotal is a `sum` cell — a SUM formula in a
 * workbook, so that the finance office can check it — whose value is the contract's figure.
 * Dated from the signature date, never the clock.
 *
 * @example
 * const s = financialAnnexSpreadsheet(parseContract(creuseInput()));
 * s.sheets.map((sheet) => sheet.name) //=> ["Annexe financière", "Échéancier"]
 */
export function financialAnnexSpreadsheet(contract: Contract): Spreadsheet {
  const ctx = composeContext(contract);
  return {
    title: `Annexe financière — ${contract.title} n° ${contract.reference}`,
    createdAt: contract.signature.date,
    sheets: [annexSheet(ctx), scheduleSheet(ctx)],
  };
}
