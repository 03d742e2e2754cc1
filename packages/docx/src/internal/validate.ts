import {
  documentIssue,
  resolveTheme,
  validateDocument,
  type Document,
  type HeaderFooter,
  type Issue,
  type IssuePath,
  type Lang,
  type Theme,
  type ThemeInput,
} from "@pacte/document";
import { collectHeadings } from "./context";
import { findBadChar } from "./xml-chars";

/**
 * The checked input of a render: the valid document and the resolved theme, or every issue found.
 *
 * @example
 * const checked: CheckedInput = { ok: false, issues: [] };
 */
export type CheckedInput =
  | { readonly ok: true; readonly document: Document; readonly theme: Theme; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type ZodLikeIssue = { readonly code?: string; readonly path: readonly PropertyKey[]; readonly message: string };
const zodIssuesOf = (error: unknown): readonly ZodLikeIssue[] | undefined => {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? (issues as ZodLikeIssue[]) : undefined;
};
const keyPath = (path: readonly PropertyKey[]): IssuePath => path.map((k) => (typeof k === "symbol" ? String(k) : k));

/**
 * Validates in stages and never throws: the document with `validateDocument` (its schema, then
 * every rule a renderer relies on: characters XML cannot carry, unique ids, references that
 * resolve, rows as wide as their table, readable images…), then the theme (its schema, and the
 * strings and header/footer templates it adds to the page: characters, references).
 *
 * @example
 * checkInput({ meta: { title: "N", createdAt: "2024-01-01" }, body: [] }, undefined, "fr").ok //=> true
 */
export function checkInput(input: unknown, themeInput: ThemeInput | undefined, lang: Lang): CheckedInput {
  const issues: Issue[] = [];
  const validated = validateDocument(input, { lang });
  if (!validated.success) issues.push(...validated.issues);

  let theme: Theme | undefined;
  try {
    theme = resolveTheme(themeInput ?? {});
  } catch (error) {
    const zodIssues = zodIssuesOf(error);
    if (!zodIssues) throw error;
    for (const z of zodIssues) {
      issues.push({ code: `schema.${z.code ?? "invalid"}`, path: ["theme", ...keyPath(z.path)], message: z.message, severity: "error", params: {} });
    }
  }

  if (theme !== undefined) {
    const text = (value: string | undefined, path: IssuePath) => {
      const bad = value === undefined ? undefined : findBadChar(value);
      if (bad) issues.push(documentIssue("document.invalid_character", path, { codePoint: bad.codePoint, offset: bad.index, count: 1, kind: bad.kind, excerpt: value?.slice(Math.max(0, bad.index - 20), bad.index) ?? "" }, { lang }));
    };
    text(theme.headingLabelSeparator, ["theme", "headingLabelSeparator"]);
    text(theme.tocTitle, ["theme", "tocTitle"]);
    text(theme.docxFontFamily, ["theme", "docxFontFamily"]);
    text(theme.docxFallbackFontFamily, ["theme", "docxFallbackFontFamily"]);
    // The theme's header and footer are only checked here: the document's own are checked above.
    const headings = validated.success ? collectHeadings(validated.data) : new Map();
    const templates = (hf: HeaderFooter | undefined, path: IssuePath) => {
      for (const slot of ["left", "center", "right"] as const) {
        hf?.[slot]?.forEach((inline, i) => {
          const at = [...path, slot, i];
          if (inline.type === "text") text(inline.text, [...at, "text"]);
          if (inline.type === "link") {
            text(inline.href, [...at, "href"]);
            inline.children.forEach((c, j) => text(c.text, [...at, "children", j, "text"]));
          }
          if (inline.type === "ref") {
            inline.children?.forEach((c, j) => text(c.text, [...at, "children", j, "text"]));
            if (validated.success && !headings.has(inline.target)) issues.push(documentIssue("document.unknown_ref", [...at, "target"], { target: inline.target }, { lang }));
          }
        });
      }
    };
    templates(theme.header, ["theme", "header"]);
    templates(theme.footer, ["theme", "footer"]);
  }

  if (!validated.success || theme === undefined || issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, document: validated.data, theme, warnings: validated.warnings };
}
