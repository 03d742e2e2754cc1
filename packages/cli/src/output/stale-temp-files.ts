import { join } from "node:path";
import type { CliFileSystem } from "../file-system";
import { isTrackedTempFile } from "./cleanup";

/**
 * The name of a temporary file of ours for `target`'s base name, written by process `pid`:
 * `.NAME.pacte-PID-N.tmp`, hidden, beside the file it becomes.
 *
 * @example
 * tempFileName("CLS-23-2024-001.pdf", 4242, 1) //=> ".CLS-23-2024-001.pdf.pacte-4242-1.tmp"
 */
export function tempFileName(baseName: string, pid: number, n: number): string {
  return `.${baseName}.pacte-${pid}-${n}.tmp`;
}

const OURS = /^\..+\.pacte-(\d+)-\d+\.tmp$/;

/**
 * A temporary file of ours untouched for this long (a day) is stale even when a process with its
 * pid runs: no run writes one file for a day, and pids are reused.
 *
 * @example
 * STALE_AFTER_MS //=> 86400000
 */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

async function olderThan(fs: CliFileSystem, path: string, limitMs: number): Promise<boolean> {
  try {
    const modified = (await fs.stat(path))?.modifiedMs;
    return modified !== undefined && modified < limitMs;
  } catch {
    return false;
  }
}

/**
 * Whether a process is running, by `kill(pid, 0)`: `EPERM` means it runs as someone else.
 *
 * @example
 * processIsAlive(process.pid) //=> true
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: unknown }).code === "EPERM";
  }
}

/**
 * Removes from `dir` the temporary files of ours left by a run that was killed outright
 * (`SIGKILL`, a power cut): the `.NAME.pacte-PID-N.tmp` files whose process is no longer alive,
 * those bearing this process's own pid that it is not writing (left by an earlier process that
 * had the same pid), and those untouched for {@link STALE_AFTER_MS} whatever their pid. A run
 * still writing into the same folder keeps its own. Returns the names removed; never
 * throws (a folder that cannot be listed is left alone).
 *
 * @example
 * await removeStaleTempFiles(nodeFileSystem(), "/tmp/out") //=> [".CLS-23-2024-001.pdf.pacte-4242-1.tmp"]
 */
export async function removeStaleTempFiles(
  fs: CliFileSystem,
  dir: string,
  alive: (pid: number) => boolean = processIsAlive,
  now: () => number = Date.now,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = OURS.exec(name)?.[1];
    if (pid === undefined) continue;
    // Our own pid: ours only if this process is writing it; otherwise an earlier process had the
    // same pid (in a container, every run may be pid 7) and was killed.
    const path = join(dir, name);
    const beingWritten =
      Number(pid) === process.pid ? isTrackedTempFile(path) : alive(Number(pid)) && !(await olderThan(fs, path, now() - STALE_AFTER_MS));
    if (beingWritten) continue;
    try {
      await fs.unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
