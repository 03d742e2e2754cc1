import type { Block, Heading, Inline } from "@pacte/document";
import type { Issue, IssuePath, Lang } from "@pacte/model";
import type { ClauseValues } from "../../clauses/fill-slots";
import { CLAUSE_GENERATIONS, defaultVisas, type ContractNames } from "../../clauses/generation-texts";
import { ANNEX_IDS, CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS } from "../../clauses/slot-names";
import type { Contract } from "../../contract";
import { closestMatch } from "@pacte/issues";
import { contractIssue } from "../../issues";
import type { AnnexKind, ClauseLibrary, ClauseTemplate } from "../../profile";
import { clauseValues } from "../clause-values";
import { blockSlot } from "./block-slots";
import { clauseBlocks, clauseInlines, type ClauseContext, type RefTarget } from "./clause-blocks";
import { collectiviteDesignation, type Designation } from "./designation";
import { ANNEX_OF_KIND, articleHeadingId } from "./ids";

/** What every part of a contract's composition shares. */
export interface ComposeContext {
  readonly contract: Contract;
  readonly values: ClauseValues;
  readonly names: ContractNames;
  readonly designation: Designation;
  readonly clauses: ClauseLibrary;
  readonly annexes: readonly AnnexKind[];
  readonly refs: ReadonlyMap<string, RefTarget>;
  /** Replacement texts by article id (and `preambule`): the options' over the input's. */
  readonly overrides: Readonly<Record<string, string>>;
  readonly lang: Lang;
  /** Unknown placeholders found in the user's texts. */
  readonly issues: Issue[];
  /** Block slots rendered as a fixed marker (to compare two versions of an article apart from those blocks). */
  readonly neutralBlocks: ReadonlySet<string>;
  /** References written as plain words (an article quoted in an avenant points to no heading of its own). */
  readonly plainRefs: boolean;
}

/** Options that change what the context holds. */
export interface ContextOptions {
  readonly articles?: Readonly<Record<string, string>> | undefined;
  readonly lang?: Lang | undefined;
  readonly neutralBlocks?: ReadonlySet<string> | undefined;
  readonly plainRefs?: boolean | undefined;
}

/** The clause library of a contract: its profile's, or the shipped one of its generation when the profile has none. */
export function clausesOf(contract: Contract): ClauseLibrary {
  return contract.profile.clauses.length > 0 ? contract.profile.clauses : CLAUSE_GENERATIONS[contract.profile.generation].clauses;
}

/** The visa templates of a profile: its own, or the shipped defaults when it has none. */
export function profileVisasOf(contract: Contract): readonly string[] {
  const p = contract.profile;
  return p.visas.length > 0 ? p.visas : defaultVisas(p.generation, p.counterparty);
}

/** Builds the context of a contract's composition. */
export function composeContext(contract: Contract, options: ContextOptions = {}): ComposeContext {
  const clauses = clausesOf(contract);
  const annexes = contract.profile.annexes;
  const refs = new Map<string, RefTarget>();
  const plainRefs = options.plainRefs === true;
  clauses.forEach((c, i) => refs.set(c.id, { target: plainRefs ? "" : articleHeadingId(c.id), text: `article ${i + 1}` }));
  annexes.forEach((kind, i) => refs.set(ANNEX_OF_KIND[kind], { target: plainRefs ? "" : ANNEX_OF_KIND[kind], text: `annexe ${i + 1}` }));
  for (const id of ANNEX_IDS) if (!refs.has(id)) refs.set(id, { target: "", text: "annexe" });
  return {
    contract,
    values: clauseValues(contract),
    names: CLAUSE_GENERATIONS[contract.profile.generation].names,
    designation: collectiviteDesignation(contract),
    clauses,
    annexes,
    refs,
    overrides: { ...contract.articles, ...(options.articles ?? {}) },
    lang: options.lang ?? "fr",
    issues: [],
    neutralBlocks: options.neutralBlocks ?? new Set(),
    plainRefs,
  };
}

const SLOT_NAMES = Object.keys(CLAUSE_SLOTS);

function available(placeholder: string, refs: ReadonlyMap<string, RefTarget>): string[] {
  if (placeholder.startsWith("{ref:")) return [...refs.keys()].map((k) => `ref:${k}`);
  if (placeholder.startsWith("{@")) return Object.keys(CLAUSE_BLOCK_SLOTS).map((k) => `@${k}`);
  const name = placeholder.slice(1, -1);
  const prefix = name.includes(".") ? name.slice(0, name.indexOf(".") + 1) : undefined;
  const family = prefix === undefined ? [] : SLOT_NAMES.filter((s) => s.startsWith(prefix));
  if (family.length > 0) return family;
  const near = closestMatch(name, SLOT_NAMES);
  if (near !== undefined) return [near];
  return [...new Set(SLOT_NAMES.map((s) => (s.includes(".") ? `${s.slice(0, s.indexOf("."))}.…` : s)))];
}

/** A clause context over a user's text (`path` is where it is in the input) or a shipped one (`path` undefined). */
export function clauseContext(ctx: ComposeContext, user: { path: IssuePath; articleId: string } | undefined): ClauseContext {
  const blocks = (name: string): readonly Block[] | undefined =>
    ctx.neutralBlocks.has(name) ? [{ type: "paragraph", content: [{ type: "text", text: `{@${name}}` }] }] : blockSlot(ctx, name);
  if (user === undefined) return { values: ctx.values, refs: ctx.refs, blocks };
  const seen = new Set<string>();
  return {
    values: ctx.values,
    refs: ctx.refs,
    blocks,
    onUnknown: (placeholder) => {
      if (seen.has(placeholder)) return;
      seen.add(placeholder);
      ctx.issues.push(
        contractIssue(
          "contract.article_unknown_slot",
          user.path,
          { articleId: user.articleId, slot: placeholder.slice(1, -1), available: available(placeholder, ctx.refs) },
          { lang: ctx.lang },
        ),
      );
    },
  };
}

/** The blocks of an article's text: the user's replacement when there is one, else the template. */
export function articleBody(ctx: ComposeContext, clause: ClauseTemplate): Block[] {
  const override = Object.hasOwn(ctx.overrides, clause.id) ? ctx.overrides[clause.id] : undefined;
  if (override !== undefined) return clauseBlocks(override, clauseContext(ctx, { path: ["articles", clause.id], articleId: clause.id }));
  return clauseBlocks(clause.text, clauseContext(ctx, undefined));
}

/** The heading text of an article (its title template, filled). */
export function articleTitle(ctx: ComposeContext, clause: ClauseTemplate): string {
  return inlineText(clauseInlines(clause.title, clauseContext(ctx, undefined)));
}

/** The heading and body of the article `index` of the library. */
export function articleBlocks(ctx: ComposeContext, clause: ClauseTemplate, index: number): Block[] {
  const heading: Heading = {
    type: "heading",
    level: 1,
    id: articleHeadingId(clause.id),
    label: `Article ${index + 1}`,
    text: articleTitle(ctx, clause),
  };
  return [heading, ...articleBody(ctx, clause)];
}

/** The text of inlines (references by their words). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.type === "text" ? i.text : i.type === "ref" || i.type === "link" ? (i.children ?? []).map((c) => c.text).join("") : ""))
    .join("");
}
