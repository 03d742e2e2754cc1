import type { Lang } from "@pacte/model";
import { CliIoError, ioError } from "./cli-error";
import type { Issue } from "@pacte/model";
import { cliIssue } from "./cli-issue";
import type { CliFileSystem } from "./file-system";

/**
 * Default largest input file, in bytes (5 MiB): a contract of 12 actions weighs about 20 kB.
 *
 * @example
 * DEFAULT_MAX_SIZE //=> 5242880
 */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/**
 * Reads an input file as UTF-8 text, refusing a file larger than `maxSize` bytes
 * (`input.too_large`, checked before reading and again after) and bytes that are not UTF-8
 * (`input.encoding`). `shown` is the path as the person typed it, for messages.
 *
 * @throws {CliIoError} when the file is missing, unreadable or a folder.
 * @example
 * const r = await readInputFile(nodeFileSystem(), "/tmp/contrat.yaml", { shown: "contrat.yaml" });
 * r.text?.startsWith("reference:") //=> true
 */
export async function readInputFile(
  fs: CliFileSystem,
  path: string,
  options: { readonly shown: string; readonly maxSize?: number | undefined; readonly lang?: Lang | undefined },
): Promise<{ text?: string; issues: Issue[] }> {
  const lang = options.lang ?? "fr";
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  let info;
  try {
    info = await fs.stat(path);
  } catch (e) {
    throw ioError(e, "lire", options.shown);
  }
  if (info === undefined) throw new CliIoError("lire", options.shown, "ENOENT");
  if (info.isDirectory) throw new CliIoError("lire", options.shown, "EISDIR");
  if (info.size > max) return { issues: [cliIssue("input.too_large", [], { size: info.size, max }, lang)] };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    throw ioError(e, "lire", options.shown);
  }
  if (bytes.length > max) return { issues: [cliIssue("input.too_large", [], { size: bytes.length, max }, lang)] };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), issues: [] };
  } catch {
    return { issues: [cliIssue("input.encoding", [], {}, lang)] };
  }
}
