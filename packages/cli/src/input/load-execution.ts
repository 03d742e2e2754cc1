import type { Contract } from "@pacte/contract";
import type { Lang } from "@pacte/issues";
import type { CliFileSystem } from "../file-system";
import type { LoadedExecution } from "./check-execution-text";
import { readInputFile } from "./read-input";

export type { LoadedExecution } from "./check-execution-text";

/**
 * Reads an execution report's file and checks it against its signed contract, as
 * `loadContract` does for a contract: `shown` is the path as typed, `resolve` makes it absolute.
 * What is not a readable UTF-8 file within `maxSize` gives its issue (`input.not_a_file`,
 * `input.too_large`, `input.encoding`); the text is checked by `checkExecutionText`.
 *
 * @throws {CliIoError} when the file is missing or cannot be opened.
 * @example
 * const r = await loadExecution({ fs: nodeFileSystem(), resolve: (p) => p }, "rapport-2024.yaml", contract, { lang: "fr" });
 * r.execution?.actions.length //=> 12
 */
export async function loadExecution(
  ctx: { readonly fs: CliFileSystem; readonly resolve: (path: string) => string },
  shown: string,
  contract: Contract,
  options: { readonly lang: Lang; readonly maxSize?: number | undefined },
): Promise<LoadedExecution> {
  const read = await readInputFile(ctx.fs, ctx.resolve(shown), { shown, maxSize: options.maxSize, lang: options.lang });
  if (read.text === undefined) return { issues: read.issues };
  const { checkExecutionText } = await import("./check-execution-text");
  return checkExecutionText(read.text, shown, contract, options);
}
