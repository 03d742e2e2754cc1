// A long synthetic document shaped like a contrat local des solidarités (~40 pages): title page
// with two identities, table of contents, parties, visas, articles with sub-articles and lists,
// signatures, then annexes — fiches actions with their tables, a multi-year financial table
// with group and subtotal rows, an indicators table. Full of the traps of French line breaking:
// dates, numbered references, amounts, place names.
import { bold, cell, documentOf, h1, h2, identities, list, p, pageBreak, ref, signatures, table, toc, type Block, type Document, type TableRowRole } from "@pacte/document";

const PLACES = ["Pyrénées-Orientales", "Seine-Saint-Denis", "Île-de-France", "Bas-Rhin", "Alpes-de-Haute-Provence", "Saint-Martin-d'Hères"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** A deterministic pick. */
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
const euros = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ")},00 €`;
const date = (i: number): string => `${(i % 28) + 1 === 1 ? "1er" : (i % 28) + 1} ${pick(MONTHS, i)} ${2023 + (i % 4)}`;

/** A sentence full of things that must not break: a date, a reference, an amount, a place. */
export const trapSentence = (i: number): string =>
  `Par délibération du ${date(i)}, le conseil départemental des ${pick(PLACES, i)} a approuvé l'avenant n° ${i + 2} au titre de l'article ${(i % 12) + 1} et de l'annexe ${(i % 3) + 1}, pour un montant de ${euros(12_500 * (i + 3))} versé à compter du ${date(i + 5)} sur l'axe ${(i % 4) + 1}.`;

const filler = (i: number): string =>
  `Les parties conviennent de suivre la mise en œuvre des actions, d'en mesurer les effets et d'adapter les moyens au besoin, dans le respect des objectifs du Pacte des solidarités et des orientations arrêtées en comité de pilotage (${i}).`;

/**
 * The synthetic contract, `articles` articles and `fiches` fiches actions long.
 *
 * @example
 * contractLike().body.length //=> about 300 blocks, about 40 pages
 */
export function contractLike(articles = 32, fiches = 40): Document {
  const body: Block[] = [
    identities({ lines: ["PRÉFÈTE DES PYRÉNÉES-ORIENTALES", "Direction départementale de l'emploi, du travail et des solidarités"], logo: "etat" }, { lines: ["Département des Pyrénées-Orientales"], logo: "collectivite" }),
    p({ style: "title" }, "Contrat local des solidarités"),
    p({ style: "subtitle" }, "2024–2027"),
    p({ align: "center" }, "entre l'État et le Département des Pyrénées-Orientales"),
    p({ align: "center" }, "N° CLS-66-2024-001"),
    p({ align: "center" }, "du 1er janvier 2024 au 31 décembre 2027"),
    toc({ maxLevel: 2 }),
    pageBreak(),
    p(bold("Entre")),
    p({ align: "justify" }, "L'État, représenté par la préfète des Pyrénées-Orientales, Madame Anne Martin, ci-après dénommé « l'État », d'une part,"),
    p(bold("Et")),
    p({ align: "justify" }, "Le Département des Pyrénées-Orientales, SIRET n° 226 600 017 00012, représenté par sa présidente, Mme Claire Dubois, dûment habilitée par la délibération du 15 décembre 2023, d'autre part."),
    ...Array.from({ length: 8 }, (_, i) => p({ style: "quote", align: "justify" }, `Vu ${trapSentence(i)} ;`)),
    h1("Préambule", { id: "preambule" }),
    ...Array.from({ length: 3 }, (_, i) => p({ align: "justify" }, `${filler(i)} ${trapSentence(i + 10)}`)),
  ];
  for (let a = 1; a <= articles; a++) {
    body.push(h1(`Dispositions de l'article ${a}`, { id: `art-${a}`, label: `Article ${a}` }));
    for (let k = 0; k < 1 + (a % 3); k++) body.push(p({ align: "justify" }, `${filler(a * 10 + k)} ${trapSentence(a * 7 + k)} Voir l'`, ref(`art-${(a % articles) + 1}`), "."));
    if (a % 2 === 0) {
      body.push(h2("Engagements", { id: `art-${a}-1`, label: `${a}.1` }));
      body.push(list([trapSentence(a), filler(a), `Versement de ${euros(25_000 * a)} au ${date(a)}`], { ordered: a % 4 === 0 }));
      body.push(p({ align: "justify" }, filler(a + 100)));
    }
  }
  body.push(
    signatures(
      { role: "Pour l'État", quality: "La préfète des Pyrénées-Orientales", name: "Anne Martin", place: "Perpignan", date: "2024-03-01", fieldId: "sig-etat" },
      { role: "Pour le Département des Pyrénées-Orientales", quality: "La présidente du conseil départemental", name: "Claire Dubois", place: "Perpignan", date: "2024-03-12", fieldId: "sig-departement" },
    ),
  );
  body.push(h1("Fiches actions", { id: "annexe-1", label: "Annexe 1", pageBreakBefore: true }));
  for (let f = 1; f <= fiches; f++) {
    const id = `A${(f % 4) + 1}.${f}`;
    body.push(h2(`Accompagnement renforcé des publics, territoire de ${pick(PLACES, f)}`, { id: `fiche-${f}`, label: `Fiche action ${id}` }));
    body.push(
      table({
        columns: [{ width: { fr: 1 } }, { width: { fr: 3 } }],
        rows: [
          [cell("Axe", { bold: true }), `Axe ${(f % 4) + 1} du Pacte des solidarités`],
          [cell("Description", { bold: true }), `${filler(f)} ${trapSentence(f)}`],
          [cell("Publics", { bold: true }), "Jeunes sortant de l'aide sociale à l'enfance ; allocataires du RSA"],
          [cell("Porteur", { bold: true }), `Conseil départemental des ${pick(PLACES, f)}`],
          [cell("Nature", { bold: true }), f % 2 === 0 ? "Action nouvelle" : "Action renforcée (nouveaux publics)"],
        ],
      }),
    );
    body.push(
      table({
        caption: `Financement de l'action ${id}`,
        columns: [{ width: { fr: 1 } }, { width: { fr: 1.5 }, align: "right" }, { width: { fr: 1.5 }, align: "right" }, { width: { fr: 1.5 }, align: "right" }],
        header: [["Année", cell("État", { align: "right" }), cell("Département", { align: "right" }), cell("Total", { align: "right" })]],
        rows: [2024, 2025, 2026, 2027].map((y) => [String(y), euros(10_000 * f), euros(10_000 * f), euros(20_000 * f)]),
        totals: [[cell("Total", { bold: true }), cell(euros(40_000 * f), { bold: true }), cell(euros(40_000 * f), { bold: true }), cell(euros(80_000 * f), { bold: true })]],
      }),
    );
  }
  const rows: (string | ReturnType<typeof cell>)[][] = [];
  const roles: TableRowRole[] = [];
  for (let axis = 1; axis <= 4; axis++) {
    rows.push([cell(`Axe ${axis} – Orientation du Pacte des solidarités`, { colSpan: 6, bold: true })]);
    roles.push("group");
    for (let a = 1; a <= 6; a++) {
      rows.push([cell(`A${axis}.${a} – Action de l'axe ${axis}`, { colSpan: 6 })]);
      roles.push("group");
      for (const who of ["État", "Département"]) {
        rows.push([who, euros(5_000 * a), euros(5_000 * a), euros(5_000 * a), euros(5_000 * a), euros(20_000 * a)]);
        roles.push("row");
      }
      rows.push([cell(`Total A${axis}.${a}`, { bold: true }), ...[1, 2, 3, 4].map(() => cell(euros(10_000 * a), { bold: true })), cell(euros(40_000 * a), { bold: true })]);
      roles.push("subtotal");
    }
  }
  body.push(h1("Tableau financier pluriannuel", { id: "annexe-2", label: "Annexe 2", pageBreakBefore: true }));
  body.push(
    table({
      caption: "Financements par action, par financeur et par année",
      columns: [{ width: { fr: 2.4 } }, ...[1, 2, 3, 4].map(() => ({ width: { fr: 1.3 }, align: "right" as const })), { width: { fr: 1.4 }, align: "right" }],
      header: [["Action et financeur", "2024", "2025", "2026", "2027", "Total"]],
      rows,
      rowRoles: roles,
      totals: [[cell("Total général", { bold: true }), ...[1, 2, 3, 4].map(() => cell(euros(840_000), { bold: true })), cell(euros(3_360_000), { bold: true })]],
    }),
  );
  body.push(h1("Indicateurs", { id: "annexe-3", label: "Annexe 3", pageBreakBefore: true }));
  body.push(
    table({
      columns: [{ width: { fr: 0.9 } }, { width: { fr: 3 } }, { width: { fr: 1.2 } }, { width: { fr: 1.1 }, align: "right" }, { width: { fr: 0.9 }, align: "right" }],
      header: [["Action", "Indicateur", "Unité", "Référence", "Cible 2027"]],
      rows: Array.from({ length: 40 }, (_, i) => [`A${(i % 4) + 1}.${i + 1}`, `Nombre de personnes accompagnées dans le cadre de l'action, ${pick(PLACES, i)}`, "personnes", String(100 + i), String(150 + 2 * i)]),
    }),
  );
  return documentOf({ meta: { title: "Contrat local des solidarités des Pyrénées-Orientales", createdAt: "2024-03-12" }, body });
}
