import type { Block, Document, Inline, TextRun } from "@pacte/document";

const base64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A 40 × 20 px PNG (a blue band), standing in for a collectivity's logo. */
export const LOGO_PNG = base64(
  "iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR42mOQtsoeEMQwavGoxaMWj1o8avGoxaMWj1o8ciwGAKWRWB9w8fLfAAAAAElFTkSuQmCC",
);
/** An 8 × 8 px PNG (a red square). */
export const SQUARE_PNG = base64("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mM4oaGBFTEMLQkAgl1GARdiiXUAAAAASUVORK5CYII=");

const t = (text: string, marks: Partial<Record<"bold" | "italic" | "underline" | "superscript", boolean>> = {}): TextRun => ({ type: "text", text, ...marks });
const p = (...content: Inline[]): Block => ({ type: "paragraph", content });

/**
 * A contract-like document that uses every block and inline kind of the model: issuer mark with a
 * logo, title, table of contents, numbered headings, marks, links, references, line breaks,
 * nested ordered and bulleted lists, a financial table (header, body, totals, caption, fixed, `fr`
 * and `auto` widths, a spanning cell), a keep-together group, a page break, an image and
 * signatures (charts are in `chart-document.ts`, so that this sample's pages stay as its tests
 * know them). Renderers' tests open it in real office suites and find every text of
 * `documentPlainText(sampleDocument)` back.
 */
export const sampleDocument: Document = {
  meta: {
    title: "Contrat local des solidarités 2024-2027",
    subject: "Contrat entre l’État et le Département de la Creuse",
    keywords: ["Pacte des solidarités", "CLS", "Creuse"],
    authors: ["Préfecture de la Creuse", "Département de la Creuse"],
    language: "fr-FR",
    createdAt: "2024-03-12T09:30:00Z",
    modifiedAt: "2024-03-14T16:45:10Z",
    customProperties: { reference: "CLS-23-2024-001", departement: "23" },
  },
  body: [
    { type: "issuerMark", lines: ["PRÉFET DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"], logo: { data: LOGO_PNG, mimeType: "image/png", alt: "Logo de la préfecture (exemple)", width: 60 } },
    { type: "paragraph", style: "title", content: [t("Contrat local des solidarités")] },
    { type: "paragraph", style: "subtitle", content: [t("Période 2024-2027 – Département de la Creuse")] },
    { type: "toc", title: "Sommaire", maxLevel: 2 },
    { type: "pageBreak" },
    { type: "heading", level: 1, id: "preambule", text: "Préambule" },
    { type: "paragraph", style: "quote", content: [t("Vu le code de l’action sociale et des familles ;")] },
    { type: "paragraph", style: "quote", content: [t("Vu la délibération du conseil départemental du 1"), t("er", { superscript: true }), t(" mars 2024 ;")] },
    p(
      t("Le présent contrat met en œuvre le "),
      t("Pacte des solidarités", { bold: true }),
      t(" dans le département, selon les "),
      t("quatre axes", { italic: true }),
      t(" définis au niveau "),
      t("national", { underline: true }),
      t(". Voir aussi "),
      { type: "link", href: "https://www.legifrance.gouv.fr", children: [t("Légifrance")] },
      t(" et l’"),
      { type: "ref", target: "art-financement" },
      t("."),
    ),
    { type: "heading", level: 1, id: "art-objet", label: "Article 1", text: "Objet" },
    p(t("Le contrat fixe les engagements réciproques des parties."), { type: "lineBreak" }, t("Il couvre la période du 1er janvier 2024 au 31 décembre 2027.")),
    { type: "heading", level: 2, id: "art-objet-axes", label: "1.1", text: "Axes retenus" },
    {
      type: "list",
      ordered: true,
      items: [
        {
          content: [t("Prévenir la pauvreté dès l’enfance")],
          children: { type: "list", ordered: true, items: [{ content: [t("Accueil du jeune enfant")] }, { content: [t("Petits déjeuners à l’école")], children: { type: "list", ordered: true, items: [{ content: [t("Écoles en réseau d’éducation prioritaire")] }] } }] },
        },
        { content: [t("Lutter contre la grande exclusion")] },
        { content: [t("Construire une transition écologique solidaire")] },
      ],
    },
    {
      type: "list",
      ordered: false,
      items: [
        { content: [t("Repérage des publics")], children: { type: "list", ordered: false, items: [{ content: [t("Maraudes mixtes")], children: { type: "list", ordered: false, items: [{ content: [t("Territoires ruraux")] }] } }] } },
        { content: [t("Accompagnement global")] },
      ],
    },
    { type: "heading", level: 1, id: "art-financement", label: "Article 2", text: "Engagements financiers", pageBreakBefore: true },
    p(t("Chaque action est cofinancée à parts égales par l’État et le Département.")),
    {
      type: "table",
      id: "tableau-financier",
      caption: "Tableau 1 – Financement par axe (en euros)",
      columns: [{ width: { fr: 3 } }, { width: { pt: 80 }, align: "right" }, { width: { pt: 80 }, align: "right" }, { width: "auto", align: "right" }],
      header: [[{ content: [t("Axe")] }, { content: [t("État")] }, { content: [t("Département")] }, { content: [t("Total")] }]],
      rows: [
        [{ content: [t("Axe 1 – Enfance")] }, { content: [t("120 000,00 €")] }, { content: [t("120 000,00 €")] }, { content: [t("240 000,00 €")] }],
        [{ content: [t("Axe 3 – Accès aux droits")] }, { content: [t("80 000,00 €")] }, { content: [t("80 000,00 €")] }, { content: [t("160 000,00 €")] }],
        [{ content: [t("Axe 4 – Transition écologique")] }, { content: [t("50 000,00 €")] }, { content: [t("50 000,00 €")] }, { content: [t("100 000,00 €")] }],
        [{ content: [t("Ligne fusionnée sur trois colonnes")], colSpan: 3, align: "center" }, { content: [t("0,00 €")] }],
      ],
      totals: [[{ content: [t("Total général")] }, { content: [t("250 000,00 €")] }, { content: [t("250 000,00 €")] }, { content: [t("500 000,00 €")] }]],
    },
    { type: "heading", level: 2, id: "art-financement-versement", label: "2.1", text: "Modalités de versement" },
    {
      type: "keepTogether",
      blocks: [
        p(t("Le versement intervient en deux temps :")),
        { type: "list", ordered: false, items: [{ content: [t("80 % au début de l’exercice")] }, { content: [t("20 % après le rapport annuel")] }] },
      ],
    },
    { type: "image", data: SQUARE_PNG, mimeType: "image/png", alt: "Carré rouge d’exemple", width: 36, align: "center" },
    { type: "paragraph", style: "note", content: [t("Note : les montants s’entendent hors reports.")] },
    { type: "paragraph", style: "small", align: "justify", content: [t("Mentions en petits caractères.")] },
    { type: "heading", level: 1, id: "art-signatures", label: "Article 3", text: "Signatures" },
    {
      type: "signatures",
      signatories: [
        { role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", date: "2024-03-12", fieldId: "signature-etat" },
        { role: "Pour le Département", quality: "La présidente du conseil départemental", name: "Claire Dubois", place: "Guéret", date: "2024-03-01", fieldId: "signature-departement" },
      ],
    },
  ],
};
