import type { Block, Heading, Inline } from "@pacte/document";
import { closestMatch } from "@pacte/issues";
import type { IssuePath } from "@pacte/model";
import { CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS } from "../../clauses/slot-names";
import type { ClauseTemplate } from "../../clauses/clause-library";
import { contractIssue } from "../../issues";
import { blockSlot } from "./block-slots";
import { clauseBlocks, clauseInlines, type ClauseContext, type RefTarget } from "./clause-blocks";
import type { ComposeContext } from "./compose-context";
import { articleHeadingId } from "./ids";

// The articles of a contract as blocks: a template (the profile's, or the user's replacement)
// filled with the context's values, its block slots and its references; unknown placeholders in
// the user's texts are reported into the context's issues.

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
