// The Node side of the file-writing examples (contrat-departement, contrat-metropole, avenant):
// read a YAML file, print issues, render a document to PDF and DOCX, write the files. The @pacte
// libraries themselves touch no file and no process — reading YAML or JSON text into checked
// data, with the line of every problem, is @pacte/contract's (`parseContractText`,
// `checkContractText`): this is the thin shell around them that a script (or your own service)
// writes. When you copy an example, copy this file beside it and import it as "./support".
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkContractText, contractTextFormatOf, parseContractText, type Contract } from "@pacte/contract";
import { prepareDocumentOrThrow, type Document } from "@pacte/document";
import { renderDocx } from "@pacte/docx";
import { PacteError, formatPath, type Issue } from "@pacte/model";
import { renderPdfWithLayout } from "@pacte/pdf";

/** Exit codes, as the `pacte` command uses them. */
export const EXIT = { ok: 0, invalid: 1, io: 2 } as const;

/** A problem that ends the script with a message (and no stack trace). */
export class ExampleFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
    this.name = "ExampleFailure";
  }
}

/** One issue as a line: `path (l. 12)  code  message`, the line when the issue was found in a text. */
export function issueLine(issue: Pick<Issue, "path" | "code" | "message" | "location">, prefix = ""): string {
  const line = issue.location === undefined ? "" : ` (l. ${issue.location.line})`;
  return `${prefix}${formatPath(issue.path)}${line}  ${issue.code}  ${issue.message}`;
}

/** Prints warnings (they do not stop the script). */
export function printWarnings(warnings: readonly Issue[], label: string): void {
  if (warnings.length === 0) return;
  console.warn(`${label} : ${warnings.length} avertissement${warnings.length > 1 ? "s" : ""}`);
  for (const w of warnings) console.warn(`  ${issueLine(w)}`);
}

/** Invalid input: every issue, then exit 1. */
export function invalidInput(label: string, issues: readonly Issue[]): ExampleFailure {
  const errors = issues.filter((i) => i.severity === "error").length;
  return new ExampleFailure(
    `${label} : ${errors} problème${errors > 1 ? "s" : ""} à corriger`,
    EXIT.invalid,
    issues.map((i) => issueLine(i)),
  );
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new ExampleFailure(`impossible de lire ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, EXIT.io);
  }
}

/**
 * Reads a YAML (or JSON) file into plain data with `parseContractText`: no tags, aliases capped,
 * a size limit; syntax errors come back with their line (`(l. 12)  input.syntax  …`).
 */
export async function readYaml(file: string): Promise<unknown> {
  const r = parseContractText(await readText(file), { format: contractTextFormatOf(file) });
  if (!r.success) throw invalidInput(shown(file), [...r.issues, ...r.warnings]);
  return r.data;
}

/**
 * Reads and checks a contract's file with `checkContractText`: every problem — syntax, keys,
 * schema, limits, parties, rules — at once, each with its line; the warnings are printed.
 */
export async function readContract(file: string): Promise<Contract> {
  const r = checkContractText(await readText(file), { format: contractTextFormatOf(file) });
  if (!r.success) throw invalidInput(shown(file), [...r.issues, ...r.warnings]);
  printWarnings(r.warnings, shown(file));
  return r.data;
}

/**
 * A path the person typed, resolved against the folder they ran the command from (npm runs
 * scripts in the example's folder and passes the original one as `INIT_CWD`).
 */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** The positional arguments (file names) the script was given, resolved with {@link userPath}. */
export function fileArguments(argv: readonly string[] = process.argv.slice(2)): string[] {
  return argv.filter((a, k) => !a.startsWith("--") && argv[k - 1] !== "--out").map(userPath);
}

/**
 * The folder the example writes to: `--out DIR` when given, else `out/` at the repository's
 * root (the nearest folder above the script whose package.json declares workspaces), else
 * `out/` in the current folder (once you have copied the example elsewhere).
 */
export function outputFolder(scriptUrl: string, argv: readonly string[] = process.argv.slice(2)): string {
  const k = argv.indexOf("--out");
  const given = k >= 0 ? argv[k + 1] : undefined;
  if (given !== undefined) return userPath(given);
  let dir = dirname(fileURLToPath(scriptUrl));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object)) return join(dir, "out");
    const parent = dirname(dir);
    if (parent === dir) return resolve("out");
    dir = parent;
  }
}

/** A file name from a contract reference: `CLS 23/2024` → `CLS-23-2024`. */
export function fileBaseName(reference: string): string {
  const ascii = reference.normalize("NFKD").replace(/\p{M}/gu, "");
  return ascii.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "contrat";
}

/** A rendered document: the PDF with its page count, and the DOCX. */
export interface Rendered {
  readonly pdf: Uint8Array;
  readonly pages: number;
  readonly docx: Uint8Array;
}

/**
 * Renders one document to PDF (PDF/A-2a, tagged) and DOCX, both from one preparation (validated
 * and typeset once); both renderers are pure functions.
 */
export async function renderBoth(document: Document): Promise<Rendered> {
  const prepared = prepareDocumentOrThrow(document);
  const [pdf, docx] = await Promise.all([renderPdfWithLayout(prepared), renderDocx(prepared)]);
  return { pdf: pdf.bytes, pages: pdf.layout.pages.length, docx };
}

/**
 * Writes files into `folder` (created if needed), each through a temporary name then renamed,
 * so that an interrupted run never leaves half a file. Returns the paths written.
 */
export async function writeFiles(folder: string, files: Readonly<Record<string, Uint8Array | string>>): Promise<string[]> {
  try {
    await mkdir(folder, { recursive: true });
    const written: string[] = [];
    for (const [name, content] of Object.entries(files)) {
      const path = join(folder, name);
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, content);
      await rename(temporary, path);
      written.push(path);
    }
    return written;
  } catch (e) {
    throw new ExampleFailure(`écriture impossible dans ${folder} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, EXIT.io);
  }
}

/** `1,2 Mo`, `64 ko`. */
export function formatSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo` : `${Math.max(1, Math.round(bytes / 1000))} ko`;
}

/**
 * A path relative to the folder the person ran the command from (npm passes it as `INIT_CWD`
 * to scripts, which it runs in the example's folder), when that is shorter.
 */
export function shown(path: string): string {
  const r = relative(process.env.INIT_CWD ?? process.cwd(), path);
  return r !== "" && r.length < path.length ? r : path;
}

/**
 * Runs `main` and turns what can go wrong into a message and an exit code: issues are printed
 * one per line, a failure of a renderer or of the disk in one sentence — never a stack trace
 * (set `PACTE_DEBUG=1` to see it).
 */
export function run(main: () => Promise<void>): void {
  main().then(
    () => {
      process.exitCode = EXIT.ok;
    },
    (e: unknown) => {
      if (e instanceof ExampleFailure) {
        console.error(e.message);
        for (const line of e.lines) console.error(`  ${line}`);
        process.exitCode = e.exitCode;
        return;
      }
      if (PacteError.is(e)) {
        // build, parse, renderPdf and renderDocx throw the one PacteError: it carries issues.
        console.error(e.message.split("\n")[0]);
        for (const i of e.issues) console.error(`  ${issueLine(i)}`);
        process.exitCode = EXIT.invalid;
        return;
      }
      console.error(`erreur inattendue : ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      if (process.env.PACTE_DEBUG) console.error(e);
      process.exitCode = 3;
    },
  );
}
