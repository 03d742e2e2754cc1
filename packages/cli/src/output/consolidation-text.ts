import { formatEuros } from "@pacte/document";
import type { Consolidation } from "@pacte/execution";
import { countOf, type CliLang } from "../localized";

/**
 * The national consolidation's totals as `pacte consolidate` prints them: how many contracts and
 * reports over which years, what was committed and spent, the State's share due, the balances to
 * pay and the money to recover, and what is carried over when there is some. Amounts the French
 * way (`formatEuros` of `@pacte/document`) in both languages; every figure is `total`'s.
 *
 * @example
 * consolidationText(consolidation, "fr")
 * //=> "Consolidation nationale : 2 contrats, 2 rapports (2024)\n  Engagé : … ; dépensé : …\n  Part de l’État due : … ; soldes à verser : … ; à reverser : …\n"
 */
export function consolidationText(c: Consolidation, lang: CliLang): string {
  const e = (cents: number): string => formatEuros(cents);
  const t = c.total;
  const contracts = countOf(c.contracts, { fr: ["contrat", "contrats"], en: ["contract", "contracts"] }, lang);
  const reports = countOf(t.reports, { fr: ["rapport", "rapports"], en: ["report", "reports"] }, lang);
  const years = c.years.join(", ");
  const lines =
    lang === "fr"
      ? [
          `Consolidation nationale : ${contracts}, ${reports} (${years})`,
          `  Engagé : ${e(t.committed.total)} ; dépensé : ${e(t.spent.total)}`,
          `  Part de l’État due : ${e(t.stateDue)} ; soldes à verser : ${e(t.balance)} ; à reverser : ${e(t.recovered)}`,
          ...(t.carriedOver > 0 ? [`  Reporté sur l’année suivante : ${e(t.carriedOver)}`] : []),
        ]
      : [
          `National consolidation: ${contracts}, ${reports} (${years})`,
          `  Committed: ${e(t.committed.total)}; spent: ${e(t.spent.total)}`,
          `  State's share due: ${e(t.stateDue)}; balances to pay: ${e(t.balance)}; to recover: ${e(t.recovered)}`,
          ...(t.carriedOver > 0 ? [`  Carried over to the next year: ${e(t.carriedOver)}`] : []),
        ];
  return `${lines.join("\n")}\n`;
}
