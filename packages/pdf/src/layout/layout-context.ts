import type { Alignment, Inline, PageGeometry, PreparedDocument, Theme } from "@pacte/document";
import type { FontStack } from "../fonts/font-stack";
import type { DocumentTags } from "../tagging/document-tags";
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { inlineRuns, type BaseTextStyle } from "./inline-runs";
import { fontStyleOf } from "./run-style";
import type { Shaper, Word } from "./shape-text";
import type { StyledRun } from "./styled-run";
import type { Hyphenation } from "./break-lines";
import { textBlock, type TextBlock } from "./text-block";

/**
 * Everything block layout needs: the prepared document (which decided what the PDF says, as the
 * DOCX says it), its theme and page geometry, fonts, options, issues.
 *
 * @example
 * setInlines(ctx, paragraph.content, ["body", 0, "content"], { base, width: ctx.frame.textWidth, align: "left" })
 */
export interface LayoutContext {
  readonly prepared: PreparedDocument;
  readonly theme: Theme;
  readonly stack: FontStack;
  readonly shaper: Shaper;
  /** The page geometry (the prepared document's). */
  readonly frame: PageGeometry;
  /** Automatic hyphenation, or `null` (see `BreakOptions`). */
  readonly hyphenate: Hyphenation | null;
  readonly issues: Issue[];
  readonly lang: Lang;
  /** The structure tree being built (the boxes say which element they draw). */
  readonly tags: DocumentTags;
}

/**
 * How a piece of inline content is set.
 *
 * @example
 * const options: SetOptions = { base, width: 200, align: "right" };
 */
export interface SetOptions {
  readonly base: BaseTextStyle;
  readonly width: number;
  readonly align: Alignment;
  /** Placeholder text of page fields (the body) — the value replaces it when the page is drawn. */
  readonly fieldText?: (field: "pageNumber" | "pageCount") => string;
}

/**
 * Lays inline content out as a text block (styled runs → measured words → lines).
 *
 * @example
 * setInlines(ctx, paragraph.content, ["body", 0, "content"], { base, width: 481.9, align: "justify" }).lines.length //=> 4
 */
export function setInlines(ctx: LayoutContext, content: readonly Inline[], path: IssuePath, options: SetOptions): TextBlock {
  return setWords(ctx, shapeInlines(ctx, content, path, options), options);
}

/**
 * Measures inline content as words, ready to be broken at any width (table cells are measured
 * once, then broken at the width their column gets).
 *
 * @example
 * shapeInlines(ctx, cell.content, ["body", 2, "rows", 0, 1, "content"], { base, width: 0, align: "left" }).length //=> 3
 */
export function shapeInlines(
  ctx: LayoutContext,
  content: readonly Inline[],
  path: IssuePath,
  options: Pick<SetOptions, "base" | "fieldText">,
): Word[] {
  const runs = inlineRuns(content, path, {
    base: options.base,
    linkColor: ctx.theme.colors.link,
    references: ctx.prepared.references,
    field: options.fieldText ?? (() => "00"),
  });
  return ctx.shaper.words(runs);
}

/**
 * Breaks measured words into a text block.
 *
 * @example
 * setWords(ctx, words, { base, width: 120, align: "right" }).lines.length //=> 2
 */
export function setWords(ctx: LayoutContext, words: readonly Word[], options: SetOptions): TextBlock {
  return textBlock(words, ctx.shaper, {
    width: options.width,
    align: options.align,
    hyphenate: ctx.hyphenate,
    size: options.base.size,
    lineHeight: ctx.theme.spacing.lineHeight,
    face: ctx.stack.primary(fontStyleOf(options.base.bold, options.base.italic)),
  });
}

/**
 * Lays styled runs out as a text block.
 *
 * @example
 * setRuns(ctx, [{ text: "Sommaire", style, path: ["theme", "tocTitle"] }], { base, width: 400, align: "left" }).lines.length //=> 1
 */
export function setRuns(ctx: LayoutContext, runs: readonly StyledRun[], options: SetOptions): TextBlock {
  return setWords(ctx, ctx.shaper.words(runs), options);
}
