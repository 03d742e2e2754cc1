import type { Contract } from "@pacte/contract";
import type { Issue, Lang } from "@pacte/issues";

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
 * file's extension), as every command does; the library is loaded on first use. Runs in the
 * calling thread: see `stoppableContractChecker` for a check that Ctrl-C can interrupt.
 *
 * @example
 * (await checkFileText("reference: X\n", "a.yaml", { lang: "fr" })).contract //=> undefined
 */
export async function checkFileText(text: string, fileName: string, options: { readonly lang: Lang; readonly maxSize?: number | undefined }): Promise<LoadedContract> {
  const { checkContractText, contractTextFormatOf } = await import("@pacte/contract");
  const r = checkContractText(text, { format: contractTextFormatOf(fileName), lang: options.lang, maxBytes: options.maxSize });
  return r.success ? { contract: r.data, issues: r.warnings } : { issues: [...r.issues, ...r.warnings] };
}
