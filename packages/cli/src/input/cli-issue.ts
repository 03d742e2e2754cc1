import { formatNumber } from "@pacte/document";
import { ioReason } from "../cli-error";
import { defineIssueCatalog, type Issue, type IssueCatalog, type IssuePath, type Lang, type MessageFn } from "@pacte/issues";

/**
 * The issue codes the command adds to those of the libraries: problems of a file's bytes (its
 * size, its encoding), of what the path is (a pipe, a device, a folder), or a file that cannot be
 * opened at all (`input.unreadable`, with its errno code: for `--json`), found before its text
 * is read. The problems of the text itself (syntax, refused YAML features, keys, limits) are
 * `@pacte/contract`'s (`INPUT_ISSUE_CODES`).
 *
 * @example
 * CLI_ISSUE_CODES.includes("input.not_a_file") //=> true
 */
export const CLI_ISSUE_CODES: readonly ["input.too_large", "input.encoding", "input.not_a_file", "input.unreadable"] = Object.freeze([
  "input.too_large",
  "input.encoding",
  "input.not_a_file",
  "input.unreadable",
] as const);

/** One of {@link CLI_ISSUE_CODES}. */
export type CliIssueCode = (typeof CLI_ISSUE_CODES)[number];

type Params = Record<string, unknown>;

const octets = (n: unknown, lang: Lang): string => {
  const v = typeof n === "number" ? n : 0;
  const unit = lang === "fr" ? ["octets", "Ko", "Mo"] : ["bytes", "KB", "MB"];
  if (v < 1024) return `${v} ${unit[0]}`;
  if (v < 1024 * 1024) return `${(v / 1024).toFixed(1).replace(".", lang === "fr" ? "," : ".")} ${unit[1]}`;
  return `${(v / 1024 / 1024).toFixed(1).replace(".", lang === "fr" ? "," : ".")} ${unit[2]}`;
};
/** The size and the limit, to the byte when rounding would make them read the same. */
const sizes = (p: Params, lang: Lang): [string, string] => {
  const [size, max] = [octets(p.size, lang), octets(p.max, lang)];
  if (size !== max) return [size, max];
  const exact = (n: unknown): string =>
    typeof n !== "number" ? String(n) : lang === "fr" ? `${formatNumber(n)} octets` : `${n.toLocaleString("en-GB")} bytes`;
  return [exact(p.size), exact(p.max)];
};

const KINDS: Readonly<Record<string, { fr: string; en: string }>> = {
  directory: { fr: "un dossier", en: "a folder" },
  fifo: { fr: "un tube nommé (FIFO)", en: "a named pipe (FIFO)" },
  device: { fr: "un périphérique", en: "a device" },
  socket: { fr: "une socket", en: "a socket" },
};
const kind = (p: Params, lang: Lang): string => KINDS[String(p.kind)]?.[lang] ?? (lang === "fr" ? "un fichier spécial" : "a special file");

const fr: Record<CliIssueCode, MessageFn> = {
  "input.too_large": (p) => {
    const [size, max] = sizes(p, "fr");
    const received = p.atLeast === true ? `plus de ${max}` : size;
    return `Fichier trop volumineux : ${received} reçus pour ${max} au plus ; augmentez la limite avec --max-size si le fichier est légitime.`;
  },
  "input.encoding": () => `Le fichier n’est pas un texte UTF-8 valide ; enregistrez-le en UTF-8.`,
  "input.not_a_file": (p) => `${p.expected === "sheet" ? "Un tableur XLSX ou CSV" : "Un fichier YAML ou JSON"} est attendu, et ce chemin désigne ${kind(p, "fr")} ; rien n’a été lu.`,
  "input.unreadable": (p) => `Le fichier n’a pas pu être ouvert : ${ioReason(String(p.errno), "fr")} ; vérifiez le chemin et les droits.`,
};

const en: Record<CliIssueCode, MessageFn> = {
  "input.too_large": (p) => {
    const [size, max] = sizes(p, "en");
    const received = p.atLeast === true ? `more than ${max}` : size;
    return `File too large: ${received} received for at most ${max}; raise the limit with --max-size if the file is legitimate.`;
  },
  "input.encoding": () => `The file is not valid UTF-8 text; save it as UTF-8.`,
  "input.not_a_file": (p) => `${p.expected === "sheet" ? "An XLSX or CSV spreadsheet" : "A YAML or JSON file"} is expected, and this path is ${kind(p, "en")}; nothing was read.`,
  "input.unreadable": (p) => `The file could not be opened: ${ioReason(String(p.errno), "en")}; check the path and the permissions.`,
};

/**
 * The command's own issues, in French and English, for tools that list every code.
 *
 * @example
 * CLI_ISSUES.issue("input.encoding", [], {}, { lang: "en" }).message //=> "The file is not valid UTF-8 text; save it as UTF-8."
 */
export const CLI_ISSUES: IssueCatalog<Record<CliIssueCode, MessageFn>> = defineIssueCatalog({ fr, en });

/**
 * Builds an issue of the command from its code, its message in French or English.
 *
 * @example
 * cliIssue("input.encoding", []).message //=> "Le fichier n’est pas un texte UTF-8 valide ; enregistrez-le en UTF-8."
 */
export function cliIssue(code: CliIssueCode, path: IssuePath, params: Params = {}, lang: Lang = "fr"): Issue {
  return CLI_ISSUES.issue(code, path, params, { lang });
}
