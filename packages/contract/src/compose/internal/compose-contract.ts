import { withFrenchTypography } from "@pacte/document";
import type { Block, Document, HeaderFooter } from "@pacte/document";
import type { ContractToDocumentOptions } from "../contract-to-document-options";
import { DRAFT_MARK, draftMarks } from "../draft-marks";
import { annexBlocks } from "./annexes";
import { articleBlocks } from "./articles";
import type { ComposeContext } from "./compose-context";
import { identitiesBlock, partiesBlocks, preambuleBlocks, signatureBlocks, titlePage, visaBlocks } from "./front-matter";
import { collectiviteWithArticle, oneLine, upperFirst } from "./french";
import { RUNNING_TITLE_MAX, runningTitle } from "./running-title";

/** What the consolidated version adds to the title page. */
export interface ConsolidationMention {
  /** « Version consolidée après l'avenant n° 2 ». */
  readonly mention: string;
  /** Lines that list the amendments, after the mention. */
  readonly history: readonly string[];
}

function footer(ctx: ComposeContext): HeaderFooter {
  return {
    left: [{ type: "text", text: `${runningTitle(ctx.contract.title, RUNNING_TITLE_MAX)} n° ${ctx.contract.reference}` }],
    right: [
      { type: "text", text: "Page " },
      { type: "field", field: "pageNumber" },
      { type: "text", text: " sur " },
      { type: "field", field: "pageCount" },
    ],
  };
}

/** Composes a contract with a context already built (shared with the consolidated version). */
export function composeContract(ctx: ComposeContext, options: ContractToDocumentOptions, consolidation?: ConsolidationMention): Document {
  const c = ctx.contract;
  const body: Block[] = [identitiesBlock(ctx, options.logo), ...titlePage(ctx, consolidation?.mention)];
  if (consolidation !== undefined) {
    for (const line of consolidation.history) body.push({ type: "paragraph", align: "center", style: "note", content: [{ type: "text", text: line }] });
  }
  body.push({ type: "pageBreak" });
  if (options.includeToc !== false) body.push({ type: "toc", title: "Sommaire", maxLevel: options.tocMaxLevel ?? 1 }, { type: "pageBreak" });
  body.push(...partiesBlocks(ctx), ...visaBlocks(ctx), ...preambuleBlocks(ctx));
  ctx.clauses.forEach((clause, i) => body.push(...articleBlocks(ctx, clause, i)));
  body.push(signatureBlocks(ctx));
  if (options.includeAnnexes !== false) body.push(...annexBlocks(ctx));

  const collectivite = oneLine(c.collectivite.name);
  const years = c.years.length > 0 ? ` ${c.years[0]}–${c.years[c.years.length - 1]}` : "";
  const title = `${oneLine(c.title)} n° ${c.reference} – ${collectivite}`;
  const doc: Document = {
    meta: {
      title: consolidation === undefined ? title : `${title} (${consolidation.mention.charAt(0).toLocaleLowerCase("fr-FR")}${consolidation.mention.slice(1)})`,
      subject: `${oneLine(c.title)}${years} entre l'État et ${collectiviteWithArticle(collectivite)}`,
      keywords: [...c.profile.keywords, oneLine(c.title), collectivite, c.state.departement.name, c.reference],
      authors: [upperFirst(c.state.prefetQuality), collectivite],
      language: "fr-FR",
      createdAt: options.draft === true && options.draftDate !== undefined ? options.draftDate : c.signature.date,
      creator: "@pacte/contract",
      customProperties: { reference: c.reference, profile: c.profile.id },
    },
    body,
  };
  if (options.includeFooter !== false) doc.footer = footer(ctx);
  const draft = draftMarks(options, doc.footer);
  if (draft !== undefined) {
    doc.header = draft.header;
    doc.footer = draft.footer;
    doc.meta.title = `${DRAFT_MARK} – ${doc.meta.title}`;
  }
  return withFrenchTypography(doc);
}
