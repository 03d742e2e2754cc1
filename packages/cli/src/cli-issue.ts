import type { Issue, IssuePath, IssueSeverity, Lang } from "@pacte/model";

/**
 * The issue codes the command adds to those of the libraries: problems of the file itself
 * (size, encoding, YAML or JSON syntax, refused YAML features) and of its keys (unknown,
 * dangerous), found before the contract is checked.
 *
 * @example
 * CLI_ISSUE_CODES.includes("input.syntax") //=> true
 */
export const CLI_ISSUE_CODES = [
  "input.syntax",
  "input.yaml_tag",
  "input.yaml_warning",
  "input.alias_limit",
  "input.too_large",
  "input.encoding",
  "input.not_object",
  "input.forbidden_key",
  "input.too_deep",
  "input.unknown_key",
] as const;

/** One of {@link CLI_ISSUE_CODES}. */
export type CliIssueCode = (typeof CLI_ISSUE_CODES)[number];

/**
 * An issue with, when the file is YAML or JSON, the line and column (1-based) of the value it is
 * about.
 *
 * @example
 * const i: LocatedIssue = { code: "contract.parity", path: ["actions", 0], message: "…", severity: "error", params: {}, line: 12, column: 7 };
 */
export type LocatedIssue = Issue & { readonly line?: number | undefined; readonly column?: number | undefined };

type Params = Record<string, unknown>;
const s = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));
const end = (v: unknown): string => (/[.?!…]$/.test(s(v)) ? s(v) : `${s(v)}.`);
const at = (p: Params, lang: Lang): string =>
  typeof p.line === "number" ? (lang === "fr" ? ` (ligne ${p.line}, colonne ${s(p.column)})` : ` (line ${p.line}, column ${s(p.column)})`) : "";
const octets = (n: unknown, lang: Lang): string => {
  const v = typeof n === "number" ? n : 0;
  const unit = lang === "fr" ? ["octets", "Ko", "Mo"] : ["bytes", "KB", "MB"];
  if (v < 1024) return `${v} ${unit[0]}`;
  if (v < 1024 * 1024) return `${(v / 1024).toFixed(1).replace(".", lang === "fr" ? "," : ".")} ${unit[1]}`;
  return `${(v / 1024 / 1024).toFixed(1).replace(".", lang === "fr" ? "," : ".")} ${unit[2]}`;
};

const fr: Record<CliIssueCode, (p: Params) => string> = {
  "input.syntax": (p) =>
    `Erreur de syntaxe ${p.format === "json" ? "JSON" : "YAML"} ligne ${s(p.line)}, colonne ${s(p.column)} : ${end(p.detail)}`,
  "input.yaml_tag": (p) =>
    `Étiquette YAML refusée : « ${s(p.tag)} »${at(p, "fr")} ; les étiquettes (!… et !!…) ne sont pas admises, écrivez la valeur simplement.`,
  "input.yaml_warning": (p) => `Avertissement YAML${at(p, "fr")} : ${end(p.detail)}`,
  "input.alias_limit": (p) =>
    `Trop d’alias YAML (*ancre) à développer : plus de ${s(p.max)} ; le fichier est refusé pour éviter une explosion de mémoire.`,
  "input.too_large": (p) =>
    `Fichier trop volumineux : ${octets(p.size, "fr")} pour ${octets(p.max, "fr")} au plus ; augmentez la limite avec --max-size si le fichier est légitime.`,
  "input.encoding": () => `Le fichier n’est pas un texte UTF-8 valide ; enregistrez-le en UTF-8.`,
  "input.not_object": (p) =>
    p.received === "vide"
      ? `Le fichier est vide : un contrat (clés reference, profile, state, collectivite, signature, actions…) est attendu ; « pacte init » en écrit un modèle.`
      : `Un objet (clés reference, profile, state…) est attendu à la racine du fichier ; ${s(p.received)} reçu.`,
  "input.forbidden_key": (p) =>
    `Clé interdite : « ${s(p.key)} » ; ce nom est réservé par JavaScript et la valeur est ignorée.`,
  "input.too_deep": (p) => `Imbrication trop profonde (plus de ${s(p.max)} niveaux) ; le fichier est refusé.`,
  "input.unknown_key": (p) =>
    `Clé inconnue : « ${s(p.key)} »${p.suggestion ? ` ; vouliez-vous dire « ${s(p.suggestion)} » ?` : "."}${
      Array.isArray(p.allowed) && p.allowed.length > 0 ? ` Clés admises ici : ${p.allowed.join(", ")}.` : ""
    }`,
};

const en: Record<CliIssueCode, (p: Params) => string> = {
  "input.syntax": (p) => `${p.format === "json" ? "JSON" : "YAML"} syntax error at line ${s(p.line)}, column ${s(p.column)}: ${end(p.detail)}`,
  "input.yaml_tag": (p) => `YAML tag refused: "${s(p.tag)}"${at(p, "en")}; tags (!… and !!…) are not allowed, write the plain value.`,
  "input.yaml_warning": (p) => `YAML warning${at(p, "en")}: ${end(p.detail)}`,
  "input.alias_limit": (p) => `Too many YAML aliases (*anchor) to expand: more than ${s(p.max)}; the file is refused to avoid a memory blow-up.`,
  "input.too_large": (p) => `File too large: ${octets(p.size, "en")} for at most ${octets(p.max, "en")}; raise the limit with --max-size if the file is legitimate.`,
  "input.encoding": () => `The file is not valid UTF-8 text; save it as UTF-8.`,
  "input.not_object": (p) =>
    p.received === "vide"
      ? `The file is empty: a contract (keys reference, profile, state, collectivite, signature, actions…) is expected; "pacte init" writes a template.`
      : `An object (keys reference, profile, state…) is expected at the root of the file; received ${s(p.received)}.`,
  "input.forbidden_key": (p) => `Forbidden key: "${s(p.key)}"; this name is reserved by JavaScript and the value is ignored.`,
  "input.too_deep": (p) => `Nesting too deep (more than ${s(p.max)} levels); the file is refused.`,
  "input.unknown_key": (p) =>
    `Unknown key: "${s(p.key)}"${p.suggestion ? `; did you mean "${s(p.suggestion)}"?` : "."}${
      Array.isArray(p.allowed) && p.allowed.length > 0 ? ` Keys allowed here: ${p.allowed.join(", ")}.` : ""
    }`,
};

const WARNINGS: ReadonlySet<CliIssueCode> = new Set<CliIssueCode>(["input.yaml_warning"]);

/**
 * Builds an issue of the command from its code: message from the French or English map,
 * severity `warning` for `input.yaml_warning` and `error` for the rest; `line`/`column` come along
 * when `params` has them.
 *
 * @example
 * cliIssue("input.forbidden_key", ["__proto__"], { key: "__proto__" }).message
 * //=> "Clé interdite : « __proto__ » ; ce nom est réservé par JavaScript et la valeur est ignorée."
 */
export function cliIssue(code: CliIssueCode, path: IssuePath, params: Params = {}, lang: Lang = "fr"): LocatedIssue {
  const severity: IssueSeverity = WARNINGS.has(code) ? "warning" : "error";
  const line = typeof params.line === "number" ? params.line : undefined;
  const column = typeof params.column === "number" ? params.column : undefined;
  return {
    code,
    path,
    message: (lang === "en" ? en : fr)[code](params),
    severity,
    params,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}
