// Test helpers: run `pacte` in-process in a temporary folder, with captured output.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { inProcessBatchRunner } from "../batch/batch-runner";
import type { CliIo } from "../cli-io";
import { nodeFileSystem } from "../file-system";
import { inProcessDocumentRenderer } from "../output/document-renderer";
import { runCli } from "../run-cli";

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary folder; `cleanup()` removes it. */
export function tempDir(prefix = "pacte-cli-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a test file: returns a function that makes a fresh temporary folder, every one of them
 * removed after each test.
 */
export function tempDirs(prefix = "pacte-cli-"): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  return () => {
    const t = tempDir(prefix);
    cleanups.push(t.cleanup);
    return t.dir;
  };
}

/** Runs `pacte …args` in `cwd` with captured streams; `io` overrides the rest. */
export async function run(cwd: string, args: readonly string[], io: Partial<CliIo> & { tty?: boolean; columns?: number } = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const fs = io.fs ?? nodeFileSystem();
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: io.tty ?? false, columns: io.columns ?? 120 },
    stderr: { write: (s: string) => (stderr += s), isTTY: io.tty ?? false, columns: io.columns ?? 120 },
    cwd,
    env: io.env ?? {},
    fs,
    batchRunner: io.batchRunner ?? inProcessBatchRunner(fs, () => 0),
    renderer: io.renderer ?? inProcessDocumentRenderer,
    now: io.now ?? (() => 0),
  });
  return { code, stdout, stderr };
}
