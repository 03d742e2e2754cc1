import { isAbsolute, join, relative } from "node:path";
import { ioError, OverwriteError } from "./cli-error";
import type { CommandContext } from "./command-spec";
import { writeFileAtomic } from "./atomic-write";
import { formatSize } from "./internal/format-size";
import type { RenderedFile } from "./render-files";

/**
 * How a path is shown to the person: relative to the working folder when inside it.
 *
 * @example
 * shownPath("/home/a/out/x.pdf", "/home/a") //=> "out/x.pdf"
 */
export function shownPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}

/**
 * Creates the output folder if needed and refuses, before anything is rendered, to replace an
 * existing file without `force`.
 *
 * @throws {OverwriteError} naming the first file that exists.
 * @throws {CliIoError} when the folder cannot be created.
 * @example
 * await prepareOutputs(ctx, "/tmp/out", ["a.pdf", "a.docx"], false)
 */
export async function prepareOutputs(ctx: Pick<CommandContext, "fs" | "cwd">, dir: string, names: readonly string[], force: boolean): Promise<void> {
  try {
    await ctx.fs.mkdirp(dir);
  } catch (e) {
    throw ioError(e, "créer le dossier", shownPath(dir, ctx.cwd));
  }
  if (force) return;
  for (const name of names) {
    const target = join(dir, name);
    let info;
    try {
      info = await ctx.fs.stat(target);
    } catch (e) {
      throw ioError(e, "écrire", shownPath(target, ctx.cwd));
    }
    if (info !== undefined) throw new OverwriteError(shownPath(target, ctx.cwd));
  }
}

/**
 * Writes rendered files into `dir`, each atomically (see `writeFileAtomic`), and returns one
 * line per file for the person: « écrit out/CLS-23-2024-001.pdf (31 pages, 245 Ko) ».
 *
 * @throws {OverwriteError} or {CliIoError} at the first file that cannot be written; the files
 * written before it stay, complete.
 * @example
 * await writeOutputs(ctx, "/tmp/out", files, { force: false }) //=> ["écrit out/a.pdf (3 pages, 40 Ko)", "écrit out/a.docx (12 Ko)"]
 */
export async function writeOutputs(
  ctx: Pick<CommandContext, "fs" | "cwd">,
  dir: string,
  files: readonly RenderedFile[],
  options: { readonly force: boolean },
): Promise<string[]> {
  const lines: string[] = [];
  for (const f of files) {
    const target = join(dir, f.name);
    const shown = shownPath(target, ctx.cwd);
    await writeFileAtomic(ctx.fs, target, f.bytes, { force: options.force, shown });
    const pages = f.pages !== undefined ? `${f.pages} page${f.pages > 1 ? "s" : ""}, ` : "";
    lines.push(`écrit ${shown} (${pages}${formatSize(f.bytes.length)})`);
  }
  return lines;
}
