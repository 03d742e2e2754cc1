import { formatDate, formatEuros, formatPercent } from "@pacte/document";
import { CentsSchema, IsoDateSchema, isoDateToDate, dateToIsoDate, type IsoDate } from "@pacte/model";
import { addMonths } from "date-fns/addMonths";
import { z } from "zod";
import type { Contract } from "../contract";
import { paymentSchedule, reportDueDate } from "../finance/payment-schedule";
import { monthDayIn } from "../internal/month-day";

/**
 * The kinds of obligation in a contract's calendar.
 *
 * @example
 * ObligationKindSchema.parse("report") //=> "report"
 */
export const ObligationKindSchema = z.enum(["report", "final-report", "committee", "payment", "end"]);
/** A kind of obligation. */
export type ObligationKind = z.infer<typeof ObligationKindSchema>;

/**
 * One dated obligation of a contract: a stable `id` (unique within the contract: `report-2024`,
 * `payment-2025-2`, `committee-2024-03-15`, `end`…), its kind, its date (a deadline or the day
 * it happens), a French title and description, and — for a payment — its amount.
 *
 * @example
 * contractObligations(creuseContract()).find((o) => o.id === "report-2024")?.date //=> "2025-06-30"
 */
export const ObligationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: ObligationKindSchema,
  date: IsoDateSchema,
  title: z.string().min(1),
  description: z.string(),
  year: z.number().int().optional(),
  amount: CentsSchema.optional(),
});
/** One dated obligation. */
export type Obligation = z.infer<typeof ObligationSchema>;

const KIND_ORDER: Readonly<Record<ObligationKind, number>> = { payment: 0, committee: 1, report: 2, "final-report": 3, end: 4 };

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The calendar of a contract's obligations, computed with date-fns from its dates only (no
 * clock): the State's payments (non-zero instalments, see `paymentSchedule`), the committee's
 * meetings (on `governance.meetingDates` each year from the signature on; without dates, one
 * deadline a year on 31 December for the number of meetings due), the yearly report on each
 * year (due `reporting.reportDue` of the next year), the final report (`finalReportMonths` after
 * the end) and the end of the contract. Sorted by date, then kind, then id.
 *
 * @example
 * contractObligations(calpaeContract()).filter((o) => o.kind === "report").map((o) => o.date)
 * //=> ["2020-03-31", "2021-03-31", "2022-03-31"]
 */
export function contractObligations(contract: Contract): Obligation[] {
  const out: Obligation[] = [];
  const signature = contract.signature.date;
  const committee = capitalize(contract.governance.committee);

  for (const p of paymentSchedule(contract).payments) {
    if (p.amount === 0) continue;
    const label = p.label !== undefined ? `${p.label} ` : "";
    out.push({
      id: `payment-${p.year}-${p.index + 1}`,
      kind: "payment",
      date: p.due,
      title: `Versement de l’État : ${label}${p.year} (${formatPercent(p.percent, undefined, { scale: "percent" })})`,
      description: `Versement de ${formatEuros(p.amount)} par l’État au titre de ${p.year}${
        p.when === "after-report" ? `, après approbation du rapport sur ${p.year}` : ""
      }.`,
      year: p.year,
      amount: p.amount,
    });
  }

  for (const year of contract.years) {
    const dates = contract.governance.meetingDates;
    if (dates.length > 0) {
      for (const md of [...new Set(dates)].sort()) {
        const date = monthDayIn(year, md, contract.profile);
        if (date < signature || date > contract.period.end) continue;
        out.push({
          id: `committee-${date}`,
          kind: "committee",
          date,
          title: `Réunion : ${contract.governance.committee}`,
          description: `${committee} — contrat ${contract.reference}.`,
          year,
        });
      }
    } else if (contract.governance.meetingsPerYear > 0) {
      const date = `${String(year).padStart(4, "0")}-12-31`;
      if (date < signature) continue;
      const n = contract.governance.meetingsPerYear;
      out.push({
        id: `committee-${year}`,
        kind: "committee",
        date,
        title: `${committee} : ${n} réunion${n > 1 ? "s" : ""} en ${year}`,
        description: `${committee} — contrat ${contract.reference} : ${n} réunion${n > 1 ? "s" : ""} à tenir en ${year}, au plus tard le ${formatDate(date)}.`,
        year,
      });
    }
  }

  for (const year of contract.years) {
    const date = reportDueDate(contract, year);
    out.push({
      id: `report-${year}`,
      kind: "report",
      date,
      title: `Rapport d’exécution ${year}`,
      description: `Rapport sur l’exécution du contrat ${contract.reference} en ${year}, à remettre au plus tard le ${formatDate(date)}.`,
      year,
    });
  }

  const finalDate: IsoDate = dateToIsoDate(addMonths(isoDateToDate(contract.period.end), contract.reporting.finalReportMonths));
  out.push({
    id: "final-report",
    kind: "final-report",
    date: finalDate,
    title: "Bilan final du contrat",
    description: `Bilan final du contrat ${contract.reference}, à remettre au plus tard le ${formatDate(finalDate)}.`,
  });
  out.push({
    id: "end",
    kind: "end",
    date: contract.period.end,
    title: "Fin du contrat",
    description: `Le contrat ${contract.reference} prend fin le ${formatDate(contract.period.end)}.`,
  });

  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
