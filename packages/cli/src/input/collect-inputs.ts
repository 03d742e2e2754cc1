import { join } from "node:path";
import { CliIoError, ioError } from "../cli-error";
import type { CliFileSystem } from "../file-system";

const INPUT = /\.(ya?ml|json)$/i;

/**
 * The input files a batch names: each argument is a file, or a folder whose `.yaml`, `.yml` and
 * `.json` files (not in sub-folders, hidden ones skipped) are taken in name order. Duplicates
 * are dropped. Each comes as `{ file: absolute, shown: as typed }`. An argument that is neither a
folder nor missing (a file, but also a pipe or a device) is kept as a job: reading it reports
what it is.
 *
 * @throws {CliIoError} when an argument does not exist.
 * @example
 * await collectInputs(ctx, ["contrats/"]) //=> [{ file: "/…/contrats/23.yaml", shown: "contrats/23.yaml" }, …]
 */
export async function collectInputs(ctx: { readonly fs: CliFileSystem; readonly resolve: (path: string) => string }, args: readonly string[]): Promise<{ file: string; shown: string }[]> {
  const out: { file: string; shown: string }[] = [];
  const seen = new Set<string>();
  const add = (file: string, shown: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push({ file, shown });
    }
  };
  for (const arg of args) {
    const abs = ctx.resolve(arg);
    let info;
    try {
      info = await ctx.fs.stat(abs);
    } catch (e) {
      throw ioError(e, "read", arg);
    }
    if (info === undefined) throw new CliIoError("read", arg, "ENOENT");
    if (!info.isDirectory) {
      add(abs, arg);
      continue;
    }
    let names: string[];
    try {
      names = await ctx.fs.readdir(abs);
    } catch (e) {
      throw ioError(e, "list", arg);
    }
    for (const name of [...names].sort((a, b) => a.localeCompare(b, "fr", { numeric: true }))) {
      if (name.startsWith(".") || !INPUT.test(name)) continue;
      const file = join(abs, name);
      const entry = await ctx.fs.stat(file);
      if (entry?.isFile === true) add(file, join(arg, name));
    }
  }
  return out;
}
