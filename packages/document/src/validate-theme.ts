import { PacteError, closestMatch, fail, resultOf, safeParseWith, type Issue, type IssuePath, type Lang, type Result } from "@pacte/issues";
import { characterIssues, imageIssues, inlineRuleIssues } from "./internal/checks";
import type { InlineSite } from "./internal/walk";
import { documentIssue } from "./messages";
import { ThemeSchema, defaultTheme, type Theme, type ThemeInput } from "./theme";

/**
 * Options of {@link validateTheme}.
 *
 * @example
 * const options: ValidateThemeOptions = { lang: "en", headingIds: ["art-1"] };
 */
export interface ValidateThemeOptions {
  /** Language of the messages: `"fr"` (default) or `"en"`. */
  readonly lang?: Lang;
  /**
   * The heading ids of the document the theme will dress: references in the theme's header and
   * footer must point to one of them. Not checked when absent.
   */
  readonly headingIds?: readonly string[];
}

const KEYS: readonly string[] = Object.keys(ThemeSchema.shape);
const WHOLE: ReadonlySet<string> = new Set(["header", "footer"]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The override merged over the default theme: groups (`sizes`, `colors`…) one level deep, header, footer and arrays whole. */
function merge(input: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaultTheme };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || !KEYS.includes(key)) continue;
    const base = (defaultTheme as Record<string, unknown>)[key];
    merged[key] = isRecord(value) && isRecord(base) && !WHOLE.has(key) ? { ...base, ...value } : value;
  }
  return merged;
}

/**
 * Checks a theme override and merges it over `defaultTheme`, in stages, never throwing: its
 * shape (each wrong value is a `document.invalid_theme` issue at `theme.…`, with zod's wording
 * of what was expected), then every string it adds to the page (characters XML and PDF cannot
 * carry, as in {@link validateDocument}) and the references and links of its header and footer
 * templates. An unknown key is a warning (`document.unknown_theme_key`, with the closest known
 * key). Both renderers report a bad theme through this function, with the same codes and paths.
 *
 * @example
 * validateTheme({ sizes: { body: 11 } }).success //=> true
 * validateTheme({ colors: { text: "rouge" } })
 * //=> { success: false, issues: [{ code: "document.invalid_theme", path: ["theme", "colors", "text"], message: "Thème invalide en theme.colors.text : Couleur RRGGBB attendue (par exemple 1F1F1F). ; …" }], warnings: [] }
 */
export function validateTheme(input: unknown, options: ValidateThemeOptions = {}): Result<Theme> {
  const lang: Lang = options.lang === "en" ? "en" : "fr";
  if (input === undefined || input === null) return resultOf(defaultTheme, []);
  if (!isRecord(input)) {
    return fail([documentIssue("document.invalid_theme", ["theme"], { at: ["theme"], detail: lang === "fr" ? "un objet est attendu" : "an object is expected" }, { lang })]);
  }
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (KEYS.includes(key)) continue;
    const suggestion = closestMatch(key, KEYS);
    issues.push(documentIssue("document.unknown_theme_key", ["theme", key], suggestion === undefined ? { key, options: KEYS } : { key, suggestion }, { lang }));
  }
  const parsed = safeParseWith(ThemeSchema, merge(input), {
    lang,
    map: (zi, path) => {
      const at: IssuePath = ["theme", ...path];
      return documentIssue("document.invalid_theme", at, { at, detail: zi.message.replace(/[.\s]+$/, "") }, { lang });
    },
  });
  if (!parsed.success) return fail([...issues, ...parsed.issues]);
  const theme = parsed.data;
  issues.push(...characterIssues(theme, ["theme"], lang));
  for (const [key, logo] of Object.entries(theme.logos ?? {})) issues.push(...imageIssues(logo, ["theme", "logos", key], lang));
  if (options.headingIds !== undefined) issues.push(...inlineRuleIssues(templateSites(theme), options.headingIds, lang));
  return resultOf(theme, issues);
}

function* templateSites(theme: Theme): Generator<InlineSite> {
  for (const part of ["header", "footer"] as const) {
    for (const slot of ["left", "center", "right"] as const) {
      const inlines = theme[part]?.[slot];
      if (inlines !== undefined) yield { inlines, path: ["theme", part, slot] };
    }
  }
}

/**
 * Merges an override over {@link defaultTheme} (one level deep for groups such as `sizes` and
 * `colors`; arrays and header/footer replaced whole) and checks the result with
 * {@link validateTheme}.
 *
 * @throws {PacteError} carrying `document.invalid_theme` issues (paths `theme.…`) when an override
 * has a value of the wrong kind (a colour that is not RRGGBB…) or a string a document cannot carry.
 * @example
 * resolveTheme({ sizes: { body: 11 } }).sizes.body //=> 11
 * resolveTheme({ sizes: { body: 11 } }).sizes.table //=> 9
 */
export function resolveTheme(input: ThemeInput = {}, options: Pick<ValidateThemeOptions, "lang"> = {}): Theme {
  const result = validateTheme(input, options);
  if (!result.success) {
    throw new PacteError(result.issues, { lang: options.lang ?? "fr", heading: { fr: "Thème invalide", en: "Invalid theme" }, warnings: result.warnings });
  }
  return result.data;
}
