import type { Lang } from "@pacte/model";
import { checkContractText, type CheckResult } from "./check-input";
import type { CommandContext } from "./command-spec";
import { readInputFile } from "./read-input";

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
): Promise<CheckResult> {
  const read = await readInputFile(ctx.fs, ctx.resolve(shown), { shown, maxSize: options.maxSize, lang: options.lang });
  if (read.text === undefined) return { issues: read.issues };
  return checkContractText(read.text, { fileName: shown, lang: options.lang });
}
