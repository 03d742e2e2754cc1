import { statusLabel } from "../compose/execution-report-to-document";
import { axisTitle } from "../compose/internal/figures";
import { xlsxWorkbook, type XlsxCell } from "../internal/xlsx-workbook";
import { collectiviteKindLabel } from "./collectivite-kind-label";
import type { ConsolidatedAmounts, Consolidation } from "./consolidate";

const money = (c: number): XlsxCell => ({ cents: c });
const AMOUNT_HEADER = ["Rapports", "Engagé", "Dépensé", "Part de l’État due", "Déjà versé", "Solde à verser", "À reverser", "Reporté", "Non versé (dégagé)"] as const;
const amounts = (a: ConsolidatedAmounts): XlsxCell[] => [
  a.reports,
  money(a.committed.total),
  money(a.spent.total),
  money(a.stateDue),
  money(a.paidBeforeReport),
  money(a.balance),
  money(a.recovered),
  money(a.carriedOver),
  money(a.released),
];

/**
 * The consolidation as an XLSX workbook, for Excel and LibreOffice: a sheet « Actions » with one
 * line per action of each report (the columns of the CSV, amounts as numbers in euros with a
 * euro format, ready for a pivot table), and sheets « Par année », « Par axe », « Par région »,
 * « Par type » and « Par contrat » with the totals. Runtime-neutral and deterministic: the same
 * consolidation gives the same bytes (fixed zip timestamps, no clock).
 *
 * @example
 * const bytes = consolidationToXlsx(consolidation); // Uint8Array, a .xlsx file's content
 */
export function consolidationToXlsx(consolidation: Consolidation): Uint8Array {
  const c = consolidation;
  return xlsxWorkbook([
    {
      name: "Actions",
      header: ["Contrat", "Collectivité", "Type", "Code région", "Région", "Année", "Action", "Intitulé", "Axe", "Statut", "Engagé État", "Engagé collectivité", "Engagé autres", "Engagé total", "Dépensé État", "Dépensé collectivité", "Dépensé autres", "Dépensé total", "Part de l’État due"],
      rows: c.rows.map((r) => [
        r.contract,
        r.collectivite,
        collectiviteKindLabel(r.kind),
        r.regionCode,
        r.region,
        r.year,
        r.actionId,
        r.title,
        r.axis,
        statusLabel(r.status),
        money(r.committed.state),
        money(r.committed.collectivite),
        money(r.committed.others),
        money(r.committed.total),
        money(r.spent.state),
        money(r.spent.collectivite),
        money(r.spent.others),
        money(r.spent.total),
        money(r.stateDue),
      ]),
    },
    { name: "Par année", header: ["Année", ...AMOUNT_HEADER], rows: [...c.byYear.map((y) => [y.year, ...amounts(y)]), ["Total", ...amounts(c.total)]] },
    {
      name: "Par axe",
      header: ["Axe", "Actions", "Engagé", "Dépensé", "Part de l’État due"],
      rows: c.byAxis.map((a) => [axisTitle(a.axis), a.actions, money(a.committed.total), money(a.spent.total), money(a.stateDue)]),
    },
    { name: "Par région", header: ["Région", "Contrats", ...AMOUNT_HEADER], rows: c.byRegion.map((r) => [r.region, r.contracts, ...amounts(r)]) },
    { name: "Par type", header: ["Type", "Contrats", ...AMOUNT_HEADER], rows: c.byKind.map((k) => [collectiviteKindLabel(k.kind), k.contracts, ...amounts(k)]) },
    { name: "Par contrat", header: ["Contrat", "Collectivité", "Région", ...AMOUNT_HEADER], rows: c.byContract.map((x) => [x.contract, x.collectivite, x.region, ...amounts(x)]) },
  ]);
}
