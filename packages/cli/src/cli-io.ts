import type { BatchRunner } from "./batch/batch-runner";
import type { CliFileSystem } from "./file-system";
import type { DocumentRenderer } from "./output/document-renderer";

/**
 * Where the command writes text: `process.stdout`/`process.stderr` in the executable, a buffer
 * in tests. `isTTY` turns the progress bar, colours and wrapping on; `columns` is the terminal's
 * width.
 *
 * @example
 * const out: CliStream = { write: (s) => void chunks.push(s), isTTY: false };
 */
export interface CliStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/**
 * Everything `runCli` touches outside itself: output streams, the working folder (relative paths
 * are resolved against it), the environment (`NO_COLOR`, `FORCE_COLOR`, `PACTE_DEBUG`), the file
 * system, how batches run and documents render, and a monotonic clock in milliseconds (only for
 * the durations and the time left the batch prints). Every field but the streams has a Node
 * default: worker threads once the package is built.
 *
 * @example
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: "/tmp/essai" };
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly cwd?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  readonly fs?: CliFileSystem | undefined;
  /** How `pacte batch` runs its jobs; worker threads by default. */
  readonly batchRunner?: BatchRunner | undefined;
  /** How `pacte render` and `pacte amend` render a document; a worker thread by default. */
  readonly renderer?: DocumentRenderer | undefined;
  readonly now?: (() => number) | undefined;
}
