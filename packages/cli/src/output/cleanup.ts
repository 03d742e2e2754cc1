import { rmdirSync, unlinkSync } from "node:fs";

// What this process is writing right now: temporary files between their creation and their
// rename, and folders it created for its outputs. Kept in this module, reached only through the
// functions below, so that an interruption (Ctrl-C, SIGTERM) can remove them synchronously.
const tempFiles = new Set<string>();
const createdFolders: string[] = [];

/**
 * Notes a temporary file being written; `untrackTempFile` once it is renamed or removed.
 *
 * @example
 * trackTempFile("/tmp/out/.a.pdf.pacte-123-1.tmp")
 */
export function trackTempFile(path: string): void {
  tempFiles.add(path);
}

/**
 * Forgets a temporary file (renamed or removed).
 *
 * @example
 * untrackTempFile("/tmp/out/.a.pdf.pacte-123-1.tmp")
 */
export function untrackTempFile(path: string): void {
  tempFiles.delete(path);
}

/**
 * Whether this process is writing the temporary file `path` right now (tracked and not yet
 * renamed or removed).
 *
 * @example
 * isTrackedTempFile("/tmp/out/.a.pdf.pacte-123-1.tmp") //=> false
 */
export function isTrackedTempFile(path: string): boolean {
  return tempFiles.has(path);
}

/**
 * Notes an output folder this run created, so that an interruption removes it again when it is
 * still empty.
 *
 * @example
 * trackCreatedFolder("/tmp/out")
 */
export function trackCreatedFolder(path: string): void {
  createdFolders.push(path);
}

/**
 * How many temporary files are being written now (for tests).
 *
 * @example
 * pendingTempFiles() //=> 0
 */
export function pendingTempFiles(): number {
  return tempFiles.size;
}

/**
 * Removes, synchronously (it runs in a signal handler, just before the process exits), every
 * temporary file being written and every output folder this run created that is still empty,
 * the deepest first. Never throws.
 *
 * @example
 * process.once("SIGINT", () => { cleanupNow(); process.exit(130); });
 */
export function cleanupNow(): void {
  for (const path of tempFiles) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed or removed.
    }
  }
  tempFiles.clear();
  for (const folder of createdFolders.splice(0).reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: it holds finished outputs, which stay.
    }
  }
}
