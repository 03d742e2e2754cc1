// A rich sample document for tests, the bench and eyeballing: issuer mark with a logo, title,
// table of contents, visas, justified articles with French typography, lists, references,
// links, superscripts, a financial table and a long annex table over several pages, and two
// signatories side by side.
import {
  bold,
  cell,
  formatEuros,
  h1,
  h2,
  image,
  issuerMark,
  italic,
  keepTogether,
  link,
  list,
  p,
  pageBreak,
  ref,
  signatures,
  sup,
  table,
  toc,
  type Block,
  type Document,
} from "@pacte/document";
import { testPng } from "./png";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

const LOREM = [
  `Le présent contrat local des solidarités traduit, à l’échelle du territoire, les engagements réciproques de l’État et du département pour prévenir la pauvreté dès l’enfance, amplifier l’accès à l’emploi, lutter contre la grande exclusion grâce à l’accès aux droits et construire une transition écologique solidaire${NNBSP}; il s’appuie sur le diagnostic territorial partagé.`,
  `Les parties conviennent de suivre conjointement la mise en œuvre des actions contractualisées, de partager les données nécessaires à l’évaluation et de réunir le comité de pilotage au moins une fois par an${NBSP}: les indicateurs figurent en annexe et les «${NNBSP}fiches actions${NNBSP}» précisent les publics, les zones géographiques et le calendrier.`,
  `Chaque action est cofinancée à parts égales par l’État et la collectivité, sans préjudice des contributions d’autres partenaires (caisse d’allocations familiales, agence régionale de santé, France Travail…)${NNBSP}; les montants sont exprimés en euros, toutes taxes comprises.`,
  `Les crédits non consommés au terme de l’exercice font l’objet d’un reversement ou d’un report, selon les modalités arrêtées d’un commun accord en comité de pilotage et consignées dans un avenant — l’anticonstitutionnellement long mot sert à éprouver la césure.`,
];

const ACTIONS = [
  "Repérage des jeunes sortant de l’aide sociale à l’enfance",
  "Accueil social inconditionnel de proximité",
  "Référent de parcours pour les allocataires du RSA",
  "Maraudes mixtes État–département",
  "Accès aux droits : «\u202FTerritoire zéro non-recours\u202F»",
  "Soutien aux épiceries solidaires",
  "Mobilité solidaire en zone rurale",
  "Prévention des expulsions locatives",
  "Petits-déjeuners à l’école",
  "Formation des travailleurs sociaux",
];

function actionRows(count: number): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const name = ACTIONS[i % ACTIONS.length] ?? "Action";
    const amount = 1_250_000 + ((i * 7_919_37) % 9_000_000);
    rows.push([`${i + 1}`, `${name}${i >= ACTIONS.length ? ` (${Math.floor(i / ACTIONS.length) + 1})` : ""}`, `Axe ${(i % 3) + 1}`, formatEuros(amount), formatEuros(amount)]);
  }
  return rows;
}

function article(n: number, title: string, id: string, paragraphs: number): Block[] {
  const blocks: Block[] = [h2(title, { id, label: `Article ${n}` })];
  for (let k = 0; k < paragraphs; k++) blocks.push(p({ align: "justify" }, LOREM[(n + k) % LOREM.length] ?? ""));
  return blocks;
}

/**
 * The sample: about `annexRows / 30 + 8` pages (8 with the default 120 rows).
 *
 * @example
 * sampleDocument().meta.title //=> "Contrat local des solidarités 2024–2027"
 */
export function sampleDocument(options: { annexRows?: number; articles?: number } = {}): Document {
  const annexRows = options.annexRows ?? 120;
  const articles = options.articles ?? 12;
  const body: Block[] = [
    issuerMark(["PRÉFET DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"], image(testPng(120, 40), { alt: "Logo de la préfecture (exemple)", width: 90 })),
    p({ style: "title" }, "Contrat local des solidarités 2024–2027"),
    p({ style: "subtitle" }, "entre l’État et le département de la Creuse"),
    toc({ maxLevel: 2 }),
    h1("Préambule", { id: "preambule" }),
    p({ style: "quote" }, "Vu le code de l’action sociale et des familles", NNBSP, ";"),
    p({ style: "quote" }, "Vu la délibération du conseil départemental du 12", NBSP, "février 2024", NNBSP, ";"),
    p(
      { align: "justify" },
      "Le ",
      "1",
      sup("er"),
      " janvier 2024, le Pacte des solidarités est entré en vigueur. Il prend la suite de la stratégie nationale de prévention et de lutte contre la pauvreté. ",
      bold("Les parties s’engagent"),
      " à mettre en œuvre les actions décrites à l’",
      ref("art-4"),
      ", dans le respect des ",
      italic("engagements financiers"),
      " de l’",
      ref("art-5", "article consacré au financement"),
      ". Voir aussi ",
      link("https://www.legifrance.gouv.fr", "Légifrance"),
      ".",
    ),
    h1("Dispositions générales", { id: "dispositions" }),
  ];
  const titles = [
    "Objet",
    "Engagements de la collectivité",
    "Engagements de l’État",
    "Actions contractualisées",
    "Engagements financiers",
    "Modalités de versement",
    "Suivi, évaluation et indicateurs",
    "Gouvernance",
    "Durée",
    "Modification",
    "Résiliation",
    "Litiges",
  ];
  for (let n = 1; n <= articles; n++) {
    const title = titles[(n - 1) % titles.length] ?? "Article";
    body.push(...article(n, title, `art-${n}`, n === 1 ? 1 : 2));
    if (n === 2) {
      body.push(
        list(
          [
            "accompagner les sortants de l’aide sociale à l’enfance vers l’autonomie",
            { content: "garantir un accueil social inconditionnel de proximité", children: list(["dans chaque maison départementale des solidarités", "par téléphone et en ligne"]) },
            "orienter chaque allocataire du RSA dans le mois qui suit sa demande",
          ],
          { ordered: true },
        ),
      );
    }
    if (n === 5) {
      body.push(
        table({
          caption: "Tableau 1 — Engagements financiers par année (en euros)",
          columns: [{ width: { fr: 2 } }, { align: "right" }, { align: "right" }, { align: "right" }],
          header: ["Année", "État", "Département", "Total"],
          rows: ["2024", "2025", "2026", "2027"].map((y, i) => [y, formatEuros(120_000_00 + i * 5_000_00), formatEuros(120_000_00 + i * 5_000_00), formatEuros(2 * (120_000_00 + i * 5_000_00))]),
          totals: [cell("Total", { bold: true }), formatEuros(510_000_00), formatEuros(510_000_00), formatEuros(1_020_000_00)],
        }),
      );
    }
    if (n === 9) {
      body.push(
        keepTogether(
          p({ keepWithNext: true }, bold("Calendrier des échéances")),
          list(["31 mars : rapport d’exécution de l’année écoulée", "30 juin : comité de pilotage", "31 décembre : bilan financier"]),
        ),
      );
    }
  }
  body.push(
    p("Fait en deux exemplaires originaux."),
    signatures(
      { role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", date: "2024-03-12", fieldId: "signature-etat" },
      { role: "Pour le département", quality: "Le président du conseil départemental", name: "Jean Dupont", place: "Guéret", date: "2024-03-14", fieldId: "signature-departement" },
    ),
    pageBreak(),
    h1("Tableau des actions contractualisées", { id: "annexe-1", label: "Annexe 1" }),
    table({
      caption: "Tableau 2 — Actions et montants prévisionnels",
      columns: [{ width: { pt: 28 }, align: "right" }, { width: { fr: 1 } }, {}, { align: "right" }, { align: "right" }],
      header: ["N°", "Action", "Axe", "État", "Département"],
      rows: actionRows(annexRows),
      totals: [cell("Total des actions", { colSpan: 3, bold: true }), "—", "—"],
    }),
  );
  return {
    meta: {
      title: "Contrat local des solidarités 2024–2027",
      subject: "Contrat entre l’État et le département de la Creuse",
      keywords: ["Pacte des solidarités", "contrat local des solidarités"],
      authors: ["Préfecture de la Creuse"],
      language: "fr-FR",
      createdAt: "2024-03-12",
    },
    header: { right: [{ type: "text", text: "Contrat local des solidarités — Creuse" }], firstPage: false },
    body,
  };
}
