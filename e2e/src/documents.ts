// Synthetic documents that use every block and inline kind of the model, for the end-to-end
// comparison of both formats.
import {
  bold,
  br,
  cell,
  documentOf,
  h1,
  h2,
  h3,
  h4,
  identities,
  image,
  issuerMark,
  italic,
  keepTogether,
  link,
  list,
  p,
  pageBreak,
  pageCount,
  pageNumber,
  ref,
  signatures,
  sup,
  table,
  text,
  toc,
  underline,
  type Document,
  type Signatory,
} from "@pacte/document";

const base64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
/** A 40 × 20 px PNG (a blue band), standing in for a logo. */
export const LOGO_PNG = base64("iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR42mOQtsoeEMQwavGoxaMWj1o8avGoxaMWj1o8ciwGAKWRWB9w8fLfAAAAAElFTkSuQmCC");

const meta = (title: string, extra: Partial<Document["meta"]> = {}): Document["meta"] => ({ title, createdAt: "2024-03-12", ...extra });

/** The signatories of a contract and of its partners. */
export const SIGNATORIES: readonly Signatory[] = [
  { role: "Pour l'État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", date: "2023-12-20", fieldId: "sig-etat" },
  {
    role: "Pour le Département de la Creuse",
    quality: "La présidente du conseil départemental, agissant en vertu de la délibération du 15 décembre 2023",
    name: "Claire Dubois",
    place: "Guéret",
    date: "2023-12-21",
    fieldId: "sig-departement",
  },
  { role: "Pour la caisse d'allocations familiales", quality: "Le directeur", name: "Paul Bernard", place: "Guéret", fieldId: "sig-caf" },
  { role: "Pour France Travail", quality: "La directrice territoriale", name: "Julie Petit", date: "2024-01-05", fieldId: "sig-ft" },
];

/** Every block kind and every inline kind, on a few pages. */
export const everyBlock: Document = documentOf({
  meta: meta("Contrat local des solidarités : document de démonstration"),
  body: [
    issuerMark(["PRÉFÈTE DE LA CREUSE", "Direction départementale de l'emploi, du travail et des solidarités"], {
      data: LOGO_PNG,
      mimeType: "image/png",
      alt: "Logo de démonstration",
      width: 60,
    }),
    identities({ lines: ["PRÉFÈTE DE LA CREUSE", "Direction départementale de l'emploi, du travail et des solidarités"], logo: "etat" }, { lines: ["Département de la Creuse"], logo: "collectivite" }),
    p({ style: "title" }, "Contrat local des solidarités"),
    p({ style: "subtitle" }, "Période 2024-2027 – Département de la Creuse"),
    toc({ maxLevel: 2 }),
    pageBreak(),
    h1("Préambule", { id: "preambule" }),
    p({ style: "quote" }, "Vu le code de l'action sociale et des familles ;"),
    p({ style: "quote" }, "Vu la délibération du 1", sup("er"), " mars 2024 ;"),
    p(
      { align: "justify" },
      "Le présent contrat met en œuvre le ",
      bold("Pacte des solidarités"),
      " dans le département, selon les ",
      italic("quatre axes"),
      " définis au niveau ",
      underline("national"),
      ". Voir ",
      link("https://www.legifrance.gouv.fr", "Légifrance"),
      " et l'",
      ref("art-financement"),
      ".",
    ),
    h1("Objet", { id: "art-objet", label: "Article 1" }),
    p("Le contrat fixe les engagements réciproques des parties.", br(), "Il couvre la période du 1er janvier 2024 au 31 décembre 2027."),
    h2("Axes retenus", { id: "art-objet-axes", label: "1.1" }),
    list(
      [
        { content: "Prévenir la pauvreté dès l'enfance", children: ["Accueil du jeune enfant", { content: "Petits déjeuners à l'école", children: ["Écoles en réseau d'éducation prioritaire"] }] },
        "Lutter contre la grande exclusion",
        "Construire une transition écologique solidaire",
      ],
      { ordered: true },
    ),
    h3("Publics", { id: "publics" }),
    list([{ content: "Jeunes sortant de l'aide sociale à l'enfance", children: ["de 18 à 21 ans", { content: "en Creuse", children: ["à Guéret"] }] }, "Allocataires du RSA"]),
    h4("Précision", { id: "precision" }),
    p("Les actions sont décrites dans les fiches en annexe (", ref("annexe-1"), ")."),
    h1("Engagements financiers", { id: "art-financement", label: "Article 2" }),
    table({
      caption: "Tableau 1 : engagements par année",
      columns: [{ width: { fr: 2 } }, { width: { fr: 1 }, align: "right" }, { width: { fr: 1 }, align: "right" }],
      header: [["Année", "État", "Département"]],
      rows: [
        ["2024", "100 000,00 €", "100 000,00 €"],
        ["2025", "110 000,00 €", "110 000,00 €"],
        [cell("2026 et 2027 (engagements à confirmer)", { colSpan: 3 })],
      ],
      totals: [["Total", "210 000,00 €", "210 000,00 €"]],
    }),
    keepTogether(h2("Versements", { id: "versements", label: "2.1" }), p("Le versement intervient en deux temps : une avance, puis le solde.")),
    image(LOGO_PNG, { alt: "Carte du département (exemple)", width: 120, align: "center" }),
    {
      type: "chart",
      kind: "bar",
      title: "Engagé et dépensé par année",
      unit: "euros",
      categoryLabel: "Année",
      valueLabel: "Montant",
      categories: ["2024", "2025", "2026"],
      series: [
        { name: "Engagé", values: [20_000_000, 22_000_000, 22_000_000] },
        { name: "Dépensé", values: [18_500_000, 21_000_050, null] },
      ],
    },
    h1("Fiches actions", { id: "annexe-1", label: "Annexe 1" }),
    p("Fiche A1.1 : repérage des jeunes ; fiche A1.2 : accompagnement !"),
    signatures(SIGNATORIES[0]!, SIGNATORIES[1]!),
  ],
});

const renamed = (list: readonly Signatory[], suffix: string): Signatory[] => list.map((s) => ({ ...s, fieldId: `${s.fieldId}-${suffix}` }));

/** Signature blocks of one, three and four signatories, each on its page. */
export const signatoryCounts: Document = documentOf({
  meta: meta("Signatures"),
  body: [
    p("Un signataire."),
    signatures(...renamed(SIGNATORIES.slice(0, 1), "un")),
    pageBreak(),
    p("Trois signataires."),
    signatures(...renamed(SIGNATORIES.slice(0, 3), "trois")),
    pageBreak(),
    p("Quatre signataires."),
    signatures(...renamed(SIGNATORIES, "quatre")),
  ],
});

const lorem = (n: number): string =>
  `Paragraphe ${n} : les parties conviennent de suivre la mise en œuvre des actions, d'en mesurer les effets et d'adapter les moyens au besoin, dans le respect des objectifs du Pacte des solidarités.`;

/** Several pages: justified paragraphs, a table that crosses pages (its header repeated), references. */
export const longDocument: Document = documentOf({
  meta: meta("Document long"),
  body: [
    toc({ title: "Table des matières", maxLevel: 1 }),
    ...Array.from({ length: 6 }, (_, i) => [
      h1(`Chapitre ${i + 1}`, { id: `ch-${i + 1}`, label: `Article ${i + 1}` }),
      ...Array.from({ length: 4 }, (_, k) => p({ align: "justify" }, lorem(i * 4 + k + 1), " Voir l'", ref(`ch-${((i + 1) % 6) + 1}`), ".")),
    ]).flat(),
    h1("Tableau financier", { id: "tableau", label: "Annexe 2" }),
    table({
      columns: [{ width: { fr: 3 } }, { width: { pt: 90 }, align: "right" }, { width: { pt: 90 }, align: "right" }],
      header: [["Action", "2024", "2025"]],
      rows: Array.from({ length: 60 }, (_, i) => [`Action A${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, `${(i + 1) * 1000} €`, `${(i + 2) * 1000} €`]),
      totals: [["Total", "1 830 000 €", "1 890 000 €"]],
    }),
    signatures(SIGNATORIES[0]!, SIGNATORIES[1]!),
  ],
});

/** An English document in landscape, with its own margins, header and footer (no French typography). */
export const englishLandscape: Document = documentOf({
  meta: meta("Annual report", { language: "en-GB" }),
  page: { orientation: "landscape", margins: { left: 50, right: 50 } },
  header: { left: [text("Annual report")], right: [text("Draft")] },
  footer: { center: [text("Page "), pageNumber(), text(" of "), pageCount()] },
  body: [
    h1("Summary", { id: "summary", label: "Part 1" }),
    p("This report: what was done, and what remains! See ", ref("summary"), "."),
    list(["First point;", "Second point?"], { ordered: true }),
    signatures({ ...SIGNATORIES[0]!, role: "For the State", quality: "The prefect", place: "Guéret" }),
  ],
});
