import { formatEuros } from "@pacte/document";
import type { ExecutionSettlement } from "@pacte/execution";
import type { CliLang } from "../localized";
import { writtenDate } from "./written-date";

/**
 * The settlement of a year's execution as `pacte report` prints it: the year, the contract and
 * the report's date in words, what was committed and spent, the State's share due and what it
 * already paid, then the decision — the balance to pay (« Solde à verser »), the money to recover
 * (« À reverser »), and, only when there is some, what is carried over to the next year or left
 * with the collectivity. Amounts the French way (`formatEuros` of `@pacte/document`) in both
 * languages, as the documents write them; every figure is the settlement's own.
 *
 * @example
 * settlementText(settleExecution(creuse2024, contract), "Département de la Creuse", "fr")
 * //=> "Rapport d’exécution 2024 du contrat CLS-23-2024-001 — Département de la Creuse, daté du 12 juin 2025\n"
 * //   + "  Engagé : 930 000,00 € ; dépensé : 824 592,00 €\n  Part de l’État due : 396 871,25 € ; déjà versée : 360 000,00 €\n"
 * //   + "  Solde à verser : 36 871,25 €\n  À reverser : 0,00 €\n"
 */
export function settlementText(s: ExecutionSettlement, collectivite: string, lang: CliLang): string {
  const e = (cents: number): string => formatEuros(cents);
  const next = s.year + 1;
  const lines =
    lang === "fr"
      ? [
          `Rapport d’exécution ${s.year} du contrat ${s.contract} — ${collectivite}, daté du ${writtenDate(s.reportDate, "fr")}`,
          `  Engagé : ${e(s.committed.total)} ; dépensé : ${e(s.spent.total)}`,
          `  Part de l’État due : ${e(s.stateDue)} ; déjà versée : ${e(s.paidBeforeReport)}`,
          `  Solde à verser : ${e(s.balance)}`,
          `  À reverser : ${e(s.recovered)}`,
          ...(s.carriedOver > 0 ? [`  Reporté sur ${next} : ${e(s.carriedOver)}`] : []),
          ...(s.waived > 0 ? [`  Trop-versé laissé à la collectivité : ${e(s.waived)}`] : []),
        ]
      : [
          `Execution report ${s.year} of contract ${s.contract} — ${collectivite}, dated ${writtenDate(s.reportDate, "en")}`,
          `  Committed: ${e(s.committed.total)}; spent: ${e(s.spent.total)}`,
          `  State's share due: ${e(s.stateDue)}; already paid: ${e(s.paidBeforeReport)}`,
          `  Balance to pay: ${e(s.balance)}`,
          `  To recover: ${e(s.recovered)}`,
          ...(s.carriedOver > 0 ? [`  Carried over to ${next}: ${e(s.carriedOver)}`] : []),
          ...(s.waived > 0 ? [`  Overpayment left with the collectivity: ${e(s.waived)}`] : []),
        ];
  return `${lines.join("\n")}\n`;
}
