import type { Contract } from "@pacte/contract";
import { bold, documentOf, formatDate, h1, h2, keepTogether, list, p, pageBreak, table, toc, type Block, type Document } from "@pacte/document";
import { settleExecution, type ActionSettlement, type ExecutionSettlement } from "../compute/settle-execution";
import type { Execution } from "../execution";
import type { ActionStatus } from "../execution-input";
import type { ExecutionOptions } from "../validate-execution";
import { axisTitle, committedSpentChart, euros, figure, rate, share, spentByFunderChart } from "./internal/figures";

/**
 * Options of {@link executionReportToDocument}: those of the computations (language of the
 * issues, parameters) and, when the caller has it already, the `settlement` to print.
 *
 * @example
 * const options: ExecutionReportOptions = { parameters: { stateShareCap: "half-of-joint" } };
 */
export interface ExecutionReportOptions extends ExecutionOptions {
  readonly settlement?: ExecutionSettlement | undefined;
}

const STATUS: Readonly<Record<ActionStatus, string>> = { completed: "réalisée", "in-progress": "en cours", abandoned: "abandonnée" };

/**
 * How an action's status reads in the report: « réalisée », « en cours », « abandonnée ».
 *
 * @example
 * statusLabel("in-progress") //=> "en cours"
 */
export function statusLabel(status: ActionStatus): string {
  switch (status) {
    case "completed":
    case "in-progress":
    case "abandoned":
      return STATUS[status];
  }
}

/** The status of `count` actions: « 1 réalisée », « 3 réalisées », « 3 en cours » (invariable). */
function statusCount(status: ActionStatus, count: number): string {
  const plural = count > 1;
  switch (status) {
    case "completed":
      return `${count} ${plural ? "réalisées" : "réalisée"}`;
    case "in-progress":
      return `${count} en cours`;
    case "abandoned":
      return `${count} ${plural ? "abandonnées" : "abandonnée"}`;
  }
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase("fr-FR") + s.slice(1);

function titlePage(execution: Execution, contract: Contract): Block[] {
  return [
    p({ style: "title", align: "center" }, `Rapport d’exécution ${execution.year}`),
    p({ style: "subtitle", align: "center" }, contract.title),
    p({ align: "center" }, `N° ${contract.reference}`),
    p({ align: "center" }, `Entre l’État et : ${contract.collectivite.name}`),
    p({ align: "center" }, `Année ${execution.year}, rapport remis le ${formatDate(execution.date)}`),
    ...(execution.author === undefined ? [] : [p({ align: "center" }, execution.author)]),
    pageBreak(),
  ];
}

function summary(execution: Execution, s: ExecutionSettlement): Block[] {
  const counts = (["completed", "in-progress", "abandoned"] as const)
    .map((status) => [status, s.byAction.filter((a) => a.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => statusCount(status, n));
  const deadline =
    s.daysLate === 0
      ? `Il est remis le ${formatDate(s.reportDate)}, dans le délai (échéance du ${formatDate(s.reportDue)}).`
      : `Il est remis le ${formatDate(s.reportDate)}, ${s.daysLate} jour${s.daysLate > 1 ? "s" : ""} après l’échéance du ${formatDate(s.reportDue)}.`;
  return [
    h1("Synthèse", { id: "synthese" }),
    p(`Le rapport porte sur ${s.byAction.length} action${s.byAction.length > 1 ? "s" : ""} : ${counts.join(", ")}. ${deadline}`),
    ...(execution.summary === undefined ? [] : [p(execution.summary)]),
    committedSpentChart(`Engagé et dépensé par axe en ${s.year}`, "Axe", s.byAxis.map((a) => ({ label: `Axe ${a.axis}`, amounts: a }))),
    table({
      caption: `Chiffres clés de l’année ${s.year}`,
      header: ["", "Montant"],
      rows: [
        ["Engagé, tous financeurs", euros(s.committed.total)],
        ["Dépensé, tous financeurs", euros(s.spent.total)],
        ["Taux d’exécution", share(s.spent.total, s.committed.total)],
        ["Part de l’État engagée", euros(s.stateCommitted)],
        ["Part de l’État due après application des règles", euros(s.stateDue)],
        ["Déjà versé par l’État avant le rapport", euros(s.paidBeforeReport)],
        ["Solde à verser", euros(s.balance)],
        ["Trop-perçu à reverser", euros(s.recovered)],
        ...(s.carriedOver > 0 ? [["Trop-perçu reporté sur l’année suivante", euros(s.carriedOver)]] : []),
        ...(s.waived > 0 ? [["Trop-perçu laissé à la collectivité", euros(s.waived)]] : []),
      ],
    }),
    spentByFunderChart(`Dépensé par axe et par financeur en ${s.year}`, "Axe", s.byAxis.map((a) => ({ label: `Axe ${a.axis}`, amounts: a }))),
    // Four lines: kept on one page rather than split after its header.
    keepTogether(table({
      caption: "Engagé et dépensé par financeur",
      header: ["Financeur", "Engagé", "Dépensé", "Taux"],
      rows: [
        ["État", euros(s.committed.state), euros(s.spent.state), share(s.spent.state, s.committed.state)],
        ["Collectivité", euros(s.committed.collectivite), euros(s.spent.collectivite), share(s.spent.collectivite, s.committed.collectivite)],
        ["Autres financeurs", euros(s.committed.others), euros(s.spent.others), share(s.spent.others, s.committed.others)],
      ],
      totals: [["Total", euros(s.committed.total), euros(s.spent.total), share(s.spent.total, s.committed.total)]],
    })),
  ];
}

function axes(s: ExecutionSettlement): Block[] {
  const blocks: Block[] = [h1("Exécution par axe", { id: "axes" })];
  for (const axis of s.byAxis) {
    const actions = s.byAction.filter((a) => a.axis === axis.axis);
    blocks.push(
      h2(axisTitle(axis.axis), { id: `axe-${axis.axis}` }),
      table({
        // The action's name takes the room; the status fits « abandonnée » on one line.
        columns: [{ width: { fr: 32 } }, { width: { fr: 13 } }, { width: { fr: 15 } }, { width: { fr: 15 } }, { width: { fr: 9 } }, { width: { fr: 15 } }],
        header: ["Action", "Statut", "Engagé", "Dépensé", "Taux", "Part de l’État due"],
        rows: actions.map((a) => [`${a.actionId} – ${a.title}`, statusLabel(a.status), euros(a.committed.total), euros(a.spent.total), share(a.spent.total, a.committed.total), euros(a.stateDue)]),
        totals: [[`Axe ${axis.axis}`, "", euros(axis.committed.total), euros(axis.spent.total), share(axis.spent.total, axis.committed.total), euros(axis.stateDue)]],
      }),
    );
  }
  return blocks;
}

function actionBlocks(a: ActionSettlement, reported: Execution["actions"][number] | undefined, year: number): Block[] {
  const blocks: Block[] = [h2(`${a.actionId} – ${a.title}`, { id: `action-${a.actionId}` }), p(bold("Statut : "), statusLabel(a.status))];
  if (reported?.reason !== undefined) blocks.push(p(bold("Motif de l’abandon : "), reported.reason));
  if (reported?.comment !== undefined) blocks.push(p(reported.comment));
  if (a.indicators.length > 0) {
    blocks.push(
      table({
        caption: `Indicateurs de l’action ${a.actionId} en ${year}`,
        header: ["Indicateur", "Unité", "Valeur de départ", `Cible ${year}`, "Réalisé", "Taux de réalisation"],
        rows: a.indicators.map((i) => [i.label, i.unit, figure(i.baseline), figure(i.target), figure(i.value), rate(i.rate)]),
      }),
    );
    const comments = a.indicators.filter((i) => i.comment !== undefined).map((i) => `${i.label} : ${i.comment}`);
    if (comments.length > 0) blocks.push(list(comments));
  } else blocks.push(p("Le contrat ne fixe pas d’indicateur à cette action."));
  blocks.push(
    table({
      caption: `Financement de l’action ${a.actionId} en ${year}`,
      header: ["Financeur", "Engagé", "Dépensé", "Taux"],
      rows: [
        ["État", euros(a.committed.state), euros(a.spent.state), share(a.spent.state, a.committed.state)],
        ["Collectivité", euros(a.committed.collectivite), euros(a.spent.collectivite), share(a.spent.collectivite, a.committed.collectivite)],
        ...(a.committed.others > 0 || a.spent.others > 0 ? [["Autres financeurs", euros(a.committed.others), euros(a.spent.others), share(a.spent.others, a.committed.others)]] : []),
      ],
      totals: [["Total", euros(a.committed.total), euros(a.spent.total), share(a.spent.total, a.committed.total)]],
    }),
  );
  return blocks;
}

/** What the settlement does with money paid beyond the due, in one sentence. */
function excessRule(s: ExecutionSettlement): string {
  const abandonedFirst = s.rules.parameters.abandonedUnspent === "recovered";
  switch (s.rules.unspent) {
    case "recovered":
      return "Le trop-perçu est reversé à l’État.";
    case "carried-over":
      if (s.rules.lastYear) return "Le trop-perçu est reversé à l’État, l’année étant la dernière du contrat.";
      return abandonedFirst
        ? "Le trop-perçu est reporté sur l’année suivante, sauf la part non dépensée des actions abandonnées, reversée à l’État."
        : "Le trop-perçu est reporté sur l’année suivante.";
    case "none":
      return abandonedFirst
        ? "Le trop-perçu reste à la collectivité, sauf la part non dépensée des actions abandonnées, reversée à l’État."
        : "Le trop-perçu reste à la collectivité.";
  }
}

function decision(contract: Contract, s: ExecutionSettlement): Block[] {
  const cap =
    s.rules.financing === "none"
      ? "la part de l’État due à chaque action est ce qu’elle a dépensé de crédits de l’État, dans la limite de son engagement"
      : s.rules.parameters.stateShareCap === "matched"
        ? "la part de l’État due à chaque action est ce qu’elle a dépensé de crédits de l’État, dans la limite de son engagement et de la dépense de la collectivité (parité à l’exécution)"
        : "la part de l’État due à chaque action est la moitié de la dépense conjointe de l’État et de la collectivité, arrondie au centime inférieur, dans la limite de son engagement";
  const proposals: string[] = [];
  if (s.balance > 0) proposals.push(`de verser à la collectivité le solde de ${euros(s.balance)} au titre de ${s.year}`);
  if (s.recovered > 0) proposals.push(`d’émettre un titre de perception de ${euros(s.recovered)} au titre du trop-perçu de ${s.year}`);
  if (s.carriedOver > 0) proposals.push(`de reporter ${euros(s.carriedOver)} sur les crédits de ${s.year + 1}, en déduction de l’avance`);
  if (s.waived > 0) proposals.push(`de laisser à la collectivité ${euros(s.waived)} non dépensés, le contrat ne prévoyant pas de reversement`);
  if (proposals.length === 0) proposals.push(`de constater que les versements de ${s.year} correspondent exactement à la part due`);
  return [
    h1("Solde et proposition de décision", { id: "decision" }),
    p(
      `Règles appliquées : ${cap} ; une action abandonnée n’ouvre droit qu’à ce qu’elle a dépensé. ${
        s.rules.parameters.paidBeforeReport === undefined
          ? "Le versement déjà effectué est l’avance de l’année selon l’échéancier du contrat."
          : "Le versement déjà effectué est celui que les services de l’État ont constaté."
      } ${excessRule(s)} Les montants sont exacts au centime.`,
    ),
    table({
      caption: `Calcul du solde ${s.year}`,
      header: ["", "Montant"],
      rows: [
        ["Part de l’État engagée", euros(s.stateCommitted)],
        ["Part de l’État due", euros(s.stateDue)],
        ["Déjà versé", euros(s.paidBeforeReport)],
        ["Solde à verser", euros(s.balance)],
        ["Trop-perçu", euros(s.excess)],
        ["dont à reverser", euros(s.recovered)],
        ["dont reporté", euros(s.carriedOver)],
        ["Engagement non versé (dégagé)", euros(s.released)],
      ],
    }),
    p(`Il est proposé à ${lowerFirst(contract.state.prefetTitle)} :`),
    list(proposals.map((x, k) => `${x}${k === proposals.length - 1 ? "." : " ;"}`)),
  ];
}

/** The other funders of an action in the year: those the contract names, then those only the report names, with what each committed and spent. */
function otherFunders(contract: Contract, actionId: string, year: number, reported: Execution["actions"][number] | undefined): { name: string; committed: number; spent: number }[] {
  const committed = contract.actions.find((x) => x.id === actionId)?.funding[String(year)]?.others ?? [];
  const spent = reported?.spent.others ?? [];
  const names = [...new Set([...committed.map((o) => o.name), ...spent.map((o) => o.name)])];
  return names.map((name) => ({
    name,
    committed: committed.filter((o) => o.name === name).reduce((t, o) => t + o.amount, 0),
    spent: spent.filter((o) => o.name === name).reduce((t, o) => t + o.amount, 0),
  }));
}

function annex(execution: Execution, contract: Contract, s: ExecutionSettlement): Block[] {
  const rows: string[][] = [];
  for (const a of s.byAction) {
    const reported = execution.actions.find((r) => r.id === a.actionId);
    rows.push([a.actionId, "État", euros(a.committed.state), euros(a.spent.state)]);
    rows.push([a.actionId, "Collectivité", euros(a.committed.collectivite), euros(a.spent.collectivite)]);
    for (const o of otherFunders(contract, a.actionId, s.year, reported)) rows.push([a.actionId, o.name, euros(o.committed), euros(o.spent)]);
  }
  const indicators = s.byAction.flatMap((a) => a.indicators.map((i) => [a.actionId, i.label, figure(i.target), figure(i.value)]));
  return [
    h1("Données brutes", { id: "annexe-donnees", label: "Annexe" }),
    table({
      caption: `Montants engagés et dépensés par action et par financeur en ${s.year}`,
      header: ["Action", "Financeur", "Engagé", "Dépensé"],
      rows,
      totals: [["Total", "", euros(s.committed.total), euros(s.spent.total)]],
    }),
    table({ caption: `Valeurs des indicateurs en ${s.year}`, header: ["Action", "Indicateur", "Cible", "Réalisé"], rows: indicators }),
  ];
}

/**
 * A year's execution report as a `@pacte/document` `Document`, for both renderers: a title page;
 * a summary with two charts (committed against spent by axis; spent by axis and funder, stacked),
 * each followed by its data, the key figures (committed, spent, execution rate, the State's due,
 * paid, balance, recovery) and the money by funder; for each axis a table of its actions with
 * committed, spent, rate and the State's due; for each action its status (and the reason of an
 * abandonment), its comment, its indicators against their targets and its money by funder; the
 * balance and the decision proposed to the préfet, with the rules applied; an annex with the raw
 * figures. Deterministic: its only date is the report's (`meta.createdAt`).
 *
 * @example
 * const doc = executionReportToDocument(execution, contract);
 * doc.meta.title //=> "Rapport d’exécution 2024 – Contrat local des solidarités n° CLS-23-2024-001"
 */
export function executionReportToDocument(execution: Execution, contract: Contract, options: ExecutionReportOptions = {}): Document {
  const s = options.settlement ?? settleExecution(execution, contract, options);
  const reported = new Map(execution.actions.map((a) => [a.id, a]));
  const title = `Rapport d’exécution ${execution.year} – ${contract.title} n° ${contract.reference}`;
  return documentOf({
    meta: {
      title,
      subject: `Exécution en ${execution.year} du ${contract.title.charAt(0).toLocaleLowerCase("fr-FR")}${contract.title.slice(1)} n° ${contract.reference}`,
      keywords: ["Pacte des solidarités", "rapport d’exécution", contract.reference, contract.collectivite.name, String(execution.year)],
      authors: [execution.author ?? contract.collectivite.name],
      language: "fr-FR",
      createdAt: execution.date,
      creator: "@pacte/execution",
      customProperties: { reference: contract.reference, year: String(execution.year) },
    },
    body: [
      ...titlePage(execution, contract),
      toc(),
      ...summary(execution, s),
      ...axes(s),
      h1("Actions", { id: "actions" }),
      ...s.byAction.flatMap((a) => actionBlocks(a, reported.get(a.actionId), s.year)),
      ...decision(contract, s),
      ...annex(execution, contract, s),
    ],
  });
}
