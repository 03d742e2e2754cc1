import { br, cell, formatNumber, inlines, p, table, type Block, type Inline, type TableCell, type TableColumn, type TableRowRole } from "@pacte/document";
import { financialTableOf } from "../../finance/financial-table";
import { fundedYears } from "../../finance/funded-years";
import type { PartyAmounts } from "../../finance/party-amounts";
import { actionTotals } from "../../finance/totals";
import type { Action, Indicator } from "../../input";
import type { AnnexKind } from "../../profile-data";
import { axisLabel, partLabel, socleCommitmentOf } from "./block-slots";
import type { ComposeContext } from "./compose-context";
import { joinFrench, lowerFirst, oneLine } from "./french";
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

/** A part of a contract (CALPAE), in words, as one action's fiche says it. */
export const PART_LABELS = Object.freeze({ socle: "Socle d'engagements communs", initiative: "Initiative locale" } as const);

/** Text on several lines inside a cell: each item on its own line. */
function lines(items: readonly string[]): Inline[] {
  return items.flatMap((t, i) => (i === 0 ? inlines(t) : [br(), ...inlines(t)]));
}

/** An amount in a table: « — » for nothing, so that no table commits « 0,00 € » to anyone. */
const amount = (cents: number, bold = false): TableCell => cell(cents === 0 ? "—" : euros(cents), bold ? { align: "right", bold } : { align: "right" });

/** "Action nouvelle", "Action renforcée (nouveaux publics) : jeunes majeurs…". */
export function natureText(action: Action): string {
  if (action.nature === "new") return "Action nouvelle";
  const r = action.reinforcement;
  if (r === undefined) return "Action renforcée";
  const how = `Action renforcée (${REINFORCEMENT_LABELS[r.kind]})`;
  return r.detail === undefined ? how : `${how} : ${lowerFirst(r.detail)}`;
}

function descriptionTable(ctx: ComposeContext, action: Action): Block {
  const rows: [string, Inline[]][] = [];
  if (action.axis !== undefined) rows.push(["Axe du Pacte des solidarités", inlines(axisLabel(action.axis))]);
  if (action.part !== undefined) rows.push(["Partie", inlines(PART_LABELS[action.part])]);
  const commitment = socleCommitmentOf(ctx, action);
  if (commitment !== undefined) rows.push(["Engagement du socle", inlines(commitment.label)]);
  if (action.description !== undefined) rows.push(["Description", inlines(action.description)]);
  if (action.objectives !== undefined && action.objectives.length > 0) rows.push(["Objectifs", lines(action.objectives.map((o) => `– ${o}`))]);
  if (action.publics !== undefined && action.publics.length > 0) rows.push(["Publics", lines(action.publics)]);
  if (action.carrier !== undefined) rows.push(["Porteur", inlines(action.carrier)]);
  if (action.partners !== undefined && action.partners.length > 0) rows.push(["Partenaires", lines(action.partners)]);
  if (action.territory !== undefined) rows.push(["Territoire", inlines(action.territory)]);
  rows.push(["Nature", inlines(natureText(action))]);
  if (action.referentiel !== undefined) rows.push(["Référentiel", inlines(action.referentiel)]);
  if (action.personalData === true) rows.push(["Données personnelles", inlines("Traitement de données à caractère personnel des bénéficiaires")]);
  // A table of labels and values: each label heads its row (TH with Scope Row in the PDF, a row header in the DOCX).
  return table({
    columns: [{ width: { fr: 1 } }, { width: { fr: 3 } }],
    rowHeaders: true,
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
      rows: totals.byYear.filter((y) => y.amounts.total > 0).map((y) => partyRow(String(y.year), y.amounts)),
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
    descriptionTable(ctx, action),
    ...ficheIndicators(action, ctx.contract.years),
    ...ficheFunding(ctx, action),
  ];
}

/** The section heading of the financial table: the Pacte axis, or the part (socle, initiatives). */
function sectionLabel(ctx: ComposeContext, section: { readonly axis?: number | undefined; readonly part?: "socle" | "initiative" | undefined }): string {
  if (section.axis !== undefined) return axisLabel(section.axis);
  if (section.part !== undefined) return partLabel(ctx, section.part);
  return "Autres actions";
}

/**
 * The multi-year financial table: per section (Pacte axis, or part), each action's amounts per
 * party and funded year, the section subtotal; then the totals per party and overall. Years
 * without any money are not columns (a note says they are set by avenant), and an empty cell
 * reads « — ».
 */
export function financialTableBlocks(ctx: ComposeContext): Block[] {
  const t = financialTableOf(ctx.contract, ctx.totals);
  const { funded, unfunded } = fundedYears(ctx.totals);
  const keep = t.years.map((y) => funded.includes(y));
  const years = t.years.filter((_, k) => keep[k]);
  const width = years.length + 2;
  const noun = ctx.designation.noun;
  const yearCells = (byYear: readonly { amounts: PartyAmounts }[], total: PartyAmounts, key: keyof PartyAmounts, bold = false): TableCell[] => [
    ...byYear.filter((_, k) => keep[k]).map((y) => amount(y.amounts[key], bold)),
    amount(total[key], bold),
  ];
  // Each action's rows move as one block (its title and its parties stay with the row after them,
  // its total with the row before it), a section's label stays with its first action, its
  // subtotal with its last: no page starts with a total parted from its rows.
  const rows: TableCell[][] = [];
  const rowRoles: TableRowRole[] = [];
  const push = (role: TableRowRole, row: TableCell[]): void => {
    rows.push(row);
    rowRoles.push(role);
  };
  for (const section of t.sections) {
    const label = sectionLabel(ctx, section);
    push("group", [cell(label, { colSpan: width, bold: true })]);
    for (const a of section.actions) {
      push("group", [cell(`${a.actionId} – ${oneLine(a.title)}`, { colSpan: width })]);
      push("group", [cell("État"), ...yearCells(a.byYear, a.total, "state")]);
      push("group", [cell(noun), ...yearCells(a.byYear, a.total, "collectivite")]);
      if (a.total.others > 0) push("group", [cell("Autres partenaires"), ...yearCells(a.byYear, a.total, "others")]);
      push("subtotal", [cell(`Total ${a.actionId}`, { bold: true }), ...yearCells(a.byYear, a.total, "total", true)]);
    }
    const short = section.axis !== undefined ? `axe ${section.axis}` : lowerFirst(label);
    push("subtotal", [cell(`Sous-total ${short}`, { bold: true }), ...yearCells(section.subtotal.byYear, section.subtotal.total, "total", true)]);
  }
  const totals: TableCell[][] = [
    [cell("Total État", { bold: true }), ...yearCells(t.total.byYear, t.total.total, "state", true)],
    [cell(`Total ${noun}`, { bold: true }), ...yearCells(t.total.byYear, t.total.total, "collectivite", true)],
  ];
  if (t.total.total.others > 0) totals.push([cell("Total autres partenaires", { bold: true }), ...yearCells(t.total.byYear, t.total.total, "others", true)]);
  totals.push([cell("Total général", { bold: true }), ...yearCells(t.total.byYear, t.total.total, "total", true)]);
  const out: Block[] = [
    table({
      id: "tableau-financier",
      caption: "Financements par action, par financeur et par année",
      columns: [{ width: { fr: 2.4 } }, ...years.map((): TableColumn => ({ width: { fr: 1.3 }, align: "right" })), { width: { fr: 1.4 }, align: "right" }],
      header: [cell("Action et financeur"), ...years.map((y) => cell(String(y), { align: "right" })), cell("Total", { align: "right" })],
      rows,
      rowRoles,
      totals,
    }),
  ];
  if (unfunded.length > 0) {
    const which = unfunded.length === 1 ? `de l'année ${unfunded[0]}` : `des années ${joinFrench(unfunded.map(String))}`;
    out.push(p({ style: "note" }, `Les montants ${which} sont fixés par avenant.`));
  }
  return out;
}

/** The national indicators of the socle commitments the contract's actions serve (profiles with a socle). */
function nationalIndicatorsTable(ctx: ComposeContext): Block[] {
  const used = new Map<string, string[]>();
  for (const a of ctx.contract.actions) if (a.part === "socle" && a.socle !== undefined) used.set(a.socle, [...(used.get(a.socle) ?? []), a.id]);
  const commitments = (ctx.contract.profile.parts?.socle ?? []).filter((c) => used.has(c.id) && c.indicators.length > 0);
  if (commitments.length === 0) return [];
  return [
    table({
      id: "tableau-indicateurs-nationaux",
      caption: "Indicateurs nationaux du socle",
      columns: [{ width: { fr: 2.2 } }, { width: { fr: 3 } }, { width: { fr: 0.8 } }, { width: { fr: 1.2 } }],
      header: ["Engagement du socle", "Indicateur national", "Unité", "Actions"],
      rows: commitments.flatMap((c) => c.indicators.map((i) => [c.label, i.label, i.unit, joinFrench(used.get(c.id) ?? [])])),
    }),
  ];
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
    else if (kind === "tableau-financier") out.push(...financialTableBlocks(ctx));
    else out.push(...nationalIndicatorsTable(ctx), indicatorsTable(ctx));
  });
  return out;
}
