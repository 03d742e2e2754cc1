import type { Block, Document } from "@pacte/document";

const LOREM =
  "Le Département s’engage à mettre en œuvre les actions décrites en annexe, à en suivre l’exécution et à en rendre compte au comité de pilotage ; l’État apporte un financement égal à celui du Département pour chaque action retenue, dans la limite des crédits ouverts.";

/**
 * A contract-sized document of about thirty A4 pages with the default theme: a table of contents,
 * 16 articles of 2 sub-articles with 4 paragraphs each and a list, then a 330-row financial table.
 */
export function longDocument(articles = 16, rows = 330): Document {
  const body: Block[] = [
    { type: "paragraph", style: "title", content: [{ type: "text", text: "Contrat local des solidarités" }] },
    { type: "toc", maxLevel: 2 },
    { type: "pageBreak" },
  ];
  for (let a = 1; a <= articles; a++) {
    body.push({ type: "heading", level: 1, id: `art-${a}`, label: `Article ${a}`, text: `Dispositions de l’article ${a}` });
    for (let s = 1; s <= 2; s++) {
      body.push({ type: "heading", level: 2, id: `art-${a}-${s}`, label: `${a}.${s}`, text: `Sous-partie ${s}` });
      for (let p = 0; p < 4; p++) body.push({ type: "paragraph", align: "justify", content: [{ type: "text", text: `${LOREM} ${LOREM}` }] });
      body.push({ type: "list", ordered: true, items: [1, 2, 3].map((i) => ({ content: [{ type: "text", text: `Engagement ${i} de la sous-partie ${a}.${s}` }] })) });
    }
  }
  body.push({ type: "heading", level: 1, id: "annexe-financiere", label: "Annexe 1", text: "Tableau financier" });
  body.push({
    type: "table",
    caption: "Financement par action (en euros)",
    columns: [{ width: { fr: 3 } }, { width: { pt: 70 }, align: "right" }, { width: { pt: 70 }, align: "right" }, { width: { pt: 80 }, align: "right" }],
    header: [[{ content: [{ type: "text", text: "Action" }] }, { content: [{ type: "text", text: "État" }] }, { content: [{ type: "text", text: "Département" }] }, { content: [{ type: "text", text: "Total" }] }]],
    rows: Array.from({ length: rows }, (_, r) => [
      { content: [{ type: "text", text: `Action ${r + 1} – accompagnement des publics, territoire ${(r % 7) + 1}` }] },
      { content: [{ type: "text", text: "12 500,00 €" }] },
      { content: [{ type: "text", text: "12 500,00 €" }] },
      { content: [{ type: "text", text: "25 000,00 €" }] },
    ]),
    totals: [[{ content: [{ type: "text", text: "Total" }] }, { content: [{ type: "text", text: "2 750 000,00 €" }] }, { content: [{ type: "text", text: "2 750 000,00 €" }] }, { content: [{ type: "text", text: "5 500 000,00 €" }] }]],
  });
  return { meta: { title: "Contrat local des solidarités (long)", createdAt: "2024-03-12" }, body };
}
