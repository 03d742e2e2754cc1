import { PacteError, fail, ok, type Issue, type IssuePath, type Lang, type Result } from "@pacte/issues";
import type { Chart, Identities, Signatures, Toc } from "./block";
import { prepareChart, type PreparedChart } from "./prepare-chart";
import type { Document } from "./document";
import type { HeaderFooter } from "./header-footer";
import { headingIndex, referenceLabels, tocEntries, DEFAULT_TOC_MAX_LEVEL, type HeadingEntry } from "./heading-index";
import { prepareIdentities, type PreparedIdentity } from "./identity-blocks";
import { documentIssue } from "./messages";
import { MIN_TEXT_AREA, pageGeometry, type PageGeometry } from "./page-geometry";
import { prepareSignatures, type PreparedSignatures } from "./signature-lines";
import type { Theme, ThemeInput } from "./theme";
import { frenchTypography } from "./typography/french-spacing";
import { headerFooterWithFrenchTypography, withFrenchTypography } from "./typography/french-document";
import { validateDocument } from "./validate-document";
import { validateTheme } from "./validate-theme";
import { walkBlocks } from "./visit-blocks";

/**
 * Options of {@link prepareDocument}.
 *
 * @example
 * const options: PrepareDocumentOptions = { theme: { sizes: { body: 11 } }, lang: "en", frenchTypography: false };
 */
export interface PrepareDocumentOptions {
  /** Overrides merged over `defaultTheme`, checked by `validateTheme`. */
  readonly theme?: ThemeInput;
  /** Language of the issues' messages: `"fr"` (default) or `"en"`. */
  readonly lang?: Lang;
  /**
   * Apply French typography (`withFrenchTypography`) to every text; on by default for a French
   * document (`meta.language` absent or `fr…`), off for the others.
   */
  readonly frenchTypography?: boolean;
}

/**
 * A table of contents prepared: its title (its own, else the theme's), where that title comes
 * from, the deepest level it lists and the headings it lists, in order.
 *
 * @example
 * const t: PreparedToc = { title: "Sommaire", titlePath: ["theme", "tocTitle"], maxLevel: 1, entries: [] };
 */
export interface PreparedToc {
  readonly title: string;
  readonly titlePath: IssuePath;
  readonly maxLevel: NonNullable<Toc["maxLevel"]>;
  readonly entries: readonly HeadingEntry[];
}

/**
 * The header or footer every page shows: the document's own, else the theme's; where it comes
 * from (`["footer"]` or `["theme", "footer"]`); whether the first page shows it.
 *
 * @example
 * const f: PreparedHeaderFooter = { content: { center: [{ type: "field", field: "pageNumber" }] }, path: ["theme", "footer"], firstPage: true };
 */
export interface PreparedHeaderFooter {
  readonly content: HeaderFooter;
  readonly path: IssuePath;
  readonly firstPage: boolean;
}

/**
 * A document with everything that does not depend on the output format decided once, so that
 * the DOCX and the PDF say the same thing: both renderers draw from it and derive nothing again.
 *
 * - `document`: the validated document, with French typography applied (unless turned off);
 * - `theme`: the validated theme, merged over `defaultTheme`;
 * - `language` (BCP 47, `fr-FR` by default) and `textLang`, the language of the words renderers
 *   write themselves (`"fr"` unless the document is not French);
 * - `geometry`: page size, margins, text area, header and footer distances;
 * - `headings`: every heading in reading order with its displayed title, and `headingById`;
 * - `references`: what a reference without its own text shows, per heading id (label, else title);
 * - `tocs` and `signatures`: each `toc` and `signatures` block of `document.body` (the same
 *   objects, as keys) with its entries, or with its signatories' lines and rows;
 * - `identities`: each `identities` block with its parties (alignment, logo from the theme, lines);
 * - `charts`: each `chart` block with its series' colours, value axis, alternative text and data
 *   table (see `prepareChart`);
 * - `header` and `footer`: the ones every page shows.
 *
 * @example
 * const prepared: PreparedDocument = prepareDocumentOrThrow(doc);
 * prepared.headings[0]?.title //=> "Article 1 – Objet"
 */
export interface PreparedDocument {
  readonly document: Document;
  readonly theme: Theme;
  readonly language: string;
  readonly textLang: Lang;
  readonly geometry: PageGeometry;
  readonly headings: readonly HeadingEntry[];
  readonly headingById: ReadonlyMap<string, HeadingEntry>;
  readonly references: ReadonlyMap<string, string>;
  readonly tocs: ReadonlyMap<Toc, PreparedToc>;
  readonly signatures: ReadonlyMap<Signatures, PreparedSignatures>;
  readonly identities: ReadonlyMap<Identities, readonly PreparedIdentity[]>;
  readonly charts: ReadonlyMap<Chart, PreparedChart>;
  readonly header: PreparedHeaderFooter | undefined;
  readonly footer: PreparedHeaderFooter | undefined;
}

/** Every object {@link prepareDocument} returned: what {@link isPreparedDocument} recognises. */
const PREPARED = new WeakSet<object>();

const hasContent = (hf: HeaderFooter | undefined): hf is HeaderFooter =>
  hf !== undefined && [hf.left, hf.center, hf.right].some((slot) => slot !== undefined && slot.length > 0);

/**
 * Validates a document and a theme and decides, once, everything both renderers must say the
 * same way: see {@link PreparedDocument}. Never throws on bad input: the document's issues
 * (`validateDocument`), the theme's (`validateTheme`, paths `theme.…`, its header and footer's
 * references checked against the document's headings) and a text area smaller than 72 pt
 * (`document.page_too_small`) come back together.
 *
 * @example
 * const r = prepareDocument({
 *   meta: { title: "Note", createdAt: "2024-03-12" },
 *   body: [
 *     { type: "heading", level: 1, id: "a1", label: "Article 1", text: "Objet" },
 *     { type: "signatures", signatories: [{ role: "Pour l'État", quality: "Le préfet", name: "Jean Dupont", place: "Guéret", date: "2024-03-12", fieldId: "sig" }] },
 *   ],
 * });
 * r.success && r.data.headings[0]?.title //=> "Article 1 – Objet"
 * r.success && [...r.data.signatures.values()][0]?.blocks[0]?.above.map((l) => l.text)
 * //=> ["Pour l’État", "Le préfet", "Fait à Guéret, le 12 mars 2024"]
 */
export function prepareDocument(input: unknown, options: PrepareDocumentOptions = {}): Result<PreparedDocument> {
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  const validated = validateDocument(input, { lang });
  const headingIds = validated.success ? headingIndex(validated.data, "").map((h) => h.id) : undefined;
  const themed = validateTheme(options.theme, { lang, ...(headingIds === undefined ? {} : { headingIds }) });
  const warnings: Issue[] = [...validated.warnings, ...themed.warnings];
  if (!validated.success || !themed.success) {
    return fail([...(validated.success ? [] : validated.issues), ...(themed.success ? [] : themed.issues), ...warnings]);
  }
  const theme = themed.data;
  const language = validated.data.meta.language ?? "fr-FR";
  const textLang: Lang = language.toLowerCase().startsWith("fr") ? "fr" : "en";
  const typeset = options.frenchTypography ?? textLang === "fr";
  const document = typeset ? withFrenchTypography(validated.data) : validated.data;
  const fix = (s: string): string => (typeset ? frenchTypography(s) : s);

  const geometry = pageGeometry(document, theme);
  if (geometry.textWidth < MIN_TEXT_AREA || geometry.textHeight < MIN_TEXT_AREA) {
    const path: IssuePath = document.page?.margins !== undefined ? ["page", "margins"] : ["theme", "page", "margins"];
    const params = { width: Math.round(geometry.textWidth), height: Math.round(geometry.textHeight), minimum: MIN_TEXT_AREA };
    return fail([documentIssue("document.page_too_small", path, params, { lang }), ...warnings]);
  }

  const headings = headingIndex(document, theme.headingLabelSeparator);
  const headingById = new Map<string, HeadingEntry>();
  for (const h of headings) if (!headingById.has(h.id)) headingById.set(h.id, h);
  const tocs = new Map<Toc, PreparedToc>();
  const signatures = new Map<Signatures, PreparedSignatures>();
  const identities = new Map<Identities, readonly PreparedIdentity[]>();
  const charts = new Map<Chart, PreparedChart>();
  for (const { block, path } of walkBlocks(document.body, ["body"])) {
    if (block.type === "toc") {
      tocs.set(block, {
        title: block.title ?? fix(theme.tocTitle),
        titlePath: block.title === undefined ? ["theme", "tocTitle"] : [...path, "title"],
        maxLevel: block.maxLevel ?? DEFAULT_TOC_MAX_LEVEL,
        entries: tocEntries(block, headings),
      });
    } else if (block.type === "signatures") {
      signatures.set(block, prepareSignatures(block, path, textLang));
    } else if (block.type === "identities") {
      identities.set(block, prepareIdentities(block, path, theme));
    } else if (block.type === "chart") {
      charts.set(block, prepareChart(block, { width: geometry.textWidth, lang: textLang, fix }));
    }
  }

  const headerFooter = (part: "header" | "footer"): PreparedHeaderFooter | undefined => {
    const own = document[part];
    const chosen = own ?? theme[part];
    if (!hasContent(chosen)) return undefined;
    const content = own === undefined && typeset ? headerFooterWithFrenchTypography(chosen) : chosen;
    return { content, path: own === undefined ? ["theme", part] : [part], firstPage: chosen.firstPage !== false };
  };

  const prepared: PreparedDocument = {
    document,
    theme,
    language,
    textLang,
    geometry,
    headings,
    headingById,
    references: referenceLabels(headings),
    tocs,
    signatures,
    identities,
    charts,
    header: headerFooter("header"),
    footer: headerFooter("footer"),
  };
  PREPARED.add(prepared);
  return ok(prepared, warnings);
}

/**
 * Whether `value` is a document {@link prepareDocument} returned (the very object: a copy is not).
 *
 * @example
 * isPreparedDocument(prepareDocumentOrThrow(doc)) //=> true
 * isPreparedDocument(doc) //=> false
 */
export function isPreparedDocument(value: unknown): value is PreparedDocument {
  // (A WeakSet holds no primitive: `has` answers false for one.)
  return PREPARED.has(value as object);
}

/**
 * What the renderers start from: a document prepared by {@link prepareDocument} is taken as it
 * is — validated, typeset and decided once, however many formats are rendered from it — and any
 * other input is prepared with `options`. Options that preparation decides (`theme`,
 * `frenchTypography`) cannot be given again with a prepared document: each is an issue
 * `document.already_prepared` at `["options", name]`, as the renderer would otherwise draw
 * something else than what was asked. Never throws on bad input.
 *
 * A prepared document is read, never checked again: prepare again after changing it or its
 * document (the types are read-only).
 *
 * @example
 * const prepared = prepareDocumentOrThrow(doc);
 * prepareOnce(prepared).success && prepareOnce(prepared).data === prepared //=> true
 * prepareOnce(prepared, { theme: {} }).success //=> false (document.already_prepared at options.theme)
 * prepareOnce(doc, { theme: { sizes: { body: 11 } } }).success //=> true (prepared now)
 */
export function prepareOnce(input: unknown, options: PrepareDocumentOptions = {}): Result<PreparedDocument> {
  if (!isPreparedDocument(input)) return prepareDocument(input, options);
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  const given = (["theme", "frenchTypography"] as const).filter((name) => options[name] !== undefined);
  if (given.length > 0) return fail(given.map((option) => documentIssue("document.already_prepared", ["options", option], { option }, { lang })));
  return ok(input);
}

/**
 * Like {@link prepareDocument}, but returns the prepared document itself and throws when the
 * document or the theme is invalid (warnings are dropped).
 *
 * @throws {PacteError} carrying every issue.
 * @example
 * prepareDocumentOrThrow({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [] }).geometry.textWidth //=> 481.89…
 */
export function prepareDocumentOrThrow(input: unknown, options: PrepareDocumentOptions = {}): PreparedDocument {
  const result = prepareDocument(input, options);
  if (!result.success) {
    throw new PacteError(result.issues, { lang: options.lang ?? "fr", heading: { fr: "Document invalide", en: "Invalid document" }, warnings: result.warnings });
  }
  return result.data;
}
