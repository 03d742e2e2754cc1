import type { Block, Inline, ListItem } from "@pacte/document";
import { tokenizeClause, UnknownSlotError, type ClauseToken, type ClauseValues } from "../../clauses/fill-slots";

/** Where a reference points: a heading id (empty: no such heading, the words are plain text) and the words shown (« article 5 »). */
export interface RefTarget {
  readonly target: string;
  readonly text: string;
}

/** What a template is filled with, and what happens to a placeholder nothing fills. */
export interface ClauseContext {
  readonly values: ClauseValues;
  readonly refs: ReadonlyMap<string, RefTarget>;
  /** The blocks of a block slot, `undefined` when the name is unknown. */
  readonly blocks: (name: string) => readonly Block[] | undefined;
  /**
   * `undefined`: a shipped template — an unknown placeholder throws {@link UnknownSlotError}.
   * A function: a user's text — the placeholder stays as written and is reported.
   */
  readonly onUnknown?: ((placeholder: string) => void) | undefined;
}

const written = (t: ClauseToken): string =>
  t.kind === "text" ? t.text : t.kind === "slot" ? `{${t.name}}` : t.kind === "ref" ? `{ref:${t.target}}` : `{@${t.name}}`;

function unknown(t: ClauseToken, template: string, ctx: ClauseContext): string {
  const placeholder = written(t);
  if (ctx.onUnknown === undefined) throw new UnknownSlotError(placeholder.slice(1, -1), template);
  ctx.onUnknown(placeholder);
  return placeholder;
}

/** The inlines of one line of a template: text runs (adjacent text merged) and references. */
export function clauseInlines(template: string, ctx: ClauseContext): Inline[] {
  const out: Inline[] = [];
  let pending = "";
  const flush = (): void => {
    if (pending !== "") out.push({ type: "text", text: pending });
    pending = "";
  };
  for (const t of tokenizeClause(template)) {
    if (t.kind === "text") pending += t.text;
    else if (t.kind === "slot") {
      const value = Object.hasOwn(ctx.values, t.name) ? ctx.values[t.name] : undefined;
      pending += value ?? unknown(t, template, ctx);
    } else if (t.kind === "ref") {
      const ref = ctx.refs.get(t.target);
      if (ref === undefined) pending += unknown(t, template, ctx);
      else if (ref.target === "") pending += ref.text;
      else {
        flush();
        out.push({ type: "ref", target: ref.target, children: [{ type: "text", text: ref.text }] });
      }
    } else pending += unknown(t, template, ctx);
  }
  flush();
  return out;
}

const blank = (inlines: readonly Inline[]): boolean => inlines.every((i) => i.type === "text" && i.text.trim() === "");

/**
 * The blocks of a clause template: paragraphs separated by blank lines (single line breaks
 * inside a paragraph are spaces), a paragraph whose lines all start with "- " is a bulleted
 * list, a paragraph made of one block slot `{@name}` is replaced by its blocks, and a paragraph
 * left empty once filled (an optional clause) is dropped.
 */
export function clauseBlocks(template: string, ctx: ClauseContext): Block[] {
  const out: Block[] = [];
  for (const raw of template.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    const paragraph = raw.trim();
    if (paragraph === "") continue;
    const lines = paragraph.split("\n").map((l) => l.trim());
    const tokens = tokenizeClause(paragraph);
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (only !== undefined && only.kind === "block") {
      const blocks = ctx.blocks(only.name);
      if (blocks !== undefined) {
        out.push(...blocks);
        continue;
      }
    }
    if (lines.every((l) => l.startsWith("- "))) {
      const items: ListItem[] = lines.map((l) => ({ content: clauseInlines(l.slice(2).trim(), ctx) })).filter((i) => !blank(i.content));
      if (items.length > 0) out.push({ type: "list", ordered: false, items });
      continue;
    }
    const content = clauseInlines(lines.join(" "), ctx);
    if (!blank(content)) out.push({ type: "paragraph", content, align: "justify" });
  }
  return out;
}
