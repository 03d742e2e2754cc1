/** The part of a writable stream {@link exitWhenFlushed} uses. */
export interface FlushableStream {
  write(chunk: string, callback: (error?: Error | null) => void): unknown;
}

/**
 * Ends the process with `code` as soon as what the command wrote to `streams` (the standard
 * output and error) has been handed to the system, instead of letting Node run the engine's own
 * pending work first — a garbage collection V8 scheduled, which is 5 to 10 % of a short command
 * such as `pacte validate`. For the executable only, once the command has finished everything it
 * started: files are written and renamed, render threads have answered. Node still writes its
 * compile cache and runs the `exit` listeners.
 *
 * @example
 * const code = await runCli(argv, { stdout: process.stdout, stderr: process.stderr });
 * exitWhenFlushed(code);
 */
export function exitWhenFlushed(code: number, streams: readonly FlushableStream[] = [process.stdout, process.stderr], exit: (code: number) => void = (c) => process.exit(c)): void {
  let pending = streams.length;
  if (pending === 0) {
    exit(code);
    return;
  }
  // (An empty write's callback comes once the writes before it are flushed, or failed.)
  for (const stream of streams)
    stream.write("", () => {
      pending--;
      if (pending === 0) exit(code);
    });
}
