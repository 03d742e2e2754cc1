import { join } from "node:path";
import { CliIoError, ioError } from "../cli-error";
import type { CliFileSystem } from "../file-system";

const INPUT = /\.(ya?ml|json)$/i;

/**
 * The input files a batch names: each argument is a file, or a folder whose entries named
 * `*.yaml`, `*.yml` and `*.json` (hidden ones skipped, sub-folders not searched) are taken in
 * name order. Duplicates are dropped. Each comes as `{ file: absolute, shown: as typed }`. What
 * is not a regular file — an argument that is a pipe or a device, an entry that is a pipe, a
 * folder, a broken link or a loop of links — is kept as a job all the same: reading it reports
 * what it is, with its own issue, and the other files of the batch go on.
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
      // Not stat'ed here: a loop of links would throw, and a pipe would be dropped unsaid.
      add(join(abs, name), join(arg, name));
    }
  }
  return out;
}
