import type { Contract } from "@pacte/contract";
import type { Issue, Lang } from "@pacte/issues";
import type { CliFileSystem } from "../file-system";
import { readInputFile } from "./read-input";

/**
 * What reading and checking a file gives: the checked contract when it has no error, and every
 * issue — errors, then warnings — with its `location` in the file when it was read.
 *
 * @example
 * const r: LoadedContract = await loadContract(ctx, "contrat.yaml", { lang: "fr" });
 * r.contract?.reference //=> "CLS-23-2024-001"
 */
export interface LoadedContract {
  readonly contract?: Contract | undefined;
  readonly issues: readonly Issue[];
}

/**
 * Checks the text of a file with `checkContractText` of `@pacte/contract` (its syntax by the
 * file's extension), as every command does; the library is loaded on first use.
 *
 * @example
 * (await checkFileText("reference: X\n", "a.yaml", { lang: "fr" })).contract //=> undefined
 */
export async function checkFileText(text: string, fileName: string, options: { readonly lang: Lang; readonly maxSize?: number | undefined }): Promise<LoadedContract> {
  const { checkContractText, contractTextFormatOf } = await import("@pacte/contract");
  const r = checkContractText(text, { format: contractTextFormatOf(fileName), lang: options.lang, maxBytes: options.maxSize });
  return r.success ? { contract: r.data, issues: r.warnings } : { issues: [...r.issues, ...r.warnings] };
}

/**
 * Reads and checks one input file for a command: `shown` is the path as typed, `resolve` turns
 * it into an absolute path.
 *
 * @throws {CliIoError} when the file is missing or cannot be opened.
 * @example
 * const r = await loadContract({ fs: nodeFileSystem(), resolve: (p) => p }, "contrat.yaml", { lang: "fr" });
 * r.contract === undefined //=> true when the file has errors (see r.issues)
 */
export async function loadContract(
  ctx: { readonly fs: CliFileSystem; readonly resolve: (path: string) => string },
  shown: string,
  options: { readonly lang: Lang; readonly maxSize?: number | undefined },
): Promise<LoadedContract> {
  const read = await readInputFile(ctx.fs, ctx.resolve(shown), { shown, maxSize: options.maxSize, lang: options.lang });
  if (read.text === undefined) return { issues: read.issues };
  return checkFileText(read.text, shown, options);
}
