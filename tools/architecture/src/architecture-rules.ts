/**
 * What each published package may import, from `docs/ARCHITECTURE.md` ("Packages and what
 * each may import"): other `@pacte/*` packages and third-party packages. `node:` modules are
 * allowed only where `node` is listed.
 */
export const ALLOWED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  issues: ["zod"],
  model: ["@pacte/issues", "zod", "date-fns"],
  document: ["@pacte/issues", "zod", "date-fns"],
  contract: ["@pacte/issues", "@pacte/model", "@pacte/document", "zod", "date-fns", "yaml"],
  execution: ["@pacte/issues", "@pacte/model", "@pacte/document", "@pacte/contract", "zod", "date-fns", "fflate"],
  docx: ["@pacte/issues", "@pacte/document", "docx"],
  pdf: ["@pacte/issues", "@pacte/document", "@cantoo/pdf-lib", "@pdf-lib/fontkit", "fontkit", "pdf-lib", "hyphen", "fflate"],
  cli: ["@pacte/issues", "@pacte/model", "@pacte/document", "@pacte/contract", "@pacte/execution", "@pacte/docx", "@pacte/pdf", "yaml", "exceljs", "csv-parse", "csv-stringify", "fflate", "node"],
};

/** The package name of a bare specifier: `@scope/name/sub` → `@scope/name`, `docx/layout` → `docx`, `node:fs` → `node`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith("node:")) return "node";
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}
