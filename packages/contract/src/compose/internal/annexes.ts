import { br, cell, formatNumber, inlines, p, table, type Block, type Inline, type TableCell, type TableColumn } from "@pacte/document";
import { financialTableOf } from "../../finance/financial-table";
import type { PartyAmounts } from "../../finance/party-amounts";
import { actionTotals } from "../../finance/totals";
import type { Action, Indicator } from "../../input";
import type { AnnexKind } from "../../profile-data";
import { axisLabel } from "./block-slots";
import type { ComposeContext } from "./compose-context";
import { lowerFirst, oneLine } from "./french";
import { ANNEX_OF_KIND, ficheHeadingId } from "./ids";
import { euros } from "./money";

const ANNEX_TITLES: Readonly<Record<AnnexKind, string>> = {
  "fiches-actions": "Fiches actions",
  "tableau-financier": "Tableau financier pluriannuel",
  indicateurs: "Indicateurs",
};

/** How an action is reinforced, in words. */
export const REINFORCEMENT_LABELS = {
  caseload: "file active plus importante",
  publics: "nouveaux publics",
  zones: "nouvelles zones géographiques",
} as const;

/** The CALPAE parts, in words. */
export const PART_LABELS = { socle: "Socle d'engagements communs", initiative: "Initiative locale" } as const;

/** Text on several lines inside a cell: each item on its own line. */
function lines(items: readonly string[]): Inline[] {
  return items.flatMap((t, i) => (i === 0 ? inlines(t) : [br(), ...inlines(t)]));
}

const amount = (cents: number, bold = false): TableCell => cell(euros(cents), bold ? { align: "right", bold } : { align: "right" });

/** "Action nouvelle", "Action renforcée (nouveaux publics) : jeunes majeurs…". */
export function natureText(action: Action): string {
  if (action.nature === "new") return "Action nouvelle";
  const r = action.reinforcement;
  if (r === undefined) return "Action renforcée";
  const how = `Action renforcée (${REINFORCEMENT_LABELS[r.kind]})`;
  return r.detail === undefined ? how : `${how} : ${lowerFirst(r.detail)}`;
}

function descriptionTable(action: Action): Block {
  const rows: [string, Inline[]][] = [["Axe du Pacte des solidarités", inlines(axisLabel(action.axis))]];
  if (action.part !== undefined) rows.push(["Partie", inlines(PART_LABELS[action.part])]);
  if (action.description !== undefined) rows.push(["Description", inlines(action.description)]);
  if (action.objectives !== undefined && action.objectives.length > 0) rows.push(["Objectifs", lines(action.objectives.map((o) => `– ${o}`))]);
  if (action.publics !== undefined && action.publics.length > 0) rows.push(["Publics", lines(action.publics)]);
  if (action.carrier !== undefined) rows.push(["Porteur", inlines(action.carrier)]);
  if (action.partners !== undefined && action.partners.length > 0) rows.push(["Partenaires", lines(action.partners)]);
  if (action.territory !== undefined) rows.push(["Territoire", inlines(action.territory)]);
  rows.push(["Nature", inlines(natureText(action))]);
  if (action.referentiel !== undefined) rows.push(["Référentiel", inlines(action.referentiel)]);
  return table({
    columns: [{ width: { fr: 1 } }, { width: { fr: 3 } }],
    rows: rows.map(([label, content]) => [cell(label, { bold: true }), { content }]),
  });
}

function indicatorValue(n: number | undefined): string {
  return n === undefined ? "—" : formatNumber(n);
}

function baselineText(i: Indicator): string {
  if (i.baseline === undefined) return "—";
  return i.baselineYear === undefined ? formatNumber(i.baseline) : `${formatNumber(i.baseline)} (${i.baselineYear})`;
}

function indicatorColumns(years: readonly number[], leading: readonly TableColumn[]): TableColumn[] {
  return [...leading, { width: { fr: 1.2 } }, { width: { fr: 1.1 }, align: "right" }, ...years.map((): TableColumn => ({ width: { fr: 0.9 }, align: "right" }))];
}

function indicatorCells(i: Indicator, years: readonly number[]): (string | TableCell)[] {
  return [
    i.unit,
    cell(baselineText(i), { align: "right" }),
    ...years.map((y) => cell(indicatorValue(i.targets?.[String(y)]), { align: "right" })),
  ];
}

/** The indicators table of an action's fiche. */
export function ficheIndicators(action: Action, years: readonly number[]): Block[] {
  const indicators = action.indicators ?? [];
  if (indicators.length === 0) return [p({ style: "note" }, "Aucun indicateur n'est défini pour cette action.")];
  return [
    table({
      caption: `Indicateurs de l'action ${action.id}`,
      columns: indicatorColumns(years, [{ width: { fr: 3 } }]),
      header: ["Indicateur", "Unité", cell("Référence", { align: "right" }), ...years.map((y) => cell(`Cible ${y}`, { align: "right" }))],
      rows: indicators.map((i) => [i.label, ...indicatorCells(i, years)]),
    }),
  ];
}

function partyRow(label: string, a: PartyAmounts, bold = false): TableCell[] {
  return [cell(label, bold ? { bold } : {}), amount(a.state, bold), amount(a.collectivite, bold), amount(a.others, bold), amount(a.total, bold)];
}

function ficheFunding(ctx: ComposeContext, action: Action): Block[] {
  // The composition's totals hold every action of the contract; an action of another version is totalled here.
  const totals = ctx.totals.byAction.find((a) => a.actionId === action.id) ?? actionTotals(action, ctx.contract.years);
  const blocks: Block[] = [
    table({
      caption: `Financement de l'action ${action.id}`,
      columns: [{ width: { fr: 1 } }, ...[1, 2, 3, 4].map((): TableColumn => ({ width: { fr: 1.5 }, align: "right" }))],
      header: ["Année", cell("État", { align: "right" }), cell(ctx.designation.noun, { align: "right" }), cell("Autres partenaires", { align: "right" }), cell("Total", { align: "right" })],
      rows: totals.byYear.map((y) => partyRow(String(y.year), y.amounts)),
      totals: [partyRow("Total", totals.total, true)],
    }),
  ];
  const partners = new Map<string, { year: number; amount: number }[]>();
  for (const year of ctx.contract.years) {
    for (const o of action.funding[String(year)]?.others ?? []) {
      const list = partners.get(o.name) ?? [];
      list.push({ year, amount: o.amount });
      partners.set(o.name, list);
    }
  }
  if (partners.size > 0) {
    const parts = [...partners].map(([name, list]) => `${name} (${list.map((l) => `${euros(l.amount)} en ${l.year}`).join(", ")})`);
    blocks.push(p({ align: "justify" }, `Apports des autres partenaires : ${parts.join(" ; ")}.`));
  }
  return blocks;
}

/** An action's fiche: its heading (id `fiche-<id>`), description, indicators and funding. */
export function ficheBlocks(ctx: ComposeContext, action: Action): Block[] {
  return [
    { type: "heading", level: 2, id: ficheHeadingId(action.id), label: `Fiche action ${action.id}`, text: oneLine(action.title) },
    descriptionTable(action),
    ...ficheIndicators(action, ctx.contract.years),
    ...ficheFunding(ctx, action),
  ];
}

/** The multi-year financial table: per axis, each action's amounts per party and year, the axis subtotal; then the totals per party and overall. */
export function financialTableBlock(ctx: ComposeContext): Block {
  const t = financialTableOf(ctx.contract, ctx.totals);
  const years = t.years;
  const width = years.length + 2;
  const noun = ctx.designation.noun;
  const yearCells = (byYear: readonly { amounts: PartyAmounts }[], total: PartyAmounts, key: keyof PartyAmounts, bold = false): TableCell[] => [
    ...byYear.map((y) => amount(y.amounts[key], bold)),
    amount(total[key], bold),
  ];
  const rows: TableCell[][] = [];
  for (const section of t.sections) {
    rows.push([cell(axisLabel(section.axis), { colSpan: width, bold: true })]);
    for (const a of section.actions) {
      rows.push([cell(`${a.actionId} – ${oneLine(a.title)}`, { colSpan: width })]);
      rows.push([cell("État"), ...yearCells(a.byYear, a.total, "state")]);
      rows.push([cell(noun), ...yearCells(a.byYear, a.total, "collectivite")]);
      if (a.total.others > 0) rows.push([cell("Autres partenaires"), ...yearCells(a.byYear, a.total, "others")]);
      rows.push([cell(`Total ${a.actionId}`, { bold: true }), ...yearCells(a.byYear, a.total, "total", true)]);
    }
    rows.push([cell(`Sous-total axe ${section.axis}`, { bold: true }), ...yearCells(section.subtotal.byYear, section.subtotal.total, "total", true)]);
  }
  const totals: TableCell[][] = [
    [cell("Total État", { bold: true }), ...yearCells(t.total.byYear, t.total.total, "state", true)],
    [cell(`Total ${noun}`, { bold: true }), ...yearCells(t.total.byYear, t.total.total, "collectivite", true)],
  ];
  if (t.total.total.others > 0) totals.push([cell("Total autres partenaires", { bold: true }), ...yearCells(t.total.byYear, t.total.total, "others", true)]);
  totals.push([cell("Total général", { bold: true }), ...yearCells(t.total.byYear, t.total.total, "total", true)]);
  return table({
    id: "tableau-financier",
    caption: "Financements par action, par financeur et par année",
    columns: [{ width: { fr: 2.4 } }, ...years.map((): TableColumn => ({ width: { fr: 1.3 }, align: "right" })), { width: { fr: 1.4 }, align: "right" }],
    header: [cell("Action et financeur"), ...years.map((y) => cell(String(y), { align: "right" })), cell("Total", { align: "right" })],
    rows,
    totals,
  });
}

function indicatorsTable(ctx: ComposeContext): Block {
  const years = ctx.contract.years;
  const rows: (string | TableCell)[][] = [];
  for (const action of ctx.contract.actions) {
    const indicators = action.indicators ?? [];
    if (indicators.length === 0) {
      rows.push([action.id, cell("Aucun indicateur", { colSpan: 3 + years.length })]);
      continue;
    }
    for (const i of indicators) rows.push([action.id, i.label, ...indicatorCells(i, years)]);
  }
  return table({
    id: "tableau-indicateurs",
    caption: "Indicateurs, valeurs de référence et cibles annuelles",
    columns: indicatorColumns(years, [{ width: { fr: 0.9 } }, { width: { fr: 3 } }]),
    header: ["Action", "Indicateur", "Unité", cell("Référence", { align: "right" }), ...years.map((y) => cell(`Cible ${y}`, { align: "right" }))],
    rows,
  });
}

/** The annexes of the profile, numbered in its order: fiches actions, financial table, indicators. */
export function annexBlocks(ctx: ComposeContext): Block[] {
  const out: Block[] = [];
  ctx.annexes.forEach((kind, i) => {
    out.push({ type: "heading", level: 1, id: ANNEX_OF_KIND[kind], label: `Annexe ${i + 1}`, text: ANNEX_TITLES[kind], pageBreakBefore: true });
    if (kind === "fiches-actions") for (const action of ctx.contract.actions) out.push(...ficheBlocks(ctx, action));
    else if (kind === "tableau-financier") out.push(financialTableBlock(ctx));
    else out.push(indicatorsTable(ctx));
  });
  return out;
}
