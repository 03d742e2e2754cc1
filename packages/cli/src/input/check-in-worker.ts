import type { Lang } from "@pacte/issues";
import { askWorker } from "../batch/ask-worker";
import { workerScriptPath } from "../batch/worker-protocol";
import { checkFileText, type LoadedContract } from "./check-file-text";

/**
 * Checks the text of an input file (`fileName` chooses YAML or JSON) into a {@link LoadedContract}.
 *
 * @example
 * const check: ContractChecker = checkFileText;
 * (await check("reference: X\n", "a.yaml", { lang: "fr" })).contract //=> undefined
 */
export type ContractChecker = (text: string, fileName: string, options: { readonly lang: Lang; readonly maxSize?: number | undefined }) => Promise<LoadedContract>;

/**
 * Inputs longer than this many characters (128 Ki) are checked on a worker thread: the check of
 * a text of several megabytes takes seconds, during which a busy main thread could not answer
 * Ctrl-C. Smaller ones, every real contract among them, are checked at once in this thread.
 *
 * @example
 * WORKER_CHECK_CHARS //=> 131072
 */
export const WORKER_CHECK_CHARS = 128 * 1024;

/**
 * A {@link ContractChecker} on a worker thread started for the check and ended after it.
 *
 * @example
 * const check = workerContractChecker(workerScriptPath()!);
 * (await check(text, "contrat.yaml", { lang: "fr" })).contract?.reference //=> "CLS-23-2024-001"
 */
export function workerContractChecker(workerPath: string): ContractChecker {
  return async (text, fileName, options) => (await askWorker(workerPath, { id: 0, kind: "check", text, fileName, lang: options.lang, maxSize: options.maxSize }, "check")).result;
}

/**
 * The checker the commands use: a text longer than `threshold` characters goes to a worker
 * thread (`workerPath`, the built worker by default), so that Ctrl-C and SIGTERM stop the command
 * at once however long the check; a shorter one, or any text when there is no worker (running
 * from the sources), is checked in this thread.
 *
 * @example
 * const check = stoppableContractChecker();
 * (await check(fiveMegabytesOfYaml, "gros.yaml", { lang: "fr" })).issues.length //=> 3 (checked on a worker)
 */
export function stoppableContractChecker(workerPath: string | undefined = workerScriptPath(), threshold: number = WORKER_CHECK_CHARS): ContractChecker {
  if (workerPath === undefined) return checkFileText;
  const onWorker = workerContractChecker(workerPath);
  return (text, fileName, options) => (text.length > threshold ? onWorker : checkFileText)(text, fileName, options);
}
