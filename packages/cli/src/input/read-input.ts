import type { Issue, Lang } from "@pacte/issues";
import { CliIoError, ioError } from "../cli-error";
import type { CliFileSystem } from "../file-system";
import { DEFAULT_MAX_SIZE } from "../options/shared-options";
import { cliIssue } from "./cli-issue";

/**
 * Reads an input file's bytes, with the checks every input gets: what is not a regular file (a
 * folder, a named pipe, a device such as `/dev/zero`, a socket) is refused before anything is
 * read (`input.not_a_file`); a file larger than `maxSize` bytes is refused by its size, and the
 * limit also holds on the bytes actually read, whatever the system reports (`input.too_large`).
 * `shown` is the path as the person typed it, for messages; `expected` what the command reads, as
 * the refusal of a folder or a device names it (`"sheet"`: a spreadsheet; a YAML or JSON text by
 * default).
 *
 * @throws {CliIoError} when the file is missing or cannot be opened (no permission).
 * @example
 * const r = await readInputBytes(nodeFileSystem(), "/tmp/actions.xlsx", { shown: "actions.xlsx" });
 * r.bytes?.length //=> 8123
 */
export async function readInputBytes(
  fs: CliFileSystem,
  path: string,
  options: { readonly shown: string; readonly maxSize?: number | undefined; readonly lang?: Lang | undefined; readonly expected?: "text" | "sheet" | undefined },
): Promise<{ bytes?: Uint8Array; issues: Issue[] }> {
  const lang = options.lang ?? "fr";
  const max = options.maxSize ?? DEFAULT_MAX_SIZE;
  let info;
  try {
    info = await fs.stat(path);
  } catch (e) {
    throw ioError(e, "read", options.shown);
  }
  if (info === undefined) throw new CliIoError("read", options.shown, "ENOENT");
  if (info.kind !== "file") return { issues: [cliIssue("input.not_a_file", [], { kind: info.kind, expected: options.expected ?? "text" }, lang)] };
  if (info.size > max) return { issues: [cliIssue("input.too_large", [], { size: info.size, max }, lang)] };
  let read;
  try {
    read = await fs.readFileBounded(path, max);
  } catch (e) {
    throw ioError(e, "read", options.shown);
  }
  if (read.kind !== "file") return { issues: [cliIssue("input.not_a_file", [], { kind: read.kind, expected: options.expected ?? "text" }, lang)] };
  if (read.overLimit) return { issues: [cliIssue("input.too_large", [], { size: read.bytes.length, max, atLeast: true }, lang)] };
  return { bytes: read.bytes, issues: [] };
}

/**
 * Reads an input file as UTF-8 text, with the checks of {@link readInputBytes}; bytes that are
 * not UTF-8 are refused (`input.encoding`). A byte-order mark is dropped. `shown` is the path as
 * the person typed it, for messages.
 *
 * @throws {CliIoError} when the file is missing or cannot be opened (no permission).
 * @example
 * const r = await readInputFile(nodeFileSystem(), "/tmp/contrat.yaml", { shown: "contrat.yaml" });
 * r.text?.startsWith("reference:") //=> true
 * (await readInputFile(nodeFileSystem(), "/dev/zero", { shown: "/dev/zero" })).issues[0]?.code //=> "input.not_a_file"
 */
export async function readInputFile(
  fs: CliFileSystem,
  path: string,
  options: { readonly shown: string; readonly maxSize?: number | undefined; readonly lang?: Lang | undefined },
): Promise<{ text?: string; issues: Issue[] }> {
  const read = await readInputBytes(fs, path, options);
  if (read.bytes === undefined) return { issues: read.issues };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(read.bytes), issues: [] };
  } catch {
    return { issues: [cliIssue("input.encoding", [], {}, options.lang ?? "fr")] };
  }
}
