import { statusLabel } from "../compose/execution-report-to-document";
import { collectiviteKindLabel } from "./collectivite-kind-label";
import type { Consolidation } from "./consolidate";

/**
 * The columns of {@link consolidationToCsv}, in order: the contract and its collectivity, kind
 * and region, the year, the action (id, title, axis, status), committed and spent by party and in
 * total, and the State's due.
 *
 * @example
 * CONSOLIDATION_CSV_COLUMNS[0] //=> "contrat"
 */
export const CONSOLIDATION_CSV_COLUMNS = Object.freeze([
  "contrat",
  "collectivite",
  "type",
  "code_region",
  "region",
  "annee",
  "action",
  "intitule",
  "axe",
  "statut",
  "engage_etat",
  "engage_collectivite",
  "engage_autres",
  "engage_total",
  "depense_etat",
  "depense_collectivite",
  "depense_autres",
  "depense_total",
  "part_etat_due",
] as const);

/** Cents as a decimal number of euros with a comma, no thousands separator: « 41250,50 ». */
function euroField(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** A field quoted when it holds the separator, a quote or a line break (RFC 4180). */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The consolidation as CSV, one line per action of each report, for the people who pivot it
 * further: `;`-separated, amounts in euros with a decimal comma and no thousands separator (as a
 * French spreadsheet reads them), lines ending with CRLF, and a UTF-8 byte order mark first
 * (`bom: false` to leave it out) so that Excel reads the accents. Deterministic.
 *
 * @example
 * consolidationToCsv(consolidation).split("\r\n")[1]
 * //=> "CLS-23-2024-001;Département de la Creuse;Département ou collectivité à compétences départementales;75;Nouvelle-Aquitaine;2024;A1.1;Accueil des jeunes enfants en situation de pauvreté;1;réalisée;40000,00;40000,00;10000,00;90000,00;38500,00;40000,00;9000,00;87500,00;38500,00"
 */
export function consolidationToCsv(consolidation: Consolidation, options: { readonly bom?: boolean } = {}): string {
  const lines = [CONSOLIDATION_CSV_COLUMNS.join(";")];
  for (const r of consolidation.rows) {
    lines.push(
      [
        r.contract,
        r.collectivite,
        collectiviteKindLabel(r.kind),
        r.regionCode,
        r.region,
        String(r.year),
        r.actionId,
        r.title,
        String(r.axis),
        statusLabel(r.status),
        euroField(r.committed.state),
        euroField(r.committed.collectivite),
        euroField(r.committed.others),
        euroField(r.committed.total),
        euroField(r.spent.state),
        euroField(r.spent.collectivite),
        euroField(r.spent.others),
        euroField(r.spent.total),
        euroField(r.stateDue),
      ]
        .map(field)
        .join(";"),
    );
  }
  return `${options.bom === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
}
