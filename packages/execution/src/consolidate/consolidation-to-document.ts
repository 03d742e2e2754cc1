import { documentOf, formatDate, h1, p, pageBreak, table, toc, type Block, type Document } from "@pacte/document";
import { IsoDateSchema } from "@pacte/model";
import { axisTitle, committedSpentChart, euros, figure, share, spentByFunderChart } from "../compose/internal/figures";
import { collectiviteKindLabel } from "./collectivite-kind-label";
import type { ConsolidatedAmounts, Consolidation } from "./consolidate";

/**
 * Options of {@link consolidationToDocument}: the document's date (`createdAt`, required — there
 * is no hidden clock) and, optionally, its title and author.
 *
 * @example
 * const options: ConsolidationDocumentOptions = { createdAt: "2026-09-15", author: "DGCS" };
 */
export interface ConsolidationDocumentOptions {
  readonly createdAt: string;
  readonly title?: string | undefined;
  readonly author?: string | undefined;
}

const MONEY_HEADER = ["Engagé", "Dépensé", "Taux", "Part de l’État due"] as const;
const money = (a: Pick<ConsolidatedAmounts, "committed" | "spent" | "stateDue">): string[] => [euros(a.committed.total), euros(a.spent.total), share(a.spent.total, a.committed.total), euros(a.stateDue)];

function yearsText(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return "aucune année";
  return first === last ? `année ${first}` : `années ${first} à ${last}`;
}

function summary(c: Consolidation): Block[] {
  const t = c.total;
  return [
    h1("Synthèse", { id: "synthese" }),
    p(`La consolidation porte sur ${c.contracts} contrat${c.contracts > 1 ? "s" : ""} et ${t.reports} rapport${t.reports > 1 ? "s" : ""} d’exécution (${yearsText(c.years)}).`),
    table({
      caption: "Chiffres clés",
      header: ["", "Montant"],
      rows: [
        ["Engagé, tous financeurs", euros(t.committed.total)],
        ["Dépensé, tous financeurs", euros(t.spent.total)],
        ["Taux d’exécution", share(t.spent.total, t.committed.total)],
        ["Part de l’État engagée", euros(t.committed.state)],
        ["Part de l’État due après application des règles", euros(t.stateDue)],
        ["Déjà versé par l’État avant les rapports", euros(t.paidBeforeReport)],
        ["Soldes à verser", euros(t.balance)],
        ["Trop-perçus à reverser", euros(t.recovered)],
        ["Trop-perçus reportés", euros(t.carriedOver)],
        ["Trop-perçus laissés aux collectivités", euros(t.waived)],
        ["Engagements non versés (dégagés)", euros(t.released)],
      ],
    }),
  ];
}

function byYear(c: Consolidation): Block[] {
  return [
    h1("Par année", { id: "annees" }),
    committedSpentChart("Engagé et dépensé par année", "Année", c.byYear.map((y) => ({ label: String(y.year), amounts: y }))),
    table({
      caption: "Engagé et dépensé par année",
      header: ["Année", "Rapports", ...MONEY_HEADER, "Soldes à verser", "À reverser"],
      rows: c.byYear.map((y) => [String(y.year), String(y.reports), ...money(y), euros(y.balance), euros(y.recovered)]),
      totals: [["Total", String(c.total.reports), ...money(c.total), euros(c.total.balance), euros(c.total.recovered)]],
    }),
  ];
}

function byAxis(c: Consolidation): Block[] {
  return [
    h1("Par axe du Pacte", { id: "axes" }),
    committedSpentChart("Engagé et dépensé par axe", "Axe", c.byAxis.map((a) => ({ label: `Axe ${a.axis}`, amounts: a }))),
    table({
      caption: "Engagé et dépensé par axe",
      header: ["Axe", "Actions", ...MONEY_HEADER],
      rows: c.byAxis.map((a) => [axisTitle(a.axis), String(a.actions), ...money(a)]),
      totals: [["Total", String(c.byAxis.reduce((n, a) => n + a.actions, 0)), ...money(c.total)]],
    }),
    spentByFunderChart("Dépensé par axe et par financeur", "Axe", c.byAxis.map((a) => ({ label: `Axe ${a.axis}`, amounts: a }))),
  ];
}

function byRegion(c: Consolidation): Block[] {
  return [
    h1("Par région", { id: "regions" }),
    table({
      caption: "Engagé et dépensé par région",
      header: ["Région", "Contrats", ...MONEY_HEADER],
      rows: c.byRegion.map((r) => [r.region, String(r.contracts), ...money(r)]),
      totals: [["Total", String(c.contracts), ...money(c.total)]],
    }),
  ];
}

function byKind(c: Consolidation): Block[] {
  return [
    h1("Par type de collectivité", { id: "types" }),
    table({
      caption: "Engagé et dépensé par type de collectivité",
      header: ["Type", "Contrats", ...MONEY_HEADER],
      rows: c.byKind.map((k) => [collectiviteKindLabel(k.kind), String(k.contracts), ...money(k)]),
      totals: [["Total", String(c.contracts), ...money(c.total)]],
    }),
  ];
}

function indicators(c: Consolidation): Block[] {
  return [
    h1("Indicateurs communs", { id: "indicateurs" }),
    p("Les indicateurs qui partagent un code du référentiel (leur identifiant dans les contrats) sont additionnés d’un contrat à l’autre ; les indicateurs propres à un contrat n’y figurent pas."),
    ...indicatorCharts(c),
    ...(c.indicators.length === 0
      ? [p("Aucun indicateur des rapports consolidés ne porte de code du référentiel.")]
      : [
          table({
            caption: "Indicateurs communs, cibles et résultats additionnés",
            header: ["Code", "Indicateur", "Unité", "Année", "Rapports", "Cible", "Réalisé", "Taux"],
            rows: c.indicators.map((i) => [i.code, i.label, i.unit, String(i.year), String(i.reports), figure(i.target), figure(i.value), share(i.value, i.target)]),
          }),
        ]),
  ];
}

/**
 * One line chart per référentiel code reported in at least two years: the summed targets
 * against the summed results over the years (indicators with a negative figure are left to the
 * table).
 */
function indicatorCharts(c: Consolidation): Block[] {
  const codes = [...new Set(c.indicators.map((i) => i.code))];
  return codes.flatMap((code): Block[] => {
    const rows = c.indicators.filter((i) => i.code === code);
    if (rows.length < 2 || rows.some((i) => i.target < 0 || i.value < 0)) return [];
    const first = rows[0];
    if (first === undefined) return [];
    return [
      {
        type: "chart",
        kind: "line",
        title: `${first.label} (${first.unit}) : cibles et résultats par année`,
        unit: "number",
        categoryLabel: "Année",
        valueLabel: first.unit,
        height: 180,
        categories: rows.map((i) => String(i.year)),
        series: [
          { name: "Cible", values: rows.map((i) => i.target) },
          { name: "Réalisé", values: rows.map((i) => i.value) },
        ],
      },
    ];
  });
}

function byContract(c: Consolidation): Block[] {
  return [
    h1("Par contrat", { id: "annexe-contrats", label: "Annexe" }),
    table({
      caption: "Engagé, dépensé, solde et reversement par contrat, toutes années consolidées",
      header: ["Contrat", "Collectivité", "Rapports", "Engagé", "Dépensé", "Part de l’État due", "Soldes", "À reverser"],
      rows: c.byContract.map((x) => [x.contract, x.collectivite, String(x.reports), euros(x.committed.total), euros(x.spent.total), euros(x.stateDue), euros(x.balance), euros(x.recovered)]),
      totals: [["Total", "", String(c.total.reports), euros(c.total.committed.total), euros(c.total.spent.total), euros(c.total.stateDue), euros(c.total.balance), euros(c.total.recovered)]],
    }),
  ];
}

/**
 * The national consolidation as a `@pacte/document` `Document`, for both renderers: a title
 * page, a table of contents, the key figures, committed against spent by year, by axis, by
 * region and by kind of collectivity (each with its total row, equal to the key figures), the
 * indicators that share a référentiel code, and an annex by contract. Its only date is
 * `options.createdAt`.
 *
 * @throws {Error} when `createdAt` is not an ISO date (`2026-09-15`).
 * @example
 * const doc = consolidationToDocument(consolidation, { createdAt: "2026-09-15" });
 * doc.meta.title //=> "Consolidation nationale des rapports d’exécution – années 2024 à 2025"
 */
export function consolidationToDocument(consolidation: Consolidation, options: ConsolidationDocumentOptions): Document {
  const createdAt = IsoDateSchema.parse(options.createdAt);
  const title = options.title ?? `Consolidation nationale des rapports d’exécution – ${yearsText(consolidation.years)}`;
  return documentOf({
    meta: {
      title,
      subject: "Contrats locaux des solidarités : engagé, dépensé, soldes et reversements",
      keywords: ["Pacte des solidarités", "rapport d’exécution", "consolidation nationale", ...consolidation.years.map(String)],
      authors: [options.author ?? "Pacte des solidarités"],
      language: "fr-FR",
      createdAt,
      creator: "@pacte/execution",
    },
    body: [
      p({ style: "title", align: "center" }, "Consolidation nationale des rapports d’exécution"),
      p({ style: "subtitle", align: "center" }, "Contrats locaux des solidarités"),
      p({ align: "center" }, `${consolidation.contracts} contrats, ${consolidation.total.reports} rapports, ${yearsText(consolidation.years)}`),
      p({ align: "center" }, `Établie le ${formatDate(createdAt)}`),
      ...(options.author === undefined ? [] : [p({ align: "center" }, options.author)]),
      pageBreak(),
      toc(),
      ...summary(consolidation),
      ...byYear(consolidation),
      ...byAxis(consolidation),
      ...byRegion(consolidation),
      ...byKind(consolidation),
      ...indicators(consolidation),
      ...byContract(consolidation),
    ],
  });
}
