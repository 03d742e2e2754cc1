import type { IssuePath, Lang } from "@pacte/model";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { cliIssue, type LocatedIssue } from "./cli-issue";
import { findJsonSyntaxError, lineColumn } from "./internal/json-syntax";

/** The syntax of an input file: JSON for `.json`, YAML otherwise. */
export type InputFormat = "yaml" | "json";

/**
 * Limits of {@link parseInputText}: how many aliases YAML may expand (`maxAliasCount`, 100 by
 * default — a "billion laughs" file needs far more) and the `lang` of the messages.
 *
 * @example
 * const options: ParseInputOptions = { format: "yaml", maxAliasCount: 50, lang: "en" };
 */
export interface ParseInputOptions {
  readonly format: InputFormat;
  readonly maxAliasCount?: number | undefined;
  readonly lang?: Lang | undefined;
}

/**
 * A 1-based position in the text.
 *
 * @example
 * const p: TextPosition = { line: 12, column: 5 };
 */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * What a file's text holds: the value (`undefined` when nothing could be read), the syntax
 * issues, and `locate`, which finds where a path of the value is written in the text.
 *
 * @example
 * const r: ParsedInput = parseInputText("a: [1, 2", { format: "yaml" });
 * r.issues[0]?.code //=> "input.syntax"
 */
export interface ParsedInput {
  readonly value: unknown;
  readonly issues: readonly LocatedIssue[];
  readonly locate: (path: IssuePath) => TextPosition | undefined;
}

/**
 * Default {@link ParseInputOptions.maxAliasCount}: plenty for honest anchors, far too few for a
 * "billion laughs".
 *
 * @example
 * DEFAULT_MAX_ALIAS_COUNT //=> 100
 */
export const DEFAULT_MAX_ALIAS_COUNT = 100;

const YAML_DETAILS_FR: Readonly<Record<string, string>> = {
  BAD_INDENT: "indentation incorrecte (alignez les clés d’un même niveau, avec des espaces)",
  TAB_AS_INDENT: "tabulation utilisée pour indenter ; YAML n’admet que des espaces",
  DUPLICATE_KEY: "clé en double dans le même objet",
  MULTIPLE_DOCS: "plusieurs documents (« --- ») dans le fichier ; un seul contrat par fichier",
  MISSING_CHAR: "caractère manquant : un guillemet, un crochet « ] » ou une accolade « } » fermant",
  BLOCK_AS_IMPLICIT_KEY: "clé mal formée : un « : » est-il en trop, ou la valeur doit-elle être entre guillemets ?",
  MULTILINE_IMPLICIT_KEY: "une clé doit tenir sur une ligne (un « : » manque-t-il ?)",
  UNEXPECTED_TOKEN: "élément inattendu à cet endroit",
  BAD_SCALAR_START: "valeur qui ne peut pas commencer ainsi ; mettez-la entre guillemets",
  BAD_DQ_ESCAPE: "échappement invalide dans une chaîne entre guillemets doubles",
  BLOCK_IN_FLOW: "bloc à l’intérieur d’une liste [ … ] ou d’un objet { … } sur une ligne",
  KEY_OVER_1024_CHARS: "clé de plus de 1 024 caractères",
  BAD_ALIAS: "alias (*nom) sans ancre (&nom) définie avant",
  ALIAS_PROPS: "un alias ne peut pas porter d’ancre ni d’étiquette",
  MULTIPLE_ANCHORS: "plusieurs ancres sur une même valeur",
  MULTIPLE_TAGS: "plusieurs étiquettes sur une même valeur",
  BAD_PROP_ORDER: "ancre ou étiquette mal placée",
  BAD_DIRECTIVE: "directive YAML (%…) invalide",
  NON_STRING_KEY: "clé qui n’est pas une chaîne",
  BAD_COLLECTION_TYPE: "type de collection inattendu",
  RESOURCE_EXHAUSTION: "fichier trop complexe à lire",
};

function frenchDetail(code: string, message: string): string {
  if (/end with a \]/.test(message)) return "liste entre crochets [ … ] non fermée : un « ] » manque avant cette ligne";
  if (/end with a \}/.test(message)) return "objet entre accolades { … } non fermé : une « } » manque avant cette ligne";
  return YAML_DETAILS_FR[code] ?? englishDetail(message);
}

function englishDetail(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "");
}

const noLocate = (): undefined => undefined;

function yamlLocator(doc: Document.Parsed, counter: LineCounter): (path: IssuePath) => TextPosition | undefined {
  return (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = (node as Node | null)?.range?.[0];
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair === undefined) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item: unknown = node.items[segment];
        if (item === undefined || item === null) break;
        offset = (item as Node).range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    if (offset === undefined) return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
}

function readYaml(text: string, options: ParseInputOptions, lang: Lang): ParsedInput {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    schema: "core",
    customTags: [],
    // Without this, !!binary, !!set, !!omap and !!timestamp would still give Buffers, Sets, Maps and Dates.
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
    lineCounter: counter,
  });
  const issues: LocatedIssue[] = [];
  const where = (e: { linePos?: readonly { line: number; col: number }[] | undefined; pos: readonly number[] }) => {
    const p = e.linePos?.[0] ?? counter.linePos(e.pos[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const lines = new Set<number>();
  for (const e of doc.errors) {
    // Errors that follow another on the same line are its echoes: keep the first.
    const line = where(e).line;
    if (lines.has(line)) continue;
    lines.add(line);
    const detail = lang === "fr" ? frenchDetail(e.code, e.message) : englishDetail(e.message);
    issues.push(cliIssue("input.syntax", [], { format: options.format, ...where(e), detail, yamlCode: e.code }, lang));
  }
  for (const w of doc.warnings) {
    if (w.code === "TAG_RESOLVE_FAILED") {
      const tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? "?";
      issues.push(cliIssue("input.yaml_tag", [], { tag: tag.replace(/^tag:yaml\.org,2002:/, "!!"), ...where(w) }, lang));
    } else {
      issues.push(cliIssue("input.yaml_warning", [], { detail: englishDetail(w.message), yamlCode: w.code, ...where(w) }, lang));
    }
  }
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError && /alias count/i.test(e.message)) {
      issues.push(cliIssue("input.alias_limit", [], { max: maxAliasCount }, lang));
    } else if (doc.errors.length === 0) {
      const detail = lang === "fr" ? "contenu illisible" : englishDetail(e instanceof Error ? e.message : String(e));
      issues.push(cliIssue("input.syntax", [], { format: options.format, line: 1, column: 1, detail }, lang));
    }
    value = undefined;
  }
  return { value, issues, locate: yamlLocator(doc, counter) };
}

function readJson(text: string, options: ParseInputOptions, lang: Lang): ParsedInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const e = findJsonSyntaxError(text);
    const pos = lineColumn(text, e?.offset ?? 0);
    const detail = e === undefined ? (lang === "fr" ? "JSON invalide" : "invalid JSON") : lang === "fr" ? e.fr : e.en;
    return { value: undefined, issues: [cliIssue("input.syntax", [], { format: "json", ...pos, detail }, lang)], locate: noLocate };
  }
  // JSON is YAML: read it again for positions, and for the duplicate keys JSON.parse hides.
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", customTags: [], merge: false, uniqueKeys: true, lineCounter: counter });
  const issues: LocatedIssue[] = [];
  for (const e of doc.errors) {
    if (e.code !== "DUPLICATE_KEY") continue;
    const p = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
    const detail = lang === "fr" ? (YAML_DETAILS_FR.DUPLICATE_KEY ?? "") : "duplicate key";
    issues.push(cliIssue("input.syntax", [], { format: "json", line: p.line, column: p.col, detail }, lang));
  }
  const usable = doc.errors.every((e) => e.code === "DUPLICATE_KEY");
  return { value, issues, locate: usable ? yamlLocator(doc, counter) : noLocate };
}

/**
 * Reads the text of an input file — YAML 1.2 with the core schema (no custom tags, none of
 * YAML 1.1's `!!binary`, `!!set`, `!!omap` or `!!timestamp` either, no `<<`
 * merge keys, unique keys, at most `maxAliasCount` alias expansions), or JSON — into a value.
 * Every syntax error comes back as an `input.syntax` issue with its line and column; a YAML file
 * with errors still gives the value the parser could recover (so the other problems can be shown
 * too); a JSON file with an error gives none. Tags are refused (`input.yaml_tag`), an alias bomb
 * too (`input.alias_limit`). Never throws.
 *
 * @example
 * parseInputText("a: 1\nb: [2\n", { format: "yaml" }).issues[0]?.params
 * //=> { format: "yaml", line: 3, column: 1, detail: "…", yamlCode: "BAD_INDENT" }
 * parseInputText('{"a": 1,}', { format: "json" }).issues[0]?.message
 * //=> "Erreur de syntaxe JSON ligne 1, colonne 9 : virgule en trop avant « } »."
 */
export function parseInputText(text: string, options: ParseInputOptions): ParsedInput {
  const lang = options.lang ?? "fr";
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return options.format === "json" ? readJson(body, options, lang) : readYaml(body, options, lang);
}

/**
 * The syntax of a file by its name: `.json` is JSON, anything else (`.yaml`, `.yml`) YAML.
 *
 * @example
 * inputFormatOf("contrat.JSON") //=> "json"
 */
export function inputFormatOf(fileName: string): InputFormat {
  return /\.json$/i.test(fileName) ? "json" : "yaml";
}
