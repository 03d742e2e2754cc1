import { checkContractText, contractTextFormatOf, type Contract } from "@pacte/contract";
import type { Issue, Lang } from "@pacte/model";
import type { CommandContext } from "./command-spec";
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
 * file's extension), as every command does.
 *
 * @example
 * checkFileText("reference: X\n", "a.yaml", { lang: "fr" }).contract //=> undefined
 */
export function checkFileText(text: string, fileName: string, options: { readonly lang: Lang; readonly maxSize?: number | undefined }): LoadedContract {
  const r = checkContractText(text, { format: contractTextFormatOf(fileName), lang: options.lang, maxBytes: options.maxSize });
  return r.success ? { contract: r.data, issues: r.warnings } : { issues: [...r.issues, ...r.warnings] };
}

/**
 * Reads and checks one input file for a command: `shown` is the path as typed.
 *
 * @throws {CliIoError} when the file cannot be read (missing, a folder, no permission).
 * @example
 * const r = await loadContract(ctx, "contrat.yaml", { lang: "fr" });
 * r.contract === undefined //=> true when the file has errors (see r.issues)
 */
export async function loadContract(
  ctx: Pick<CommandContext, "fs" | "resolve">,
  shown: string,
  options: { readonly lang: Lang; readonly maxSize?: number | undefined },
): Promise<LoadedContract> {
  const read = await readInputFile(ctx.fs, ctx.resolve(shown), { shown, maxSize: options.maxSize, lang: options.lang });
  if (read.text === undefined) return { issues: read.issues };
  return checkFileText(read.text, shown, options);
}
