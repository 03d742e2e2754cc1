// Reading YAML or JSON text into a value, with every problem of the text located (line and
// column) and worded in French or English. Browser-safe: the `yaml` package and JSON.parse only.
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "./yaml-library";
import { INPUT_ISSUES, type InputIssueCode } from "../../input-issues";
import { CONTRACT_LIMITS } from "../../limits";
import { findJsonSyntaxError, lineColumn } from "./json-syntax";

/** The syntax of a contract's text. */
export type TextFormat = "yaml" | "json";

/** A 1-based position in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** How text is read: its syntax, the language of the messages and the limits. */
export interface ReadTextOptions {
  readonly format: TextFormat;
  readonly lang?: Lang | undefined;
  readonly maxAliasCount?: number | undefined;
  readonly maxBytes?: number | undefined;
}

/**
 * What a text holds: the value (`undefined` when nothing could be read), the problems of the
 * text itself (each with its `location`), `locate`, which finds where a path of the value is
 * written (the nearest key that exists, when the path goes further), `numberText`, the digits a
 * number of the value was written with (`"1234.50"` for the number 1234.5), and the parsed YAML
 * `document` (JSON is YAML), when the text could be parsed.
 */
export interface ReadText {
  readonly value: unknown;
  readonly issues: readonly Issue[];
  readonly locate: (path: IssuePath) => TextPosition | undefined;
  readonly numberText: (path: IssuePath) => string | undefined;
  readonly document?: Document.Parsed | undefined;
}

/** An issue of the text, with its location. */
function textIssue(code: InputIssueCode, params: Record<string, unknown>, lang: Lang, position?: TextPosition): Issue {
  const issue = INPUT_ISSUES.issue(code, [], params, { lang });
  return position === undefined ? issue : { ...issue, location: { line: position.line, column: position.column } };
}

/** The bytes of a text once written in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

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
const noNumberText = (): undefined => undefined;

/**
 * The node a path leads to in a YAML document (aliases followed), or how far it could go: the
 * offset of the last key or item found on the way, and whether the whole path was found.
 */
function nodeAt(doc: Document.Parsed, path: IssuePath): { node: unknown; offset: number | undefined; found: boolean } {
  let node: unknown = doc.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) return { node, offset, found: false };
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: unknown = node.items[segment];
      if (item === undefined || item === null) return { node, offset, found: false };
      offset = (item as Node).range?.[0] ?? offset;
      node = item;
    } else {
      return { node, offset, found: false };
    }
  }
  if (isAlias(node)) node = node.resolve(doc);
  return { node, offset, found: true };
}

function yamlLocator(doc: Document.Parsed, counter: LineCounter): (path: IssuePath) => TextPosition | undefined {
  return (path) => {
    const { offset } = nodeAt(doc, path);
    if (offset === undefined) return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
}

/** The digits a number at `path` was written with: the source of its plain scalar. */
function yamlNumberText(doc: Document.Parsed): (path: IssuePath) => string | undefined {
  return (path) => {
    const { node, found } = nodeAt(doc, path);
    return found && isScalar(node) && typeof node.value === "number" && node.type === "PLAIN" ? node.source : undefined;
  };
}

/** The position of an offset in the text. */
function positionOf(counter: LineCounter, offset: number): TextPosition {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

function readYaml(text: string, lang: Lang, maxAliasCount: number): ReadText {
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
    // The parser's warnings come back as issues, never through process.emitWarning.
    logLevel: "error",
    lineCounter: counter,
  });
  const issues: Issue[] = [];
  const where = (e: { linePos?: readonly { line: number; col: number }[] | undefined; pos: readonly number[] }): TextPosition => {
    const p = e.linePos?.[0];
    return p === undefined ? positionOf(counter, e.pos[0] ?? 0) : { line: p.line, column: p.col };
  };
  const lines = new Set<number>();
  for (const e of doc.errors) {
    // Errors that follow another on the same line are its echoes: keep the first.
    const at = where(e);
    if (lines.has(at.line)) continue;
    lines.add(at.line);
    const detail = lang === "fr" ? frenchDetail(e.code, e.message) : englishDetail(e.message);
    issues.push(textIssue("input.syntax", { format: "yaml", ...at, detail, yamlCode: e.code }, lang, at));
  }
  for (const w of doc.warnings) {
    if (w.code === "TAG_RESOLVE_FAILED") continue; // every tag is reported below
    const at = where(w);
    issues.push(textIssue("input.yaml_warning", { detail: englishDetail(w.message), yamlCode: w.code, ...at }, lang, at));
  }
  // Every tag written in the text is refused — !!str and !!int too: a value is written as it is.
  // A key that is a list or an object has no place in a contract either.
  const refuseTag = (node: Node): void => {
    if (node.tag !== undefined && node.range !== undefined && node.range !== null) {
      const at = positionOf(counter, node.range[0]);
      issues.push(textIssue("input.yaml_tag", { tag: node.tag.replace(/^tag:yaml\.org,2002:/, "!!"), ...at }, lang, at));
    }
  };
  visit(doc, {
    Node(_key, node) {
      refuseTag(node);
    },
    Map(_key, map) {
      refuseTag(map);
      // `{ state: 1 234,56 € }`: the comma ends the value in braces, and `56 €` becomes a key.
      if (map.flow !== true) return;
      map.items.forEach((pair, k) => {
        const value = map.items[k - 1]?.value;
        const key = pair.key;
        if (!isScalar(value) || value.type !== "PLAIN" || !/\d$/.test(value.source ?? "") || !isScalar(key) || key.type !== "PLAIN" || pair.value !== null) return;
        // The cents after the comma: one or two digits, maybe the euro sign.
        if (!/^\d{1,2}(?:\s*(?:€|eur|euros?))?$/i.test(key.source ?? "")) return;
        const written = `${value.source ?? ""},${key.source ?? ""}`;
        const at = positionOf(counter, value.range?.[0] ?? 0);
        const detail =
          lang === "fr"
            ? `virgule dans une valeur entre accolades { … } : « ${written} » y est lu comme deux éléments ; mettez la valeur entre guillemets : "${written}"`
            : `comma inside a value between braces { … }: "${written}" is read as two items there; put the value in quotes: "${written}"`;
        issues.push(textIssue("input.syntax", { format: "yaml", ...at, detail, yamlCode: "COMMA_IN_FLOW_VALUE" }, lang, at));
      });
    },
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        const at = positionOf(counter, (pair.key as Node).range?.[0] ?? 0);
        const detail = lang === "fr" ? YAML_DETAILS_FR.NON_STRING_KEY : "a key that is a list or a map";
        issues.push(textIssue("input.syntax", { format: "yaml", ...at, detail, yamlCode: "COMPLEX_KEY" }, lang, at));
      }
    },
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError && /alias count/i.test(e.message)) {
      issues.push(textIssue("input.alias_limit", { max: maxAliasCount }, lang));
    } else if (doc.errors.length === 0) {
      const detail = lang === "fr" ? "contenu illisible" : englishDetail(e instanceof Error ? e.message : String(e));
      issues.push(textIssue("input.syntax", { format: "yaml", line: 1, column: 1, detail }, lang, { line: 1, column: 1 }));
    }
    value = undefined;
  }
  return { value, issues, locate: yamlLocator(doc, counter), numberText: yamlNumberText(doc), document: doc };
}

function readJson(text: string, lang: Lang): ReadText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const e = findJsonSyntaxError(text);
    const at = lineColumn(text, e?.offset ?? 0);
    const detail = e === undefined ? (lang === "fr" ? "JSON invalide" : "invalid JSON") : lang === "fr" ? e.fr : e.en;
    return { value: undefined, issues: [textIssue("input.syntax", { format: "json", ...at, detail }, lang, at)], locate: noLocate, numberText: noNumberText };
  }
  // JSON is YAML: read it again for positions, and for the duplicate keys JSON.parse hides.
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", customTags: [], merge: false, uniqueKeys: true, logLevel: "error", lineCounter: counter });
  const issues: Issue[] = [];
  for (const e of doc.errors) {
    if (e.code !== "DUPLICATE_KEY") continue;
    const p = e.linePos?.[0];
    const at = p === undefined ? positionOf(counter, e.pos[0]) : { line: p.line, column: p.col };
    const detail = lang === "fr" ? (YAML_DETAILS_FR.DUPLICATE_KEY ?? "") : "duplicate key";
    issues.push(textIssue("input.syntax", { format: "json", ...at, detail }, lang, at));
  }
  const usable = doc.errors.every((e) => e.code === "DUPLICATE_KEY");
  return usable
    ? { value, issues, locate: yamlLocator(doc, counter), numberText: yamlNumberText(doc), document: doc }
    : { value, issues, locate: noLocate, numberText: noNumberText };
}

/**
 * Reads a contract's text — YAML 1.2 with the core schema (no tag at all, not even `!!str`;
 * none of YAML 1.1's `!!binary`, `!!set`, `!!omap` or `!!timestamp`; no `<<` merge keys; unique
 * keys; no key that is a list or a map; at most `maxAliasCount` alias expansions), or JSON — into
 * a value, after checking its size (`maxBytes` of UTF-8, `limit.input_size`). Every problem of
 * the text is an issue with its `location`; a YAML text with errors still gives the value the
 * parser could recover (so the other problems can be shown too); a JSON text with an error gives
 * none. Never throws.
 */
export function readContractText(text: string, options: ReadTextOptions): ReadText {
  const lang = options.lang ?? "fr";
  const maxBytes = options.maxBytes ?? CONTRACT_LIMITS.inputBytes;
  // Every UTF-16 unit is at least one byte: most texts are measured without counting.
  if (text.length > maxBytes || text.length * 3 > maxBytes) {
    const size = utf8Length(text);
    if (size > maxBytes) return { value: undefined, issues: [textIssue("limit.input_size", { size, max: maxBytes }, lang, { line: 1, column: 1 })], locate: noLocate, numberText: noNumberText };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return options.format === "json" ? readJson(body, lang) : readYaml(body, lang, options.maxAliasCount ?? CONTRACT_LIMITS.aliases);
}
