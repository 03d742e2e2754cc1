import { type Block, cell, type Document, formatDate, formatPercent, type Heading, type Image, type Inline, inlines, type ListItem, p, table, type TableCell, withFrenchTypography } from "@pacte/document";
import { deliberationBodyOf } from "../internal/deliberation-body";
import { DRAFT_MARK, draftMarks, type DraftOptions } from "./draft-marks";
import { assertFinalVersion } from "./final-version";
import { AMENDMENT_CLAUSES } from "../clauses/amendment-clauses";
import { fillSlots, type ClauseValues } from "../clauses/fill-slots";
import type { Amendment } from "../amend/amendment";
import { dueAdjustments } from "../amend/due-adjustments";
import type { ActionFieldChange, FundingChange, FundingParty } from "../amend/contract-change";
import type { Action } from "../input";
import { ficheBlocks, ficheIndicators, natureText, PART_LABELS, REINFORCEMENT_LABELS } from "./internal/annexes";
import { articleBody, articleTitle } from "./internal/articles";
import { axisLabel, partLabel } from "./internal/block-slots";
import { changedArticles } from "./internal/changed-articles";
import { composeContext, type ComposeContext } from "./internal/compose-context";
import { collectiviteWithArticle, deliberationText, oneLine, upperFirst, withDe } from "./internal/french";
import { RUNNING_TITLE_MAX, runningTitle } from "./internal/running-title";
import { identitiesBlock, partiesBlocks, preambuleBlocks, signatureBlocks } from "./internal/front-matter";
import { ficheHeadingId } from "./internal/ids";
import { euros } from "./internal/money";

/**
 * Options of {@link amendmentToDocument}.
 *
 * @example
 * const options: AmendmentToDocumentOptions = { includeFooter: false };
 */
export interface AmendmentToDocumentOptions extends DraftOptions {
  /** A footer with the avenant's title and « Page X sur Y » (default `true`). */
  readonly includeFooter?: boolean | undefined;
  /** A logo for the issuer mark, supplied by a team entitled to use it (none is shipped). */
  readonly logo?: Image | Omit<Image, "type"> | undefined;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  axis: "Axe du Pacte des solidarités",
  title: "Intitulé",
  description: "Description",
  objectives: "Objectifs",
  publics: "Publics",
  carrier: "Porteur",
  partners: "Partenaires",
  territory: "Territoire",
  nature: "Nature",
  reinforcement: "Renforcement",
  referentiel: "Référentiel",
  part: "Partie",
  socle: "Engagement du socle",
  personalData: "Données personnelles",
  indicators: "Indicateurs",
};

const quoted = (s: string): string => `« ${oneLine(s)} »`;

/** Where an added action belongs, mid-sentence: « au titre de l'axe 1 – … », « au titre du socle d'engagements communs ». */
function groupOf(ctx: ComposeContext, action: Action): string {
  if (action.axis !== undefined) return `au titre de l'${axisLabel(action.axis).replace(/^Axe/u, "axe")}`;
  if (action.part !== undefined) return `au titre ${withDe(partLabel(ctx, action.part))}`;
  return "au titre des actions du contrat";
}

/** The deliberation that empowers the executive to sign the avenant, its body named as the reference data names it. */
function avenantDeliberationText(c: Amendment["revised"], d: NonNullable<Amendment["deliberation"]>): string {
  const holder = c.collectivite.code ?? c.collectivite.siren ?? "";
  return deliberationText(d, deliberationBodyOf(holder, d)?.withDe);
}

function valueText(field: string, value: unknown): string {
  if (field === "axis" && typeof value === "number") return quoted(axisLabel(value));
  if (field === "personalData") return quoted(value === true ? "traitement de données à caractère personnel" : "sans traitement de données à caractère personnel");
  if (field === "nature") return quoted(value === "new" ? "action nouvelle" : "action renforcée");
  if (field === "part" && (value === "socle" || value === "initiative")) return quoted(PART_LABELS[value]);
  if (field === "reinforcement" && typeof value === "object" && value !== null) {
    const r = value as { kind: keyof typeof REINFORCEMENT_LABELS; detail?: string | undefined };
    return quoted(r.detail === undefined ? REINFORCEMENT_LABELS[r.kind] : `${REINFORCEMENT_LABELS[r.kind]} : ${r.detail}`);
  }
  if (Array.isArray(value)) return value.map((v) => quoted(String(v))).join(" ; ");
  return quoted(String(value));
}

/** One line of a fiche's modification: « Porteur : « A » devient « B » ». */
function fieldStatement(change: ActionFieldChange): string {
  const label = FIELD_LABELS[change.field] ?? change.field;
  if (change.field === "indicators") return `${label} : la rubrique est remplacée par le tableau ci-après`;
  if (change.before === undefined) return `${label} : la rubrique est ajoutée : ${valueText(change.field, change.after)}`;
  if (change.after === undefined) return `${label} : la rubrique ${valueText(change.field, change.before)} est supprimée`;
  if (Array.isArray(change.after)) return `${label} : la rubrique est remplacée par : ${valueText(change.field, change.after)}`;
  return `${label} : ${valueText(change.field, change.before)} devient ${valueText(change.field, change.after)}`;
}

function items(lines: readonly (readonly Inline[])[]): ListItem[] {
  return lines.map((content, i) => ({ content: [...content, { type: "text", text: i === lines.length - 1 ? "." : " ;" }] }));
}

function partyLabel(ctx: ComposeContext, party: FundingParty, partner: string | undefined): string {
  return party === "state" ? "État" : party === "collectivite" ? ctx.designation.noun : (partner ?? "Autre partenaire");
}

/** An amount of an avenant's tables: « — » for nothing, never « 0,00 € ». */
const amountText = (cents: number): string => (cents === 0 ? "—" : euros(cents));

/** The rows « action, year, funder, old, new » of the amounts of an action that appears in one version only. */
function wholeActionRows(ctx: ComposeContext, action: Action, side: "added" | "removed"): TableCell[][] {
  const rows: TableCell[][] = [];
  for (const year of Object.keys(action.funding).map(Number).sort((a, b) => a - b)) {
    const f = action.funding[String(year)];
    if (f === undefined) continue;
    const amounts: [string, number][] = [
      ["État", f.state],
      [ctx.designation.noun, f.collectivite],
      ...(f.others ?? []).map((o): [string, number] => [o.name, o.amount]),
    ];
    for (const [who, amount] of amounts) {
      if (amount === 0) continue;
      const before = side === "added" ? "—" : euros(amount);
      const after = side === "added" ? euros(amount) : "—";
      rows.push([cell(action.id), cell(String(year)), cell(who), cell(before, { align: "right" }), cell(after, { align: "right" })]);
    }
  }
  return rows;
}

function fundingTable(ctx: ComposeContext, amendment: Amendment): Block | undefined {
  const rows: TableCell[][] = [];
  for (const c of amendment.changes) {
    if (c.kind === "funding") {
      rows.push([
        cell(c.actionId),
        cell(String(c.year)),
        cell(partyLabel(ctx, c.party, c.partner)),
        cell(amountText(c.before), { align: "right" }),
        cell(amountText(c.after), { align: "right" }),
      ]);
    } else if (c.kind === "action-added") rows.push(...wholeActionRows(ctx, c.action, "added"));
    else if (c.kind === "action-removed") rows.push(...wholeActionRows(ctx, c.action, "removed"));
  }
  if (rows.length === 0) return undefined;
  return table({
    id: "avenant-montants",
    caption: "Montants modifiés du tableau financier pluriannuel",
    columns: [{ width: { fr: 1 } }, { width: { fr: 0.8 } }, { width: { fr: 1.8 } }, { width: { fr: 1.6 }, align: "right" }, { width: { fr: 1.6 }, align: "right" }],
    header: ["Action", "Année", "Financeur", cell("Montant initial", { align: "right" }), cell("Nouveau montant", { align: "right" })],
    rows,
  });
}

function totalsTable(baseCtx: ComposeContext, ctx: ComposeContext): Block | undefined {
  const a = baseCtx.totals;
  const b = ctx.totals;
  const years = [...new Set([...a.years, ...b.years])].sort((x, y) => x - y);
  const parties = [
    ["state", "État"],
    ["collectivite", ctx.designation.noun],
    ["others", "Autres partenaires"],
    ["total", "Ensemble des financeurs"],
  ] as const;
  const rows: TableCell[][] = [];
  const push = (label: string, before: number, after: number, who: string): void => {
    if (before !== after) rows.push([cell(label), cell(who), cell(amountText(before), { align: "right" }), cell(amountText(after), { align: "right" })]);
  };
  for (const year of years) {
    const ya = a.byYear.find((y) => y.year === year)?.amounts;
    const yb = b.byYear.find((y) => y.year === year)?.amounts;
    for (const [key, who] of parties) push(String(year), ya?.[key] ?? 0, yb?.[key] ?? 0, who);
  }
  for (const [key, who] of parties) push("Durée du contrat", a.total[key], b.total[key], who);
  if (rows.length === 0) return undefined;
  return table({
    id: "avenant-totaux",
    caption: "Totaux modifiés",
    columns: [{ width: { fr: 1.4 } }, { width: { fr: 2 } }, { width: { fr: 1.6 }, align: "right" }, { width: { fr: 1.6 }, align: "right" }],
    header: ["Année", "Financeur", cell("Total initial", { align: "right" }), cell("Nouveau total", { align: "right" })],
    rows,
  });
}

/** The avenant's slot values: the revised contract's, its signature date from the base, and the amendment's own. */
function amendmentValues(ctx: ComposeContext, amendment: Amendment): ClauseValues {
  const n = amendment.number;
  return {
    ...ctx.values,
    "signature.date": formatDate(amendment.base.signature.date),
    "amendment.number": String(n),
    "amendment.date": formatDate(amendment.date),
    "amendment.previous": n === 2 ? "l'avenant n° 1" : n > 2 ? `les avenants n° 1 à ${n - 1}` : "",
  };
}

/** The deliberation that empowers the executive to sign the avenant: the terms', else the revised contract's when it is new. */
function avenantDeliberation(amendment: Amendment): Amendment["deliberation"] {
  if (amendment.deliberation !== undefined) return amendment.deliberation;
  const a = amendment.base.collectivite.deliberation;
  const b = amendment.revised.collectivite.deliberation;
  return a.number === b.number && a.date === b.date ? undefined : b;
}

/**
 * Composes an *avenant* into a Document: « Avenant n° N au contrat local des solidarités n° … »,
 * the parties, the visas (the contract, the previous avenants, the deliberation that empowers the
 * executive when there is one), then numbered articles: its object and reasons; each article of
 * the contract whose text changes, replaced in full (amounts in words and figures, schedule…);
 * the actions removed and added (with their fiche in the avenant's annex); each fiche modified,
 * field by field (« Porteur : « A » devient « B » »); the rows of the financial table whose
 * amounts change, old → new, and the totals that change; the clause that every other
 * stipulation is unchanged; its entry into force; « Fait à … » and the signature blocks (same
 * field ids as the contract). Nothing else of the contract is restated. `meta.createdAt` is the
 * avenant's date.
 *
 * @example
 * const doc = amendmentToDocument(amendment);
 * documentPlainText(doc)[3] //=> "Avenant n° 1"
 */
export function amendmentToDocument(amendment: Amendment, options: AmendmentToDocumentOptions = {}): Document {
  // The avenant's own words (its terms) and the revised contract it states, as an input holds them.
  const { base: _base, revised, changes: _changes, ...terms } = amendment;
  assertFinalVersion({ ...terms, revised: revised.input }, options);
  const ctx = composeContext(amendment.revised, { plainRefs: true });
  const baseCtx = composeContext(amendment.base, { plainRefs: true });
  const values = amendmentValues(ctx, amendment);
  const fill = (template: string): string => fillSlots(template, values);
  const c = amendment.revised;
  const deliberation = avenantDeliberation(amendment);
  const body: Block[] = [
    identitiesBlock(ctx, options.logo),
    p({ style: "title", align: "center" }, `Avenant n° ${amendment.number}`),
    p({ style: "subtitle", align: "center" }, `${ctx.names.withA} n° ${c.reference}`),
    p({ align: "center" }, `entre l'État et ${collectiviteWithArticle(oneLine(c.collectivite.name))}`),
    ...partiesBlocks(ctx, deliberation === undefined ? null : avenantDeliberationText(c, deliberation)),
  ];
  const visas = [fill(AMENDMENT_CLAUSES.contractVisa)];
  if (amendment.number > 1) visas.push(fill(AMENDMENT_CLAUSES.previousVisa));
  if (deliberation !== undefined) {
    visas.push(fillSlots(AMENDMENT_CLAUSES.deliberationVisa, { ...values, "deliberation.designation": avenantDeliberationText(c, deliberation) }));
  }
  for (const v of visas) body.push({ type: "paragraph", style: "quote", align: "justify", content: inlines(`${v} ;`) });
  body.push(p({ align: "justify" }, "Il est convenu ce qui suit :"));

  let number = 0;
  const article = (text: string): Heading => {
    number += 1;
    return { type: "heading", level: 1, id: `art-${number}`, label: `Article ${number}`, text };
  };
  const refArticle = (id: string): string => baseCtx.refs.get(id)?.text ?? "article";
  const refAnnex = (id: string): string => baseCtx.refs.get(id)?.text ?? "annexe";

  body.push(article("Objet"), p({ align: "justify" }, fill(AMENDMENT_CLAUSES.objet)));
  if (amendment.reasons.length > 0) {
    body.push(p({ align: "justify" }, AMENDMENT_CLAUSES.reasons), { type: "list", ordered: false, items: items(amendment.reasons.map((r) => inlines(r))) });
  }

  const changed = changedArticles(amendment.base, amendment.revised);
  if (changed.preambule) {
    body.push(article("Modification du préambule"), p({ align: "justify" }, `Le préambule ${ctx.names.withDe} est remplacé par les stipulations suivantes :`));
    body.push(...preambuleBlocks(ctx).slice(1, -1));
  }
  for (const { clause, number: n } of changed.articles) {
    body.push(
      article(`Modification de l'article ${n}`),
      p({ align: "justify" }, `L'article ${n} ${ctx.names.withDe}, intitulé « ${oneLine(articleTitle(ctx, clause))} », est remplacé par les stipulations suivantes :`),
      ...articleBody(ctx, clause),
    );
  }

  const removed = amendment.changes.filter((x) => x.kind === "action-removed");
  if (removed.length > 0) {
    body.push(article(removed.length === 1 ? "Suppression d'une action" : "Suppression d'actions"));
    body.push(
      p({ align: "justify" }, `Les actions suivantes sont retirées de l'${refArticle("actions")} ${ctx.names.withDe} ; leurs fiches sont retirées de l'${refAnnex("annexe-fiches")} et leurs financements du tableau financier pluriannuel :`),
      { type: "list", ordered: false, items: items(removed.map((x) => inlines(`${x.actionId} – ${oneLine(x.action.title)}`))) },
    );
  }
  const added = amendment.changes.filter((x) => x.kind === "action-added");
  if (added.length > 0) {
    body.push(article(added.length === 1 ? "Ajout d'une action" : "Ajout d'actions"));
    body.push(
      p(
        { align: "justify" },
        added.length === 1
          ? `L'${refArticle("actions")} ${ctx.names.withDe} est complété par l'action suivante, dont la fiche, jointe en annexe au présent avenant, est ajoutée à l'${refAnnex("annexe-fiches")} :`
          : `L'${refArticle("actions")} ${ctx.names.withDe} est complété par les actions suivantes, dont les fiches, jointes en annexe au présent avenant, sont ajoutées à l'${refAnnex("annexe-fiches")} :`,
      ),
      {
        type: "list",
        ordered: false,
        items: items(
          added.map((x) => [
            ...inlines(`${x.actionId} – ${oneLine(x.action.title)}, ${groupOf(ctx, x.action)} (`),
            { type: "ref", target: ficheHeadingId(x.actionId), children: [{ type: "text", text: `fiche action ${x.actionId}` }] },
            { type: "text", text: ")" },
          ]),
        ),
      },
    );
    if (added.some((x) => (x.action.indicators ?? []).length > 0)) {
      body.push(p({ align: "justify" }, `L'${refAnnex("annexe-indicateurs")} est complétée par les indicateurs figurant dans ${added.length === 1 ? "cette fiche" : "ces fiches"}.`));
    }
  }

  const fieldChanges = amendment.changes.filter((x) => x.kind === "action-field");
  const modifiedIds = [...new Set(fieldChanges.map((x) => x.actionId))];
  if (modifiedIds.length > 0) {
    body.push(article(modifiedIds.length === 1 ? "Modification d'une fiche action" : "Modification de fiches actions"));
    for (const id of modifiedIds) {
      const action = c.actions.find((a) => a.id === id);
      const mine = fieldChanges.filter((x) => x.actionId === id);
      body.push(
        p({ align: "justify" }, `La fiche action ${id} « ${oneLine(action?.title ?? id)} » de l'${refAnnex("annexe-fiches")} est modifiée comme suit :`),
        { type: "list", ordered: false, items: items(mine.map((x) => inlines(fieldStatement(x)))) },
      );
      if (action !== undefined && mine.some((x) => x.field === "indicators")) {
        body.push(...ficheIndicators(action, c.years));
        body.push(p({ align: "justify" }, `L'${refAnnex("annexe-indicateurs")} est modifiée en conséquence.`));
      }
      if (action !== undefined && mine.some((x) => x.field === "nature" || x.field === "reinforcement")) {
        body.push(p({ align: "justify" }, `La rubrique « Nature » de la fiche se lit désormais : ${quoted(natureText(action))}.`));
      }
    }
  }

  const amounts = fundingTable(ctx, amendment);
  if (amounts !== undefined) {
    body.push(
      article("Modification du tableau financier pluriannuel"),
      p({ align: "justify" }, `Le tableau financier pluriannuel figurant à l'${refAnnex("annexe-financier")} ${ctx.names.withDe} est modifié comme suit :`),
      amounts,
    );
    const totals = totalsTable(baseCtx, ctx);
    if (totals === undefined) body.push(p({ align: "justify" }, "Ces modifications laissent inchangés les totaux par année et par financeur."));
    else body.push(p({ align: "justify" }, "Les totaux du tableau sont modifiés en conséquence :"), totals);
  }

  body.push(article("Autres stipulations"), p({ align: "justify" }, fill(AMENDMENT_CLAUSES.unchanged)));
  body.push(article("Entrée en vigueur"), p({ align: "justify" }, fill(AMENDMENT_CLAUSES.effect)));
  // An instalment already due on the avenant's date is not paid « au 1er janvier » again: its complement (or excess) is settled now.
  for (const due of dueAdjustments(amendment)) {
    const label = `${due.payment.label ?? "versement"} de ${formatPercent(due.payment.percent, undefined, { scale: "percent" })}`;
    const slots = { ...values, "payment.year": String(due.payment.year), "payment.label": label, "payment.difference": euros(Math.abs(due.difference)) };
    body.push(p({ align: "justify" }, fillSlots(due.difference > 0 ? AMENDMENT_CLAUSES.dueComplement : AMENDMENT_CLAUSES.dueDeduction, slots)));
  }
  const place = amendment.place ?? c.signature.place;
  const formula = fillSlots(c.signature.mode === "electronic" ? c.profile.phrases.signatureElectronic : c.profile.phrases.signaturePaper, {
    ...values,
    "contract.Present": "Le présent avenant",
    "contract.present": "le présent avenant",
    "contract.signed": "signé",
    "signature.place": place,
    "signature.date": formatDate(amendment.date),
  });
  body.push(signatureBlocks(ctx, formula));

  if (added.length > 0) {
    body.push({ type: "heading", level: 1, id: "annexe-fiches-ajoutees", label: "Annexe", text: added.length === 1 ? "Fiche de l'action ajoutée" : "Fiches des actions ajoutées", pageBreakBefore: true });
    for (const x of added) body.push(...ficheBlocks(ctx, x.action));
  }

  const title = `${fill(AMENDMENT_CLAUSES.title)} – ${oneLine(c.collectivite.name)}`;
  const doc: Document = {
    meta: {
      title,
      subject: `${upperFirst(`avenant n° ${amendment.number}`)} ${ctx.names.withA} n° ${c.reference} entre l'État et ${collectiviteWithArticle(oneLine(c.collectivite.name))}`,
      keywords: [...c.profile.keywords, "avenant", oneLine(c.title), oneLine(c.collectivite.name), c.reference],
      authors: [upperFirst(c.state.prefetQuality), oneLine(c.collectivite.name)],
      language: "fr-FR",
      createdAt: options.draft === true && options.draftDate !== undefined ? options.draftDate : amendment.date,
      creator: "@pacte/contract",
      customProperties: { reference: c.reference, amendment: String(amendment.number), profile: c.profile.id },
    },
    body,
  };
  if (options.includeFooter !== false) {
    doc.footer = {
      left: [{ type: "text", text: `Avenant n° ${amendment.number} – ${runningTitle(c.title, RUNNING_TITLE_MAX)} n° ${c.reference}` }],
      right: [
        { type: "text", text: "Page " },
        { type: "field", field: "pageNumber" },
        { type: "text", text: " sur " },
        { type: "field", field: "pageCount" },
      ],
    };
  }
  const draft = draftMarks(options, doc.footer);
  if (draft !== undefined) {
    doc.header = draft.header;
    doc.footer = draft.footer;
    doc.meta.title = `${DRAFT_MARK} – ${doc.meta.title}`;
  }
  return withFrenchTypography(doc);
}
