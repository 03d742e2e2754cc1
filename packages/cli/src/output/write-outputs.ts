import { dirname, isAbsolute, join, relative } from "node:path";
import { CliIoError, ioError, OverwriteError } from "../cli-error";
import type { CliFileSystem } from "../file-system";
import type { CliLang } from "../localized";
import { writeFileAtomic } from "./atomic-write";
import { trackCreatedFolder } from "./cleanup";
import { formatSize } from "./format-size";
import type { RenderedFile } from "./render-files";
import { removeStaleTempFiles } from "./stale-temp-files";

/** The file system and the working folder, which every write needs. */
interface WriteIo {
  readonly fs: CliFileSystem;
  readonly cwd: string;
}

/**
 * How a path is shown to the person: relative to the working folder when inside it.
 *
 * @example
 * shownPath("/home/a/out/x.pdf", "/home/a") //=> "out/x.pdf"
 */
export function shownPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  return !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}

/**
 * A file an output folder writes: a rendered document, or other bytes the command makes (a CSV,
 * an XLSX), with its name.
 *
 * @example
 * const csv: OutputFile = { name: "consolidation-2024.csv", bytes: new TextEncoder().encode(text) };
 */
export type OutputFile = RenderedFile | { readonly name: string; readonly bytes: Uint8Array; readonly pages?: undefined };

/**
 * An output folder, checked before anything is rendered and created only when the first file is
 * written into it (an interrupted run leaves no empty folder behind).
 *
 * @example
 * const out = await openOutputFolder(io, "/tmp/out", { names: ["a.pdf"], force: false });
 * await out.write(files, { lang: "fr" }) //=> ["écrit out/a.pdf (3 pages, 40 Ko)"]
 */
export interface OutputFolder {
  readonly dir: string;
  /**
   * Writes rendered files (or any named bytes: a CSV, an XLSX), each atomically (see
   * `writeFileAtomic`), and returns one line per file for the person: « écrit
   * out/CLS-23-2024-001.pdf (31 pages, 245 Ko) ».
   *
   * @throws {OverwriteError} or {CliIoError} at the first file that cannot be written; the files
   * written before it stay, complete.
   */
  write(files: readonly OutputFile[], options: { readonly lang: CliLang }): Promise<string[]>;
}

/** The folders above `dir`, `dir` included, that do not exist yet, the highest first. */
async function missingFolders(fs: CliFileSystem, dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    if ((await fs.stat(d)) !== undefined) break;
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  return missing;
}

/**
 * Creates `dir` if needed (noting each folder it creates, so an interruption removes them while
 * empty), then removes the temporary files of ours that a killed run left there.
 *
 * @throws {CliIoError} when the folder cannot be created.
 * @example
 * await ensureOutputFolder(io, "/tmp/out")
 */
export async function ensureOutputFolder(io: WriteIo, dir: string): Promise<void> {
  try {
    const missing = await missingFolders(io.fs, dir);
    await io.fs.mkdirp(dir);
    for (const m of missing) trackCreatedFolder(m);
  } catch (e) {
    throw ioError(e, "mkdir", shownPath(dir, io.cwd));
  }
  await removeStaleTempFiles(io.fs, dir);
}

/**
 * Checks an output folder before anything is rendered: it is a folder or does not exist yet
 * (`--out` naming a file is said as such), none of `names` is a folder, a pipe or a device there
 * (never replaced), and, without `force`, none of `names` is there at all.
 *
 * @throws {CliIoError} when `dir` is not a folder, or a name is not a regular file. {OverwriteError} naming the first file that exists.
 * @example
 * await openOutputFolder({ fs, cwd }, "/tmp/out", { names: ["a.pdf", "a.docx"], force: false })
 */
export async function openOutputFolder(io: WriteIo, dir: string, options: { readonly names: readonly string[]; readonly force: boolean }): Promise<OutputFolder> {
  const shownDir = shownPath(dir, io.cwd);
  let info;
  try {
    info = await io.fs.stat(dir);
  } catch (e) {
    throw ioError(e, "mkdir", shownDir);
  }
  if (info !== undefined && !info.isDirectory) throw new CliIoError("mkdir", shownDir, "NOT_A_FOLDER");
  if (info === undefined) {
    // A folder to create: what is above it must be a folder (`--out fichier/sortie`).
    const missing = await missingFolders(io.fs, dir).catch(() => [dir]);
    const above = dirname(missing[0] ?? dir);
    const parent = await io.fs.stat(above).catch(() => undefined);
    if (parent !== undefined && !parent.isDirectory) throw new CliIoError("mkdir", shownDir, "ENOTDIR");
  }
  if (info !== undefined) {
    for (const name of options.names) {
      const target = join(dir, name);
      let existing;
      try {
        existing = await io.fs.stat(target);
      } catch (e) {
        throw ioError(e, "write", shownPath(target, io.cwd));
      }
      if (existing !== undefined && existing.kind !== "file") throw new CliIoError("write", shownPath(target, io.cwd), "NOT_A_REGULAR_FILE");
      if (existing !== undefined && !options.force) throw new OverwriteError(shownPath(target, io.cwd));
    }
  }
  let ready: Promise<void> | undefined;
  return {
    dir,
    async write(files, { lang }) {
      ready ??= ensureOutputFolder(io, dir);
      await ready;
      const lines: string[] = [];
      for (const f of files) {
        const target = join(dir, f.name);
        const shown = shownPath(target, io.cwd);
        await writeFileAtomic(io.fs, target, f.bytes, { force: options.force, shown });
        const pages = f.pages !== undefined ? `${f.pages} page${f.pages > 1 ? "s" : ""}, ` : "";
        lines.push(`${lang === "fr" ? "écrit" : "wrote"} ${shown} (${pages}${formatSize(f.bytes.length, lang)})`);
      }
      return lines;
    },
  };
}

/**
 * Writes one file the command produces (`init`, `calendar`, `schema`) atomically, after removing
 * the temporary files of ours that a killed run left beside it. Its folder must exist.
 *
 * @throws {OverwriteError} without `force` when the file exists. {CliIoError} when it cannot be written.
 * @example
 * await writeOneFile(io, "/tmp/contrat.yaml", bytes, { force: false }) //=> "contrat.yaml"
 */
export async function writeOneFile(io: WriteIo, target: string, bytes: Uint8Array, options: { readonly force: boolean }): Promise<string> {
  const shown = shownPath(target, io.cwd);
  await removeStaleTempFiles(io.fs, dirname(target));
  await writeFileAtomic(io.fs, target, bytes, { force: options.force, shown });
  return shown;
}
