import type * as ExcelJS from "exceljs";

/** The exceljs module, whatever way it was loaded (its CommonJS export is the default of an ES import). */
type ExcelJsModule = typeof ExcelJS;

/**
 * Loads exceljs when a command needs it (`pacte init --sheet`, `import`, `export`), never before:
 * `pacte --version` and `pacte --help` load no library.
 *
 * @example
 * const { Workbook } = await loadExcelJs();
 */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import("exceljs")) as ExcelJsModule & { readonly default?: ExcelJsModule };
  return mod.default ?? mod;
}
