import { constants } from "node:fs";
import { link, mkdir, open, readdir, rename, rmdir, stat, unlink } from "node:fs/promises";

/**
 * What is at a path: a regular file, a folder, or something else that is not read as a file (a
 * named pipe, a device such as `/dev/zero`, a socket).
 *
 * @example
 * const kind: CliFileKind = "fifo";
 */
export type CliFileKind = "file" | "directory" | "fifo" | "device" | "socket" | "other";

/**
 * What a file or folder is, or `undefined` when the path does not exist. `size` is what the
 * system reports (0 for a pipe or a device: never trusted as a limit); `modifiedMs`, when known,
 * the time of its last change in milliseconds since 1970.
 *
 * @example
 * const info: CliFileInfo = { size: 1234, kind: "file", isFile: true, isDirectory: false, modifiedMs: 1764720000000 };
 */
export interface CliFileInfo {
  readonly size: number;
  readonly modifiedMs?: number | undefined;
  readonly kind: CliFileKind;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

/**
 * What {@link CliFileSystem.readFileBounded} read: the bytes (at most `max + 1`), and `kind`,
 * what the opened path turned out to be (a file swapped for a pipe between `stat` and `open` is
 * seen here, and nothing is read from it).
 *
 * @example
 * const r: BoundedRead = { kind: "file", bytes: new Uint8Array(12), overLimit: false };
 */
export interface BoundedRead {
  readonly kind: CliFileKind;
  readonly bytes: Uint8Array;
  /** More than `max` bytes were there: `bytes` holds only the first `max + 1`. */
  readonly overLimit: boolean;
}

/**
 * A file open for writing, created by {@link CliFileSystem.createExclusive}.
 *
 * @example
 * const h = await fs.createExclusive("/tmp/x"); await h.write(bytes); await h.sync(); await h.close();
 */
export interface CliWriteHandle {
  write(bytes: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations the command uses, so tests can inject failures (a writer that throws
 * after N bytes) or count calls. Paths are absolute. Errors are Node's (`code: "ENOENT"`…).
 *
 * @example
 * const fs: CliFileSystem = { ...nodeFileSystem(), createExclusive: failingAfter(1000) };
 */
export interface CliFileSystem {
  /**
   * Reads at most `max + 1` bytes of a regular file, so a limit holds on the bytes actually read
   * whatever the system says of the size. It opens without blocking (a named pipe with no writer
   * does not hang) and reads nothing from what is not a regular file.
   */
  readFileBounded(path: string, max: number): Promise<BoundedRead>;
  /** `undefined` when nothing is at `path`. */
  stat(path: string): Promise<CliFileInfo | undefined>;
  readdir(path: string): Promise<string[]>;
  mkdirp(path: string): Promise<void>;
  /** Removes an empty folder; fails if it is not empty. */
  rmdir(path: string): Promise<void>;
  /** Creates a new file; fails with `EEXIST` if one is there. */
  createExclusive(path: string): Promise<CliWriteHandle>;
  /** Gives `from` the second name `to`; fails with `EEXIST` if `to` exists. */
  link(from: string, to: string): Promise<void>;
  /** Renames `from` to `to`, replacing `to`. */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

type StatLike = { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean };

function kindOf(s: StatLike): CliFileKind {
  if (s.isFile()) return "file";
  if (s.isDirectory()) return "directory";
  if (s.isFIFO()) return "fifo";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "device";
  if (s.isSocket()) return "socket";
  return "other";
}

/**
 * The real file system, on `node:fs/promises`.
 *
 * @example
 * await nodeFileSystem().stat("/nowhere") //=> undefined
 * (await nodeFileSystem().stat("/dev/zero"))?.kind //=> "device"
 */
export function nodeFileSystem(): CliFileSystem {
  return {
    readFileBounded: async (path, max) => {
      const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const kind = kindOf(await handle.stat());
        if (kind !== "file") return { kind, bytes: new Uint8Array(0), overLimit: false };
        const chunks: Uint8Array[] = [];
        let total = 0;
        const chunk = 64 * 1024;
        while (total <= max) {
          const buffer = new Uint8Array(Math.min(chunk, max + 1 - total));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
          if (bytesRead === 0) break;
          chunks.push(buffer.subarray(0, bytesRead));
          total += bytesRead;
        }
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const c of chunks) {
          bytes.set(c, offset);
          offset += c.length;
        }
        return { kind, bytes, overLimit: total > max };
      } finally {
        await handle.close();
      }
    },
    stat: async (path) => {
      try {
        const s = await stat(path);
        const kind = kindOf(s);
        return { size: s.size, kind, isFile: kind === "file", isDirectory: kind === "directory", modifiedMs: s.mtimeMs };
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    readdir: (path) => readdir(path),
    mkdirp: async (path) => {
      await mkdir(path, { recursive: true });
    },
    rmdir: (path) => rmdir(path),
    createExclusive: async (path) => {
      const handle = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      return {
        write: async (bytes) => {
          let offset = 0;
          while (offset < bytes.length) {
            const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
            offset += bytesWritten;
          }
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    link: (from, to) => link(from, to),
    rename: (from, to) => rename(from, to),
    unlink: (path) => unlink(path),
  };
}
