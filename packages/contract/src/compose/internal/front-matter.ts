import { bold, inlines, p, type Block, type Identities, type Identity, type Image, type Paragraph, type Signatory } from "@pacte/document";
import { applicableVisaTexts } from "../../clauses/applicable-visas";
import type { Gender } from "../../input";
import { clauseBlocks, clauseInlines } from "./clause-blocks";
import { clauseContext } from "./articles";
import type { ComposeContext } from "./compose-context";
import { collectiviteWithArticle, lowerFirst, oneLine, upperFirst } from "./french";

const civility = (gender: Gender): string => (gender === "f" ? "Madame" : "Monsieur");
const agree = (gender: "f" | "m", masculine: string): string => (gender === "f" ? `${masculine}e` : masculine);

/**
 * The parties' identities at the top of the first page, side by side: the State's (the préfet's
 * title, then the service) on the left, the collectivity's name on the right — so that the
 * collectivity never reads as a State service. Each names its logo: the image a team gives for
 * the State (`logo`), else the theme's `etat` and `collectivite` logos (none is shipped).
 */
export function identitiesBlock(ctx: ComposeContext, logo: Image | Omit<Image, "type"> | undefined): Identities {
  const { state, collectivite } = ctx.contract;
  const stateLines = [state.prefetQuality.toLocaleUpperCase("fr-FR")];
  if (state.service !== undefined) stateLines.push(upperFirst(oneLine(state.service)));
  let stateLogo: Identity["logo"] = "etat";
  if (logo !== undefined) {
    const { type: _type, ...rest } = logo as Image;
    stateLogo = rest;
  }
  return {
    type: "identities",
    parties: [
      { lines: stateLines, logo: stateLogo },
      { lines: [oneLine(collectivite.name)], logo: "collectivite" },
    ],
  };
}

/** The title page: title, years, mention of the consolidated version, parties, reference and period. */
export function titlePage(ctx: ComposeContext, consolidatedMention: string | undefined): Block[] {
  const c = ctx.contract;
  const first = c.years[0];
  const last = c.years[c.years.length - 1];
  const blocks: Block[] = [p({ style: "title", align: "center" }, oneLine(c.title))];
  if (first !== undefined && last !== undefined) {
    blocks.push(p({ style: "subtitle", align: "center" }, first === last ? String(first) : `${first}–${last}`));
  }
  if (consolidatedMention !== undefined) blocks.push(p({ style: "subtitle", align: "center" }, consolidatedMention));
  blocks.push(
    p({ align: "center" }, `entre l'État et ${collectiviteWithArticle(oneLine(c.collectivite.name))}`),
    p({ align: "center" }, `N° ${c.reference}`),
    p({ align: "center" }, upperFirst(ctx.values["period.range"] ?? "")),
  );
  return blocks;
}

/** « Entre » the State « Et » the collectivity, with the SIRET, the seat and the deliberation that empowers the executive (`empowerment`: the contract's by default, `null` for « à cet effet »). */
export function partiesBlocks(ctx: ComposeContext, empowerment: string | null = ctx.values["deliberation.designation"] ?? null): Block[] {
  const { state, collectivite } = ctx.contract;
  const justify = (content: string): Paragraph => ({ type: "paragraph", content: inlines(content), align: "justify" });
  const region = state.prefetDeRegion;
  let etat = `L'État, représenté par ${lowerFirst(state.prefetTitle)}, ${civility(state.prefet.gender)} ${state.prefet.name}`;
  if (region !== undefined) etat += `, et par ${lowerFirst(region.title)}, ${civility(region.gender)} ${region.name}`;
  const designation = ctx.designation;
  const name = upperFirst(collectiviteWithArticle(oneLine(collectivite.name)));
  const parts = [name];
  if (collectivite.siret !== undefined) parts.push(`SIRET n° ${ctx.values["collectivite.siret"] ?? ""}`);
  if (collectivite.address !== undefined) parts.push(`ayant son siège ${oneLine(collectivite.address)}`);
  const gender = collectivite.executive.gender;
  parts.push(
    `${agree(designation.gender, "représenté")} par ${lowerFirst(collectivite.executiveTitle)}, ${civility(gender)} ${collectivite.executive.name}`,
    empowerment === null ? `${agree(gender, "dûment habilité")} à cet effet` : `${agree(gender, "dûment habilité")} par ${empowerment}`,
  );
  return [
    p(bold("Entre")),
    justify(`${etat},`),
    justify("ci-après dénommé « l'État »,"),
    justify("d'une part,"),
    p(bold("Et")),
    justify(`${parts.join(", ")},`),
    justify(`ci-après ${agree(designation.gender, "dénommé")} « ${designation.withArticle} »,`),
    justify("d'autre part."),
  ];
}

/** The « Vu » list, each ending with « ; »: the profile's visas, then the user's (prefixed with « Vu » when they do not start with it). */
export function visaBlocks(ctx: ComposeContext): Block[] {
  const shipped = applicableVisaTexts(ctx.contract);
  const own = (ctx.contract.input.visas ?? [])
    .map((text, index) => ({ text, index }))
    .filter((v) => !shipped.includes(v.text));
  const visas = [
    ...shipped.map((text) => clauseInlines(text, clauseContext(ctx, undefined))),
    ...own.map((v) => clauseInlines(v.text, clauseContext(ctx, { path: ["visas", v.index], articleId: "visas" }))),
  ];
  return visas.map((content) => {
    const first = content[0];
    const prefixed = first?.type === "text" && /^vu\b/iu.test(first.text) ? content : [{ type: "text" as const, text: "Vu " }, ...content];
    const last = prefixed[prefixed.length - 1];
    const trimmed = last?.type === "text" ? [...prefixed.slice(0, -1), { ...last, text: last.text.replace(/[\s.;,]+$/u, "") }] : prefixed;
    return { type: "paragraph", style: "quote", align: "justify", content: [...trimmed, { type: "text", text: " ;" }] } satisfies Paragraph;
  });
}

/** The préambule: its heading, the profile's text (or the user's replacement), and the formula that opens the articles. */
export function preambuleBlocks(ctx: ComposeContext): Block[] {
  const override = Object.hasOwn(ctx.overrides, "preambule") ? ctx.overrides.preambule : undefined;
  const body =
    override !== undefined
      ? clauseBlocks(override, clauseContext(ctx, { path: ["articles", "preambule"], articleId: "preambule" }))
      : clauseBlocks(ctx.contract.profile.preambule, clauseContext(ctx, undefined));
  return [
    { type: "heading", level: 1, id: "preambule", text: "Préambule" },
    ...body,
    p({ align: "justify" }, "Il est convenu ce qui suit :"),
  ];
}

/**
 * The signatories: the préfet (field `signature-etat`) — in both qualities, once, when he is also
 * the préfet de région —, another préfet de région when one co-signs (`signature-prefet-region`),
 * the executive (`signature-collectivite`). « Fait à …, le … » is said once, above the blocks, so
 * the blocks carry no place nor date.
 */
export function signatories(ctx: ComposeContext): Signatory[] {
  const { state, collectivite } = ctx.contract;
  const out: Signatory[] = [{ role: "Pour l'État", quality: oneLine(state.prefetTitle), name: oneLine(state.prefet.name), fieldId: "signature-etat" }];
  const region = state.prefetDeRegion;
  if (region !== undefined) out.push({ role: "Pour l'État", quality: oneLine(region.title), name: oneLine(region.name), fieldId: "signature-prefet-region" });
  out.push({
    role: `Pour ${collectiviteWithArticle(oneLine(collectivite.name))}`,
    quality: oneLine(collectivite.executiveTitle),
    name: oneLine(collectivite.executive.name),
    fieldId: "signature-collectivite",
  });
  return out;
}

/**
 * The signature section, kept on one page: the formula — « Fait à Guéret, le 5 juillet 2024, en
 * deux exemplaires originaux. », or the mention of the electronic signature (the profile's
 * `phrases`, as `signature.mode` says) — then the signature blocks. `formula` replaces it (an
 * avenant's own place and date).
 */
export function signatureBlocks(ctx: ComposeContext, formula: string = ctx.values["signature.formula"] ?? ""): Block {
  return {
    type: "keepTogether",
    blocks: [p({ keepWithNext: true, align: "justify" }, oneLine(formula)), { type: "signatures", signatories: signatories(ctx) }],
  };
}
