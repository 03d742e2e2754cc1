import { amountToFrenchWords, formatDate, formatDateRange, formatPercent } from "@pacte/document";
import { PACTE_BUDGET_LINE, formatBudgetLine, formatSiret } from "@pacte/model";
import type { ClauseValues } from "../clauses/fill-slots";
import type { Contract } from "../contract";
import { contractTotals, type ContractTotals } from "../finance/totals";
import type { Instalment } from "../input";
import { collectiviteDesignation, type Designation } from "./internal/designation";
import {
  collectiviteWithArticle,
  deliberationText,
  formatMonthDay,
  joinFrench,
  lowerFirst,
  timesAYear,
  titleWithA,
  titleWithDe,
  upperFirst,
  withA,
  withDe,
  withDefiniteArticle,
} from "./internal/french";
import { euros, eurosInFull } from "./internal/money";

function instalmentText(i: Instalment): string {
  const share = formatPercent(i.percent, undefined, { scale: "percent" });
  switch (i.when) {
    case "start-of-year":
      return `${share} en début d'année`;
    case "on-signature":
      return `${share} à la signature`;
    case "after-report":
      return `${share} après approbation du rapport annuel d'exécution`;
    default:
      return `${share} au ${formatMonthDay(i.when)}`;
  }
}

function money(prefix: string, cents: number): Record<string, string> {
  return {
    [prefix]: euros(cents),
    [`${prefix}.words`]: amountToFrenchWords(cents),
    [`${prefix}.full`]: eurosInFull(cents),
  };
}

/**
 * The values of every slot of `CLAUSE_SLOTS` for a contract: titles and designations in the
 * right gender, dates the French way, amounts in figures and in words. Plain strings: French
 * typography (no-break spaces, apostrophes) is applied when the document is composed.
 *
 * @example
 * clauseValues(creuseContract())["state.prefetWithA"] //=> "à la préfète de la Creuse"
 * clauseValues(creuseContract())["total.state.full"] //=> "un million huit cent quatre-vingt-huit mille euros (1 888 000,00 €)"
 */
export function clauseValues(contract: Contract): ClauseValues {
  return clauseValuesOf(contract, contractTotals(contract), collectiviteDesignation(contract));
}

/** {@link clauseValues} from the contract's totals and designation, already computed by the composition. */
export function clauseValuesOf(contract: Contract, totals: ContractTotals, designation: Designation): ClauseValues {
  const names = contract.profile.names;
  const { state, collectivite, period, signature, governance } = contract;
  const axes = [...new Set(contract.actions.map((a) => a.axis))].sort((a, b) => a - b);
  const service = state.service === undefined ? "les services de l'État" : withDefiniteArticle(state.service);
  const retroactive = signature.date > period.start;
  const ceiling = contract.stateAnnualCeiling;
  const instalments = contract.payment.instalments;
  const committee = governance.committee;
  return {
    reference: contract.reference,
    "contract.title": contract.title,
    "contract.withArticle": names.withArticle,
    "contract.withDe": names.withDe,
    "contract.withA": names.withA,
    "contract.present": names.present,
    "contract.Present": names.Present,
    "contract.signed": names.signed,
    "state.prefetTitle": state.prefetTitle,
    "state.prefetQuality": state.prefetQuality,
    "state.prefetDesignation": lowerFirst(state.prefetTitle),
    "state.prefetWithDe": titleWithDe(state.prefetTitle),
    "state.prefetWithA": titleWithA(state.prefetTitle),
    "state.prefetName": state.prefet.name,
    "state.departement.name": state.departement.name,
    "state.departement.withArticle": state.departement.withArticle,
    "state.departement.withDe": state.departement.withDe,
    "state.service": service,
    "state.serviceWithDe": withDe(service),
    "collectivite.name": collectivite.name,
    "collectivite.nameWithArticle": collectiviteWithArticle(collectivite.name),
    "collectivite.designation": designation.withArticle,
    "collectivite.Designation": upperFirst(designation.withArticle),
    "collectivite.designationWithDe": designation.withDe,
    "collectivite.designationWithA": designation.withA,
    "collectivite.executiveTitle": collectivite.executiveTitle,
    "collectivite.executiveQuality": collectivite.executiveQuality,
    "collectivite.executiveDesignation": lowerFirst(collectivite.executiveTitle),
    "collectivite.executiveWithDe": titleWithDe(collectivite.executiveTitle),
    "collectivite.executiveName": collectivite.executive.name,
    "collectivite.siret": collectivite.siret === undefined ? "" : formatSiret(collectivite.siret),
    "deliberation.number": collectivite.deliberation.number,
    "deliberation.date": formatDate(collectivite.deliberation.date),
    "deliberation.designation": deliberationText(contract.collectivite.deliberation),
    "period.start": formatDate(period.start),
    "period.end": formatDate(period.end),
    "period.range": formatDateRange(period.start, period.end),
    "period.firstYear": String(contract.years[0] ?? ""),
    "period.lastYear": String(contract.years[contract.years.length - 1] ?? ""),
    "period.years": joinFrench(contract.years.map(String)),
    "period.retroactiveClause": retroactive
      ? `Les actions engagées à compter du ${formatDate(period.start)}, y compris avant la date de signature, sont éligibles aux financements prévus.`
      : "",
    "signature.place": signature.place,
    "signature.date": formatDate(signature.date),
    "signature.year": signature.date.slice(0, 4),
    "axes.withDe": axes.length === 1 ? `de l'axe ${axes[0]}` : `des axes ${joinFrench(axes.map(String))}`,
    "actions.count": String(contract.actions.length),
    ...money("total.state", totals.total.state),
    ...money("total.collectivite", totals.total.collectivite),
    ...money("total.others", totals.total.others),
    ...money("total.all", totals.total.total),
    "financing.ceilingClause":
      ceiling === undefined ? "" : `La contribution de l'État n'excède pas, pour chaque année, ${eurosInFull(ceiling)}.`,
    "budget.line": formatBudgetLine(PACTE_BUDGET_LINE),
    "payment.summary": joinFrench(instalments.map(instalmentText)),
    "payment.conditionClause": instalments.some((i) => i.when === "after-report")
      ? "Le versement qui suit le rapport annuel est subordonné à la transmission de ce rapport et à son approbation par l'État."
      : "",
    "clawback.clause":
      contract.clawback.unspent === "recovered"
        ? "Les crédits versés par l'État qui n'ont pas été consommés pour les actions prévues, ou qui ont été employés à d'autres fins, donnent lieu à reversement."
        : contract.clawback.unspent === "carried-over"
          ? "Les crédits versés par l'État et non consommés au cours d'une année peuvent être reportés sur l'année suivante, pour les mêmes actions."
          : "",
    "reporting.reportDue": formatMonthDay(contract.reporting.reportDue),
    "reporting.finalReportMonths": String(contract.reporting.finalReportMonths),
    "governance.committee": committee,
    "governance.committeeWithArticle": withDefiniteArticle(committee),
    "governance.CommitteeWithArticle": upperFirst(withDefiniteArticle(committee)),
    "governance.committeeWithDe": withDe(committee),
    "governance.committeeWithA": withA(committee),
    "governance.meetings": timesAYear(governance.meetingsPerYear),
  };
}
