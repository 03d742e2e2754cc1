import type { Lang } from "@pacte/issues";
import type { CliFileSystem } from "../file-system";
import type { LoadedContract } from "./check-file-text";
import { stoppableContractChecker, type ContractChecker } from "./check-in-worker";
import { readInputFile } from "./read-input";

export type { LoadedContract } from "./check-file-text";

/**
 * Reads and checks one input file for a command: `shown` is the path as typed, `resolve` turns
 * it into an absolute path. A large text is checked on a worker thread, so that Ctrl-C stops
 * the command at once (`check`, {@link stoppableContractChecker} by default).
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
  check: ContractChecker = stoppableContractChecker(),
): Promise<LoadedContract> {
  const read = await readInputFile(ctx.fs, ctx.resolve(shown), { shown, maxSize: options.maxSize, lang: options.lang });
  if (read.text === undefined) return { issues: read.issues };
  return check(read.text, shown, options);
}
