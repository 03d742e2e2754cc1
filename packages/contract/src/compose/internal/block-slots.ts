import { type Block, cell, formatDate, formatPercent, type Inline, inlines, list, type ListItem, p, table } from "@pacte/document";
import { AXES, getAxis } from "@pacte/model";
import { fundedYears } from "../../finance/funded-years";
import { paymentScheduleOf, reportDueDate, type Payment } from "../../finance/payment-schedule";
import type { Action, Instalment } from "../../input";
import type { ComposeContext } from "./compose-context";
import { ficheHeadingId } from "./ids";
import { formatMonthDay, joinFrench } from "./french";
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
  const axes = [...new Set(actions.map((a) => a.axis).filter((a) => a !== undefined))].sort((a, b) => a - b);
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

/** The label of a part of the contract (socle, initiatives), from the profile. */
export function partLabel(ctx: Pick<ComposeContext, "contract">, part: "socle" | "initiative"): string {
  const labels = ctx.contract.profile.parts?.labels;
  return labels?.[part] ?? (part === "socle" ? "Socle d'engagements communs" : "Initiatives locales");
}

/** The socle commitment an action serves, from the profile, or `undefined`. */
export function socleCommitmentOf(ctx: Pick<ComposeContext, "contract">, action: Action): { readonly label: string; readonly objective: string } | undefined {
  if (action.part !== "socle" || action.socle === undefined) return undefined;
  return ctx.contract.profile.parts?.socle.find((c) => c.id === action.socle);
}

function actionsByPart(ctx: ComposeContext): Block[] {
  const actions = ctx.contract.actions;
  const groups: { label: string; actions: Action[] }[] = [
    { label: partLabel(ctx, "socle"), actions: actions.filter((a) => a.part === "socle") },
    { label: partLabel(ctx, "initiative"), actions: actions.filter((a) => a.part === "initiative") },
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

/** The socle commitments the contract's actions serve, with their objective, in the profile's order. */
function socle(ctx: ComposeContext): Block[] {
  const used = new Set(ctx.contract.actions.filter((a) => a.part === "socle").map((a) => a.socle));
  const commitments = (ctx.contract.profile.parts?.socle ?? []).filter((c) => used.has(c.id));
  if (commitments.length === 0) return [];
  return [
    p({ align: "justify" }, "Les actions du socle mettent en œuvre les engagements communs suivants, dont les indicateurs nationaux figurent en annexe :"),
    { type: "list", ordered: false, items: punctuated(commitments.map((c) => inlines(`${c.label} : ${c.objective}`))) },
  ];
}

/**
 * Each funded year's commitments, in words and figures, naming only the parties that bring money
 * that year, after the sentence that opens the list; nothing when a single year is funded (the
 * article's sentence on the totals already says it).
 */
function fundingByYear(ctx: ComposeContext): Block[] {
  const { funded } = fundedYears(ctx.totals);
  const years = ctx.totals.byYear.filter((y) => funded.includes(y.year));
  if (years.length === 0) return [];
  if (years.length < 2) return [];
  const who = ctx.designation.withArticle;
  return [
    p({ align: "justify" }, "Ces contributions se répartissent par année comme suit :"),
    {
      type: "list",
      ordered: false,
      items: punctuated(
        years.map((y) => {
          const parts = [
            ...(y.amounts.state > 0 ? [`${eurosInFull(y.amounts.state)} pour l'État`] : []),
            ...(y.amounts.collectivite > 0 ? [`${eurosInFull(y.amounts.collectivite)} pour ${who}`] : []),
          ];
          return inlines(`au titre de l'année ${y.year} : ${parts.length > 0 ? joinFrench(parts) : "apports des seuls autres partenaires"}`);
        }),
      ),
    },
  ];
}

/** How an instalment is paid, mid-sentence, as its `when` says (before the signature date is known). */
export function instalmentCondition(i: Pick<Instalment, "when">): string {
  switch (i.when) {
    case "start-of-year":
      return "au début de l'année";
    case "on-signature":
      return "à la signature";
    case "after-report":
      return "après approbation du rapport d'exécution";
    default:
      return `le ${formatMonthDay(i.when)}`;
  }
}

/** What a payment of the schedule waits for, as the table of payments says it. */
export function paymentCondition(ctx: ComposeContext, pay: Payment): string {
  switch (pay.condition) {
    case "signature":
      return "à la signature";
    case "start-of-year":
      return `au début de l'année ${pay.year}`;
    case "report-approval":
      return `après approbation du rapport d'exécution de l'année ${pay.year}`;
    case "date":
      return `le ${formatMonthDay(pay.when)} ${pay.year}`;
  }
}

/** When a payment can be made at the earliest, as the table of payments says it: a day, or the report's deadline. */
export function paymentTerm(ctx: ComposeContext, pay: Payment): string {
  if (pay.condition === "report-approval") return `rapport remis au plus tard le ${formatDate(reportDueDate(ctx.contract, pay.year))}`;
  return `à compter du ${formatDate(pay.due)}`;
}

function paymentTable(ctx: ComposeContext): Block[] {
  const schedule = paymentScheduleOf(ctx.contract, ctx.totals);
  const paid = schedule.years.map((y) => ({ year: y.year, payments: y.payments.filter((pay) => pay.amount > 0) })).filter((y) => y.payments.length > 0);
  if (paid.length === 0) return [];
  const rows = paid.flatMap((y) =>
    y.payments.map((pay) => [
      String(y.year),
      pay.label === undefined ? `Versement ${pay.index + 1}` : pay.label.charAt(0).toLocaleUpperCase("fr-FR") + pay.label.slice(1),
      paymentCondition(ctx, pay),
      paymentTerm(ctx, pay),
      cell(formatPercent(pay.percent, undefined, { scale: "percent" }), { align: "right" }),
      cell(euros(pay.amount), { align: "right" }),
    ]),
  );
  return [
    table({
      id: "echeancier-versements",
      caption: "Échéancier des versements de l'État",
      columns: [
        { width: { fr: 0.8 } },
        { width: { fr: 1.1 } },
        { width: { fr: 2.6 } },
        { width: { fr: 2.4 } },
        { width: { fr: 0.8 }, align: "right" },
        { width: { fr: 1.6 }, align: "right" },
      ],
      header: ["Année", "Versement", "Condition", "Échéance", cell("Part", { align: "right" }), cell("Montant", { align: "right" })],
      rows,
      totals: [cell("Total des versements de l'État", { colSpan: 5, bold: true }), cell(euros(schedule.total), { bold: true, align: "right" })],
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
    case "socle":
      return socle(ctx);
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
