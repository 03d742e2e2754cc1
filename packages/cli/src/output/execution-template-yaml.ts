import type { Action, Contract } from "@pacte/contract";
import { formatEuros, formatNumber } from "@pacte/document";
import { executionTemplate } from "@pacte/execution";
import { Document, isMap, isScalar, isSeq, type Node } from "yaml";
import { writtenDate } from "./written-date";

/** What an action commits in the year, in words: « État 40 000,00 €, collectivité 40 000,00 €, CAF de la Creuse 10 000,00 € ». */
function committedText(action: Action, year: number): string {
  const f = action.funding[String(year)];
  if (f === undefined) return "rien";
  return [`État ${formatEuros(f.state)}`, `collectivité ${formatEuros(f.collectivite)}`, ...(f.others ?? []).map((o) => `${o.name} ${formatEuros(o.amount)}`)].join(", ");
}

/** The contract's indicator a template names (by its id, else its label). */
function indicatorNamed(action: Action, name: string): NonNullable<Action["indicators"]>[number] | undefined {
  return (action.indicators ?? []).find((i) => i.id === name) ?? (action.indicators ?? []).find((i) => i.label === name);
}

/** A comment's lines, each after the one space YAML writes after « # ». */
const lines = (text: string): string =>
  text
    .split("\n")
    .map((l) => ` ${l}`)
    .join("\n");

/**
 * The execution report of `year` to fill in, as commented YAML: `executionTemplate` of
 * `@pacte/execution` (every action the contract funds that year, in its order, nothing spent,
 * each indicator with a target at 0, dated by the contract's deadline), with French comments
 * for the person who completes it — how to write amounts and statuses, each action's title and
 * what the contract commits to it that year, each indicator's target — and the command that
 * checks it. It parses and validates against the contract as it stands. `names` are the file
 * names shown in the comments.
 *
 * @throws {PacteError} `execution.year_outside` for a year that is not one of the contract's.
 * @example
 * executionTemplateYaml(contract, 2024, { report: "rapport-2024.yaml", contract: "contrat.yaml" }).split("\n")[0]
 * //=> "# Rapport d’exécution 2024 — Contrat local des solidarités n° CLS-23-2024-001 (Département de la Creuse)"
 */
export function executionTemplateYaml(contract: Contract, year: number, names: { readonly report: string; readonly contract: string }): string {
  const template = executionTemplate(contract, year);
  const doc = new Document(template);
  doc.commentBefore = lines(
    [
      `Rapport d’exécution ${year} — ${contract.title} n° ${contract.reference} (${contract.collectivite.name})`,
      `Modèle écrit par « pacte report --template » : chaque action que le contrat finance en ${year}, rien de dépensé.`,
      "Remplacez les montants, les statuts et les valeurs des indicateurs par ce qui a été fait, puis :",
      `  pacte report ${names.report} --contract ${names.contract}   # vérifie, calcule le solde, écrit le PDF et le DOCX`,
    ].join("\n"),
  );
  const root = doc.contents;
  if (!isMap(root)) return doc.toString({ lineWidth: 0 });
  const keyOf = (name: string): Node | undefined => {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === name);
    return isScalar(pair?.key) ? pair.key : undefined;
  };
  const dateKey = keyOf("date");
  if (dateKey !== undefined) {
    dateKey.commentBefore = lines(`Date du rapport : ici l’échéance du contrat, le ${writtenDate(template.date, "fr")} ; mettez celle de sa remise.`);
  }
  const actionsKey = keyOf("actions");
  if (actionsKey !== undefined) {
    actionsKey.commentBefore = lines(
      [
        `Une entrée par action financée en ${year}, abandonnée ou non.`,
        "Montants en euros, comme on les écrit : 38 500 €, \"41 250,50\" (entre guillemets dans { … }), 25000.",
        "status : completed (réalisée), in-progress (en cours) ou abandoned (abandonnée ; ajoutez reason: le motif).",
        "Facultatif : comment: sur une action ; author: et summary: en tête du rapport.",
      ].join("\n"),
    );
  }
  const items = root.get("actions", true);
  if (isSeq(items)) {
    template.actions.forEach((reported, k) => {
      const item = items.items[k];
      const action = contract.actions.find((a) => a.id === reported.id);
      if (!isMap(item) || action === undefined) return;
      item.commentBefore = lines(`${action.id} — ${action.title}\nEngagé en ${year} : ${committedText(action, year)}.`);
      const values = item.get("indicators", true);
      if (!isSeq(values)) return;
      (reported.indicators ?? []).forEach((v, j) => {
        const entry = values.items[j];
        const target = indicatorNamed(action, v.indicator);
        const goal = target?.targets?.[String(year)];
        if (!isMap(entry) || target === undefined || goal === undefined) return;
        const value = entry.get("value", true);
        if (isScalar(value)) value.comment = ` cible ${year} : ${formatNumber(goal)} ${target.unit}`;
      });
    });
  }
  return doc.toString({ lineWidth: 0 });
}
