import { constants } from "node:fs";
import { link, mkdir, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";

/**
 * What a file or folder is, or `undefined` when the path does not exist.
 *
 * @example
 * const info: CliFileInfo = { size: 1234, isFile: true, isDirectory: false };
 */
export interface CliFileInfo {
  readonly size: number;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
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
  readFile(path: string): Promise<Uint8Array>;
  /** `undefined` when nothing is at `path`. */
  stat(path: string): Promise<CliFileInfo | undefined>;
  readdir(path: string): Promise<string[]>;
  mkdirp(path: string): Promise<void>;
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

/**
 * The real file system, on `node:fs/promises`.
 *
 * @example
 * await nodeFileSystem().stat("/nowhere") //=> undefined
 */
export function nodeFileSystem(): CliFileSystem {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    stat: async (path) => {
      try {
        const s = await stat(path);
        return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory() };
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    readdir: (path) => readdir(path),
    mkdirp: async (path) => {
      await mkdir(path, { recursive: true });
    },
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
