import { basename, dirname, join } from "node:path";
import { CliIoError, OverwriteError, ioError } from "../cli-error";
import type { CliFileSystem, CliWriteHandle } from "../file-system";
import { trackTempFile, untrackTempFile } from "./cleanup";
import { tempFileName } from "./stale-temp-files";

/**
 * Options of {@link writeFileAtomic}: `force` replaces an existing file; `shown` is the path as
 * printed in messages; `chunkSize` the size of each write (64 KiB).
 *
 * @example
 * const options: WriteAtomicOptions = { force: false, shown: "out/contrat.pdf" };
 */
export interface WriteAtomicOptions {
  readonly force: boolean;
  readonly shown?: string | undefined;
  readonly chunkSize?: number | undefined;
}

let counter = 0;

async function createTemp(fs: CliFileSystem, target: string): Promise<{ path: string; handle: CliWriteHandle }> {
  const dir = dirname(target);
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, tempFileName(basename(target), process.pid, ++counter));
    try {
      return { path, handle: await fs.createExclusive(path) };
    } catch (e) {
      if ((e as { code?: unknown }).code !== "EEXIST" || attempt >= 10) throw e;
    }
  }
}

async function quietly(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // Cleaning up after a failure: the first error is the one to report.
  }
}

/**
 * Writes `bytes` to `target` so that `target` is either absent, its old self, or complete — never
 * half written: the bytes go to a temporary file in the same folder (`.name.pacte-pid-n.tmp`), which is
 * synced, then renamed over `target` (with `force`) or linked to it (without: an existing file,
 * even one created meanwhile, is never replaced). On any failure the temporary file is removed.
 *
 * @throws {OverwriteError} when `target` exists and `force` is false.
 * @throws {CliIoError} when `target` is a folder, a pipe or a device (never replaced, even with
 * `force`), or when the file system refuses (no space, no permission…).
 * @example
 * await writeFileAtomic(nodeFileSystem(), "/tmp/out/contrat.pdf", bytes, { force: false });
 */
export async function writeFileAtomic(fs: CliFileSystem, target: string, bytes: Uint8Array, options: WriteAtomicOptions): Promise<void> {
  const shown = options.shown ?? target;
  const chunk = Math.max(1, options.chunkSize ?? 64 * 1024);
  const existing = await fs.stat(target).catch((e: unknown) => Promise.reject(ioError(e, "write", shown)));
  // A folder, a pipe or a device (`--out /dev/null`) is never replaced by a file, even with force.
  if (existing !== undefined && existing.kind !== "file") throw new CliIoError("write", shown, "NOT_A_REGULAR_FILE");
  if (!options.force && existing !== undefined) throw new OverwriteError(shown);
  let temp: { path: string; handle: CliWriteHandle };
  try {
    temp = await createTemp(fs, target);
  } catch (e) {
    throw ioError(e, "write", shown);
  }
  trackTempFile(temp.path);
  let open = true;
  try {
    for (let offset = 0; offset < bytes.length; offset += chunk) {
      await temp.handle.write(bytes.subarray(offset, Math.min(bytes.length, offset + chunk)));
    }
    await temp.handle.sync();
    open = false;
    await temp.handle.close();
    if (options.force) {
      await fs.rename(temp.path, target);
    } else {
      try {
        await fs.link(temp.path, target);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (code === "EEXIST") throw new OverwriteError(shown);
        // No hard links on this file system: check, then rename.
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
        if ((await fs.stat(target)) !== undefined) throw new OverwriteError(shown);
        await fs.rename(temp.path, target);
      }
      await quietly(() => fs.unlink(temp.path));
    }
  } catch (e) {
    if (open) await quietly(() => temp.handle.close());
    await quietly(() => fs.unlink(temp.path));
    throw e instanceof OverwriteError ? e : ioError(e, "write", shown);
  } finally {
    untrackTempFile(temp.path);
  }
}
