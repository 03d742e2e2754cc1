import { type Block, cell, formatPercent, type Inline, inlines, list, type ListItem, p, table } from "@pacte/document";
import { AXES, getAxis } from "@pacte/model";
import { financialSummaryOf } from "../../finance/financial-summary";
import { paymentScheduleOf } from "../../finance/payment-schedule";
import type { Action, Instalment } from "../../input";
import type { ComposeContext } from "./compose-context";
import { ficheHeadingId } from "./ids";
import { formatMonthDay } from "./french";
import { euros, eurosInFull } from "./money";

/** Items ending with « ; » and the last with « . » (the punctuation the user's text ended with is dropped). */
function punctuated(items: readonly (readonly Inline[])[]): ListItem[] {
  return items.map((content, i) => {
    const out = [...content];
    const last = out[out.length - 1];
    if (last?.type === "text") out[out.length - 1] = { ...last, text: last.text.replace(/[\s.;,]+$/u, "") };
    return { content: [...out, { type: "text", text: i === items.length - 1 ? "." : " ;" }] };
  });
}

/** "Axe 1 – Prévenir la pauvreté et lutter contre les inégalités dès l'enfance". */
export function axisLabel(axis: number): string {
  const a = getAxis(axis);
  return a === undefined ? `Axe ${axis}` : `Axe ${axis} – ${a.wording}`;
}

/** "A1.1 – Accueil des jeunes enfants (fiche action A1.1)" with a reference to the fiche when there is one. */
function actionItem(ctx: ComposeContext, action: Action): ListItem {
  const content: Inline[] = inlines(`${action.id} – ${action.title}`);
  if (ctx.annexes.includes("fiches-actions") && ctx.plainRefs) content.push({ type: "text", text: ` (fiche action ${action.id})` });
  else if (ctx.annexes.includes("fiches-actions")) {
    content.push(
      { type: "text", text: " (" },
      { type: "ref", target: ficheHeadingId(action.id), children: [{ type: "text", text: `fiche action ${action.id}` }] },
      { type: "text", text: ")" },
    );
  }
  return { content };
}

function actionsByAxis(ctx: ComposeContext): Block[] {
  const actions = ctx.contract.actions;
  const axes = [...new Set(actions.map((a) => a.axis))].sort((a, b) => a - b);
  if (axes.length === 0) return [];
  return [
    list(
      axes.map((axis) => ({
        content: axisLabel(axis),
        children: { type: "list", ordered: false, items: actions.filter((a) => a.axis === axis).map((a) => actionItem(ctx, a)) },
      })),
    ),
  ];
}

const PART_LABELS = { socle: "Socle d'engagements communs", initiative: "Initiatives locales" } as const;

function actionsByPart(ctx: ComposeContext): Block[] {
  const actions = ctx.contract.actions;
  const groups: { label: string; actions: Action[] }[] = [
    { label: PART_LABELS.socle, actions: actions.filter((a) => a.part === "socle") },
    { label: PART_LABELS.initiative, actions: actions.filter((a) => a.part === "initiative") },
    { label: "Autres actions", actions: actions.filter((a) => a.part === undefined) },
  ].filter((g) => g.actions.length > 0);
  if (groups.length === 0) return [];
  return [
    list(
      groups.map((g) => ({
        content: g.label,
        children: { type: "list", ordered: false, items: g.actions.map((a) => actionItem(ctx, a)) },
      })),
    ),
  ];
}

function fundingByYear(ctx: ComposeContext): Block[] {
  const summary = financialSummaryOf(ctx.totals);
  if (summary.byYear.length === 0) return [];
  const who = ctx.designation.withArticle;
  return [
    {
      type: "list",
      ordered: false,
      items: punctuated(
        summary.byYear.map((y) =>
          inlines(
            `au titre de l'année ${y.year} : ${eurosInFull(y.state.cents)} pour l'État et ${eurosInFull(y.collectivite.cents)} pour ${who}`,
          ),
        ),
      ),
    },
  ];
}

/** How an instalment is paid, mid-sentence. */
export function instalmentCondition(i: Pick<Instalment, "when">): string {
  switch (i.when) {
    case "start-of-year":
      return "en début d'année";
    case "on-signature":
      return "à la signature";
    case "after-report":
      return "après approbation du rapport annuel d'exécution";
    default:
      return `au ${formatMonthDay(i.when)}`;
  }
}

function paymentTable(ctx: ComposeContext): Block[] {
  const schedule = paymentScheduleOf(ctx.contract, ctx.totals);
  if (schedule.years.length === 0) return [];
  const rows = schedule.years.flatMap((y) =>
    y.payments.map((pay) => [
      String(y.year),
      pay.label === undefined ? `Versement ${pay.index + 1}` : pay.label.charAt(0).toLocaleUpperCase("fr-FR") + pay.label.slice(1),
      instalmentCondition(pay),
      cell(formatPercent(pay.percent, undefined, { scale: "percent" }), { align: "right" }),
      cell(euros(pay.amount), { align: "right" }),
    ]),
  );
  return [
    table({
      id: "echeancier-versements",
      caption: "Échéancier des versements de l'État",
      columns: [{ width: { fr: 1 } }, { width: { fr: 1.4 } }, { width: { fr: 3 } }, { width: { fr: 1 }, align: "right" }, { width: { fr: 1.8 }, align: "right" }],
      header: ["Année", "Versement", "Modalité", cell("Part", { align: "right" }), cell("Montant", { align: "right" })],
      rows,
      totals: [cell("Total des versements de l'État", { colSpan: 4, bold: true }), cell(euros(schedule.total), { bold: true, align: "right" })],
    }),
  ];
}

function committeeMembers(ctx: ComposeContext): Block[] {
  const members = ctx.contract.governance.members;
  if (members.length === 0) return [];
  return [
    p({ align: "justify" }, "Sa composition est la suivante :"),
    { type: "list", ordered: false, items: punctuated(members.map((m) => inlines(m))) },
  ];
}

function axesOfPacte(): Block[] {
  return [{ type: "list", ordered: false, items: punctuated(AXES.map((a) => inlines(axisLabel(a.number)))) }];
}

function diagnostic(ctx: ComposeContext): Block[] {
  const paragraphs = ctx.contract.preambule.diagnostic;
  if (paragraphs.length === 0) return [];
  return [
    p({ align: "justify" }, "Le diagnostic territorial partagé par les parties fait apparaître les constats suivants."),
    ...paragraphs.map((t) => p({ align: "justify" }, t)),
  ];
}

function priorities(ctx: ComposeContext): Block[] {
  const items = ctx.contract.preambule.priorities;
  if (items.length === 0) return [];
  return [
    p({ align: "justify" }, "Les parties retiennent les priorités suivantes :"),
    { type: "list", ordered: false, items: punctuated(items.map((t) => inlines(t))) },
  ];
}

/** The blocks of a block slot `{@name}`, or `undefined` for an unknown name. */
export function blockSlot(ctx: ComposeContext, name: string): readonly Block[] | undefined {
  switch (name) {
    case "axes":
      return axesOfPacte();
    case "diagnostic":
      return diagnostic(ctx);
    case "priorities":
      return priorities(ctx);
    case "actionsByAxis":
      return actionsByAxis(ctx);
    case "actionsByPart":
      return actionsByPart(ctx);
    case "fundingByYear":
      return fundingByYear(ctx);
    case "paymentSchedule":
      return paymentTable(ctx);
    case "committeeMembers":
      return committeeMembers(ctx);
    default:
      return undefined;
  }
}
