import type { Block, Image } from "../block";
import type { Document } from "../document";
import { detectImageType } from "../image-type";
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { documentIssue, type DocumentIssueCode } from "../messages";
import { closestMatch } from "@pacte/issues";
import { DEFAULT_TOC_MAX_LEVEL } from "../heading-index";
import { isRealDate } from "./real-date";
import { DOCUMENT_LIMITS } from "../limits";
import { checkImageBytes } from "./image-check";
import { MAX_TEXT_LENGTH, findForbiddenCharacters, scriptOf, type CharacterProblem } from "./text-check";
import { mapBlock, walkBlocks } from "../visit-blocks";
import { documentInlineSites, forEachString, listLevels, tableRows, type InlineSite } from "./walk";

/** The deepest a list may nest (Word numbers 9 levels, 0–8; we keep one spare). */
export const MAX_LIST_DEPTH = 8;
const LINK_SCHEMES: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

const CHARACTER_CODES: Record<CharacterProblem, DocumentIssueCode> = {
  newline: "document.newline_in_text",
  tab: "document.tab_in_text",
  control: "document.invalid_character",
  noncharacter: "document.invalid_character",
  surrogate: "document.invalid_character",
  bidi: "document.invisible_character",
  invisible: "document.invisible_character",
  unsupported: "document.unsupported_character",
};

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const HTTP = /^https?:\/\/([^\s/?#@]+@)?[^\s/?#@:]+(:\d{1,5})?([/?#]\S*)?$/i;
const MAILTO = /^mailto:[^\s@/]+@[^\s@/]+(\?\S*)?$/i;

/** What is wrong with a link's address: a scheme other than http, https and mailto, or a malformed address (no scheme). */
function linkProblem(href: string): { scheme?: string } | undefined {
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) return {};
  if (!LINK_SCHEMES.has(`${scheme}:`)) return { scheme: `${scheme}:` };
  return (scheme === "mailto" ? MAILTO : HTTP).test(href) ? undefined : {};
}

/** Whether a block inside keepTogether groups comes first in each of them (outermost to innermost). */
function firstInGroups(path: IssuePath, groups: readonly IssuePath[]): boolean {
  const outer = groups[0];
  if (outer === undefined) return true;
  return path.slice(outer.length).every((k) => typeof k !== "number" || k === 0);
}

/**
 * The rules that zod's schema cannot express, over a document that already has the right shape:
 * unique ids, references that resolve, table rows that fill their columns, text that XML and PDF
 * can carry, list depth, keepTogether contents, image bytes, link schemes, real dates; plus the
 * warnings (empty body, empty heading, empty table of contents). In document order, per rule.
 */
export function documentRuleIssues(doc: Document, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  const add = (code: DocumentIssueCode, path: IssuePath, params: Record<string, unknown> = {}): void => {
    issues.push(documentIssue(code, path, params, { lang }));
  };

  for (const key of ["createdAt", "modifiedAt"] as const) {
    const value = doc.meta[key];
    if (value !== undefined && !isRealDate(value)) add("document.invalid_date", ["meta", key], { received: value });
  }
  if (doc.body.length === 0) add("document.empty_body", ["body"]);

  const anchors = new Map<string, IssuePath>();
  const headingIds: string[] = [];
  const fieldIds = new Map<string, IssuePath>();
  const tocs: Array<{ path: IssuePath; maxLevel: number }> = [];
  const tocLevels: number[] = [];
  const anchor = (id: string, path: IssuePath): void => {
    const first = anchors.get(id);
    if (first === undefined) anchors.set(id, path);
    else add("document.duplicate_id", path, { id, firstPath: first });
  };
  const checkImage = (image: Pick<Image, "data" | "mimeType" | "alt" | "decorative">, path: IssuePath): void => {
    if (image.decorative !== true && (image.alt ?? "").trim() === "") add("document.missing_alt", [...path, "alt"]);
    issues.push(...imageIssues(image, path, lang));
  };

  for (const { block, path, groups } of walkBlocks(doc.body, ["body"])) {
    if (groups.length > 0) checkKeepTogether(block, path, groups, add);
    mapBlock<void>(block, path, {
      heading: (h) => {
        anchor(h.id, [...path, "id"]);
        headingIds.push(h.id);
        if (h.toc !== false) tocLevels.push(h.level);
        if (h.text.trim() === "") add("document.empty_heading", [...path, "text"]);
      },
      paragraph: () => undefined,
      list: (list) => {
        for (const { path: listPath, depth } of listLevels(list, path)) {
          // Report the first level too deep only, not every level below it.
          if (depth === MAX_LIST_DEPTH + 1) add("document.list_too_deep", listPath, { depth, max: MAX_LIST_DEPTH });
        }
      },
      table: (table) => {
        if (table.id !== undefined) anchor(table.id, [...path, "id"]);
        for (const { row, path: rowPath } of tableRows(table, path)) {
          const received = row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
          if (received !== table.columns.length) {
            add("document.table_row_span", rowPath, { columns: table.columns.length, received });
          }
        }
      },
      keepTogether: () => undefined,
      pageBreak: () => undefined,
      toc: (toc) => {
        tocs.push({ path, maxLevel: toc.maxLevel ?? DEFAULT_TOC_MAX_LEVEL });
      },
      signatures: (sigs) => {
        for (const [i, signatory] of sigs.signatories.entries()) {
          const at = [...path, "signatories", i];
          const first = fieldIds.get(signatory.fieldId);
          if (first === undefined) fieldIds.set(signatory.fieldId, [...at, "fieldId"]);
          else add("document.duplicate_field_id", [...at, "fieldId"], { id: signatory.fieldId, firstPath: first });
          if (signatory.date !== undefined && !isRealDate(signatory.date)) {
            add("document.invalid_date", [...at, "date"], { received: signatory.date });
          }
        }
      },
      image: (image) => checkImage(image, path),
      issuerMark: (mark) => {
        if (mark.logo !== undefined) checkImage(mark.logo, [...path, "logo"]);
      },
      identities: (ids) => {
        ids.parties.forEach((party, i) => {
          if (party.logo !== undefined && typeof party.logo !== "string") checkImage(party.logo, [...path, "parties", i, "logo"]);
        });
      },
      chart: (chart) => {
        if (chart.id !== undefined) anchor(chart.id, [...path, "id"]);
        if (chart.series.length > DOCUMENT_LIMITS.maxChartSeries) {
          add("document.chart_too_large", [...path, "series"], { limit: "series", received: chart.series.length, max: DOCUMENT_LIMITS.maxChartSeries });
        }
        if (chart.categories.length > DOCUMENT_LIMITS.maxChartCategories) {
          add("document.chart_too_large", [...path, "categories"], { limit: "categories", received: chart.categories.length, max: DOCUMENT_LIMITS.maxChartCategories });
        }
        chart.series.forEach((series, k) => {
          const at = [...path, "series", k];
          if (series.values.length !== chart.categories.length) {
            add("document.chart_series_length", [...at, "values"], { series: series.name, received: series.values.length, categories: chart.categories.length });
          }
          if (chart.unit !== "euros") return;
          const i = series.values.findIndex((v) => v !== null && !Number.isSafeInteger(v));
          if (i >= 0) add("document.chart_cents", [...at, "values", i], { received: series.values[i] });
        });
      },
    });
  }

  issues.push(...inlineRuleIssues(documentInlineSites(doc), headingIds, lang));

  for (const toc of tocs) {
    if (!tocLevels.some((level) => level <= toc.maxLevel)) add("document.toc_empty", toc.path, { maxLevel: toc.maxLevel });
  }

  issues.push(...characterIssues(doc, [], lang));
  return issues;
}

/**
 * What is wrong with an image's bytes: a type other than declared, a corrupt file, or one over
 * the limits (`DOCUMENT_LIMITS`), at `path` (a document's image or a theme's logo).
 *
 * @example
 * imageIssues({ data: new Uint8Array([1, 2]), mimeType: "image/png" }, ["theme", "logos", "etat"], "fr")[0]?.code
 * //=> "document.image_type_mismatch"
 */
export function imageIssues(image: Pick<Image, "data" | "mimeType">, path: IssuePath, lang: Lang): Issue[] {
  const detected = detectImageType(image.data);
  if (detected !== image.mimeType) return [documentIssue("document.image_type_mismatch", [...path, "data"], { declared: image.mimeType, detected }, { lang })];
  const problem = checkImageBytes(image.data, image.mimeType);
  if (problem?.kind === "corrupt") return [documentIssue("document.image_corrupt", [...path, "data"], { declared: image.mimeType, reason: problem.reason }, { lang })];
  if (problem?.kind === "too_large") {
    const { kind: _kind, ...params } = problem;
    return [documentIssue("document.image_too_large", [...path, "data"], { declared: image.mimeType, ...params }, { lang })];
  }
  return [];
}

/**
 * The characters XML 1.0 and PDF cannot carry, and the tabs and line breaks that belong in
 * `lineBreak` inlines, in every string inside `value` (a document, a theme), with their paths.
 */
export function characterIssues(value: unknown, path: IssuePath, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  forEachString(value, path, (text, pathOf) => {
    if (text.length > MAX_TEXT_LENGTH) {
      // Refused before anything reads it character by character.
      issues.push(documentIssue("document.text_too_long", pathOf(), { length: text.length, max: MAX_TEXT_LENGTH }, { lang }));
      return;
    }
    const found = findForbiddenCharacters(text);
    const at = found.length > 0 ? pathOf() : [];
    for (const f of found) {
      const code = CHARACTER_CODES[f.problem];
      const params: Record<string, unknown> = { codePoint: f.codePoint, offset: f.offset, count: f.count, excerpt: f.excerpt };
      if (code === "document.invalid_character" || code === "document.invisible_character") params.kind = f.problem;
      if (code === "document.unsupported_character") {
        params.character = f.character;
        const script = scriptOf(f.character);
        if (script !== undefined) params.script = script;
      }
      issues.push(documentIssue(code, at, params, { lang }));
    }
  });
  return issues;
}

/** References to no heading of `headingIds` (with a suggestion) and links with a refused address, in inline content. */
export function inlineRuleIssues(sites: Iterable<InlineSite>, headingIds: readonly string[], lang: Lang): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(headingIds);
  for (const { inlines, path } of sites) {
    for (const [i, inline] of inlines.entries()) {
      if (inline.type === "ref" && !known.has(inline.target)) {
        const suggestion = closestMatch(inline.target, headingIds);
        const params = suggestion === undefined ? { target: inline.target } : { target: inline.target, suggestion };
        issues.push(documentIssue("document.unknown_ref", [...path, i, "target"], params, { lang }));
      } else if (inline.type === "link") {
        const problem = linkProblem(inline.href);
        if (problem !== undefined) issues.push(documentIssue("document.invalid_link", [...path, i, "href"], { href: inline.href, ...problem }, { lang }));
      }
    }
  }
  return issues;
}

function checkKeepTogether(
  block: Block,
  path: IssuePath,
  groups: readonly IssuePath[],
  add: (code: DocumentIssueCode, path: IssuePath, params?: Record<string, unknown>) => void,
): void {
  if (block.type === "pageBreak" || block.type === "toc") {
    add("document.keep_together_content", path, { type: block.type });
  } else if (block.type === "heading" && block.pageBreakBefore === true && !firstInGroups(path, groups)) {
    add("document.keep_together_content", [...path, "pageBreakBefore"], { type: "heading" });
  }
}
