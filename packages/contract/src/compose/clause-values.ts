import { amountToFrenchWords, formatDate, formatDateRange, formatPercent, numberToFrenchWords } from "@pacte/document";
import { PACTE_BUDGET_LINE, formatBudgetLine, formatSiret, tribunalAdministratifFor } from "@pacte/model";
import { financeLawCitation } from "../clauses/finance-laws";
import { fillSlots, type ClauseValues } from "../clauses/fill-slots";
import type { Contract } from "../contract";
import { fundedYears } from "../finance/funded-years";
import { paymentScheduleOf, reportDueDate, type PaymentSchedule } from "../finance/payment-schedule";
import { contractTotals, type ContractTotals } from "../finance/totals";
import type { Action, Instalment } from "../input";
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

const share = (i: Pick<Instalment, "percent">): string => formatPercent(i.percent, undefined, { scale: "percent" });

/** « six mois », « un mois ». */
const months = (n: number): string => `${numberToFrenchWords(n)} mois`;

/** Feminine nouns an instalment's label may hold; any other label agrees in the masculine. */
const FEMININE_INSTALMENTS: ReadonlySet<string> = new Set(["avance", "tranche", "provision", "échéance", "avance complémentaire"]);

/**
 * How an instalment is named in a sentence, with the participle that agrees with it: « une
 * avance …, versée », « le solde …, versé », « un versement …, versé ».
 */
function instalmentNoun(i: Instalment): { readonly noun: string; readonly paid: "versé" | "versée" } {
  const label = i.label?.trim();
  if (label === undefined || label === "") return { noun: "un versement", paid: "versé" };
  const key = label.toLocaleLowerCase("fr-FR");
  const known: Readonly<Record<string, string>> = { avance: "une avance", solde: "le solde", acompte: "un acompte" };
  return { noun: known[key] ?? label, paid: FEMININE_INSTALMENTS.has(key) ? "versée" : "versé" };
}

/**
 * The yearly schedule in one sentence, true to the signature date: an instalment due at the
 * start of a year is paid at the signature for the first year when the contract is signed later
 * (« versée à la signature pour l'année 2024, puis au début de chacune des années suivantes »);
 * the balance after the approval of the year's report, due the next year.
 */
function paymentSummary(contract: Contract, schedule: PaymentSchedule, funded: readonly number[]): string {
  const first = funded[0];
  const several = funded.length > 1;
  const reportDue = formatMonthDay(contract.reporting.reportDue);
  return contract.payment.instalments
    .map((inst, index) => {
      const { noun, paid } = instalmentNoun(inst);
      const head = `${noun} de ${share(inst)}`;
      switch (inst.when) {
        case "start-of-year":
        case "on-signature": {
          const atSignature = schedule.years.find((y) => y.year === first)?.payments[index]?.condition === "signature";
          if (!atSignature) return `${head}, ${paid} au début de ${several ? "chaque année" : `l'année ${first ?? ""}`}`;
          return several
            ? `${head}, ${paid} à la signature pour l'année ${first} et au début de chacune des années suivantes`
            : `${head}, ${paid} à la signature`;
        }
        case "after-report":
          return `${head}, ${paid} après approbation du rapport d'exécution de l'année, remis au plus tard le ${reportDue} de l'année suivante`;
        default:
          return `${head}, ${paid} le ${formatMonthDay(inst.when)} de ${several ? "chaque année" : `l'année ${first ?? ""}`}`;
      }
    })
    .join(" ; ");
}

/** « de l'année 2019 », « des années 2020 et 2021 ». */
function yearsWithDe(years: readonly number[]): string {
  return years.length === 1 ? `de l'année ${years[0]}` : `des années ${joinFrench(years.map(String))}`;
}

const FICHE_CONTENTS: readonly { readonly words: string; readonly has: (a: Action) => boolean }[] = [
  { words: "la description", has: (a) => a.description !== undefined },
  { words: "les objectifs", has: (a) => (a.objectives ?? []).length > 0 },
  { words: "les publics", has: (a) => (a.publics ?? []).length > 0 },
  { words: "le porteur", has: (a) => a.carrier !== undefined },
  { words: "le territoire", has: (a) => a.territory !== undefined },
  { words: "le caractère nouveau ou renforcé", has: () => true },
  { words: "les indicateurs", has: (a) => (a.indicators ?? []).length > 0 },
  { words: "le financement", has: () => true },
];

/**
 * What the article on the actions says every fiche holds: the fields all the fiches show, then
 * — « le cas échéant » — those only some show, so that it never promises what a fiche lacks.
 *
 * @example
 * ficheContents(actions) //=> "la description, le porteur, le caractère nouveau ou renforcé, les indicateurs et le financement, ainsi que, le cas échéant, les objectifs et les publics"
 */
export function ficheContents(actions: readonly Action[]): string {
  const all = FICHE_CONTENTS.filter((f) => actions.length > 0 && actions.every(f.has)).map((f) => f.words);
  const some = FICHE_CONTENTS.filter((f) => !all.includes(f.words) && actions.some(f.has)).map((f) => f.words);
  const base = joinFrench(all);
  return some.length === 0 ? base : `${base}, ainsi que, le cas échéant, ${joinFrench(some)}`;
}

/**
 * The values of every slot of `CLAUSE_SLOTS` for a contract: titles and designations in the
 * right gender, dates the French way, amounts in figures and in words, the finance law, the
 * competent tribunal administratif, durations in words, and the profile's phrases where the
 * contract needs them. Plain strings: French typography (no-break spaces, apostrophes) is
 * applied when the document is composed.
 *
 * @example
 * clauseValues(creuseContract())["state.prefetWithA"] //=> "à la préfète de la Creuse"
 * clauseValues(creuseContract())["reporting.finalReportDelay"] //=> "six mois"
 */
export function clauseValues(contract: Contract): ClauseValues {
  return clauseValuesOf(contract, contractTotals(contract), collectiviteDesignation(contract));
}

/** {@link clauseValues} from the contract's totals and designation, already computed by the composition. */
export function clauseValuesOf(contract: Contract, totals: ContractTotals, designation: Designation): ClauseValues {
  const profile = contract.profile;
  const names = profile.names;
  const phrases = profile.phrases;
  const { state, collectivite, period, signature, governance } = contract;
  const axes = [...new Set(contract.actions.map((a) => a.axis).filter((a) => a !== undefined))].sort((a, b) => a - b);
  const serviceName = state.service === undefined ? undefined : withDefiniteArticle(state.service);
  const service =
    serviceName === undefined ? "les services de l'État" : state.serviceAcronym === undefined ? serviceName : `${serviceName} (${state.serviceAcronym})`;
  const ceiling = contract.stateAnnualCeiling;
  const instalments = contract.payment.instalments;
  const committee = governance.committee;
  const { funded, unfunded } = fundedYears(totals);
  const stateYears = totals.byYear.filter((y) => y.amounts.state > 0).map((y) => y.year);
  const schedule = paymentScheduleOf(contract, totals);
  const paid = schedule.payments.filter((p) => p.amount > 0);
  const lastYear = contract.years[contract.years.length - 1];
  const financeLaw = financeLawCitation(stateYears[0] ?? contract.years[0] ?? Number(signature.date.slice(0, 4)), signature.date);
  const tribunal = tribunalAdministratifFor(state.departement.code, { asOf: signature.date });
  const personal = contract.actions.filter((a) => a.personalData === true).map((a) => a.id);
  const present = names.present;
  const base: Record<string, string> = {
    reference: contract.reference,
    "contract.title": contract.title,
    "contract.withArticle": names.withArticle,
    "contract.withDe": names.withDe,
    "contract.withA": names.withA,
    "contract.present": present,
    "contract.presentWithDe": withDe(present),
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
    "deliberation.designation": deliberationText(collectivite.deliberation, collectivite.deliberationBody?.withDe),
    "period.start": formatDate(period.start),
    "period.end": formatDate(period.end),
    "period.range": formatDateRange(period.start, period.end),
    "period.firstYear": String(contract.years[0] ?? ""),
    "period.lastYear": String(lastYear ?? ""),
    "period.years": joinFrench(contract.years.map(String)),
    "signature.place": signature.place,
    "signature.date": formatDate(signature.date),
    "signature.year": signature.date.slice(0, 4),
    "signature.originals": numberToFrenchWords(profile.signature.originals),
    "financeLaw.designation": financeLaw.designation,
    "financeLaw.year": String(financeLaw.year),
    "financeLaw.pendingYear": financeLaw.pendingYear === undefined ? "" : String(financeLaw.pendingYear),
    "years.funded": joinFrench(funded.map(String)),
    "years.fundedWithDe": yearsWithDe(funded),
    "years.unfunded": joinFrench(unfunded.map(String)),
    "years.unfundedWithDe": unfunded.length === 0 ? "" : yearsWithDe(unfunded),
    "years.unfundedThese": unfunded.length === 1 ? "cette année" : unfunded.length === 0 ? "" : "ces années",
    "axes.withDe": axes.length === 0 ? "" : axes.length === 1 ? `de l'axe ${axes[0]}` : `des axes ${joinFrench(axes.map(String))}`,
    "actions.count": String(contract.actions.length),
    "actions.ficheContents": ficheContents(contract.actions),
    "actions.personalDataWithDe": personal.length === 0 ? "" : personal.length === 1 ? `de l'action ${personal[0]}` : `des actions ${joinFrench(personal)}`,
    ...money("total.state", totals.total.state),
    ...money("total.collectivite", totals.total.collectivite),
    ...money("total.others", totals.total.others),
    ...money("total.all", totals.total.total),
    "financing.ceilingClause":
      ceiling === undefined ? "" : `La contribution de l'État n'excède pas, pour chaque année, ${eurosInFull(ceiling)}.`,
    "budget.line": formatBudgetLine(PACTE_BUDGET_LINE),
    "payment.count": instalments.length === 1 ? "une fois" : `${numberToFrenchWords(instalments.length)} fois`,
    "payment.summary": paymentSummary(contract, schedule, stateYears),
    "payment.firstYear": String(stateYears[0] ?? ""),
    "payment.lastReportDue": lastYear === undefined ? "" : formatDate(reportDueDate(contract, lastYear)),
    "payment.conditionClause": instalments.some((i) => i.when === "after-report")
      ? "Le versement qui suit le rapport d'exécution est subordonné à la transmission de ce rapport et à son approbation par l'État."
      : "",
    "clawback.clause":
      contract.clawback.unspent === "recovered"
        ? "Les crédits versés par l'État qui n'ont pas été consommés pour les actions prévues, ou qui ont été employés à d'autres fins, donnent lieu à reversement."
        : contract.clawback.unspent === "carried-over"
          ? "Les crédits versés par l'État et non consommés au cours d'une année peuvent être reportés sur l'année suivante, pour les mêmes actions."
          : "",
    "reporting.reportDue": formatMonthDay(contract.reporting.reportDue),
    "reporting.finalReportMonths": String(contract.reporting.finalReportMonths),
    "reporting.finalReportDelay": months(contract.reporting.finalReportMonths),
    "termination.breachNotice": months(profile.termination.breachNoticeMonths),
    "termination.generalInterestNotice": months(profile.termination.generalInterestNoticeMonths),
    "litigation.tribunal": tribunal?.withArticle ?? "le tribunal administratif territorialement compétent",
    "governance.committee": committee,
    "governance.committeeWithArticle": withDefiniteArticle(committee),
    "governance.CommitteeWithArticle": upperFirst(withDefiniteArticle(committee)),
    "governance.committeeWithDe": withDe(committee),
    "governance.committeeWithA": withA(committee),
    "governance.meetings": timesAYear(governance.meetingsPerYear),
  };
  const phrase = (template: string): string => fillSlots(template, base);
  const fundedTotals = totals.byYear.filter((y) => funded.includes(y.year));
  const sum = (key: "state" | "collectivite"): number => fundedTotals.reduce((t, y) => t + y.amounts[key], 0);
  const totalSentence =
    unfunded.length === 0
      ? `Pour la durée ${withDe(present)}, la contribution de l'État s'élève à ${eurosInFull(totals.total.state)} et celle ${designation.withDe} à ${eurosInFull(totals.total.collectivite)}.`
      : `Au titre ${yearsWithDe(funded)}, la contribution de l'État s'élève à ${eurosInFull(sum("state"))} et celle ${designation.withDe} à ${eurosInFull(sum("collectivite"))}. ${phrase(phrases.laterYearsByAmendment)}`;
  const shortfall = profile.financing.executionShortfall;
  const electronic = signature.mode === "electronic";
  return {
    ...base,
    "financing.totalSentence": funded.length === 0 ? phrase(phrases.laterYearsByAmendment) : totalSentence,
    "financing.executionShortfallClause":
      shortfall === "none" || profile.financing.rule === "none"
        ? ""
        : phrase(profile.financing.rule === "parity" ? phrases.executionShortfallParity : phrases.executionShortfallAtLeast),
    "financeLaw.pendingClause": financeLaw.pendingYear === undefined ? "" : phrase(phrases.financeLawPending),
    "payment.afterEndClause": paid.some((p) => p.afterEnd) ? phrase(phrases.balanceAfterEnd) : "",
    "period.retroactiveClause": profile.period.retroactiveStart && signature.date > period.start ? phrase(phrases.retroactivity) : "",
    "termination.generalInterestClause": phrase(phrases.generalInterestTermination),
    "signature.entryIntoForce": phrase(electronic ? phrases.entryIntoForceElectronic : phrases.entryIntoForce),
    "signature.formula": phrase(electronic ? phrases.signatureElectronic : phrases.signaturePaper),
  };
}

function money(prefix: string, cents: number): Record<string, string> {
  return {
    [prefix]: euros(cents),
    [`${prefix}.words`]: amountToFrenchWords(cents),
    [`${prefix}.full`]: eurosInFull(cents),
  };
}
