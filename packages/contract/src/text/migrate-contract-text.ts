import { fail, ok, type Issue, type IssuePath, type Lang, type Result } from "@pacte/issues";
import { MODEL_ISSUES } from "@pacte/model";
import { isAlias, isMap, isScalar, isSeq, type Document, type Scalar } from "./internal/yaml-library";
import { CONTRACT_INPUT_FORMAT_KEY, inputEuros } from "../input-format";
import { contractInputInCents } from "../input-in-cents";
import { INPUT_ISSUES } from "../input-issues";
import { AMOUNT_PLACES, isPlainRecord, type AmountPlaces } from "../internal/amount-places";
import { readContractText, type ReadText } from "./internal/read-text";
import type { ParseContractTextOptions } from "./parse-contract-text";

/**
 * What {@link migrateContractText} gives: the text in format 2, the number of amounts it
 * rewrote, and the lines whose comments still speak of cents (« centimes »), to read again.
 *
 * @example
 * const m: MigratedContractText = { text: "format: 2 # montants en euros\nstateAnnualCeiling: 500 000 €\n", amounts: 1, centsCommentLines: [] };
 */
export interface MigratedContractText {
  readonly text: string;
  readonly amounts: number;
  readonly centsCommentLines: readonly number[];
}

/** An amount of the document, where it is, and whether an anchor or an alias shares it. */
interface AmountNode {
  readonly path: IssuePath;
  readonly node: unknown;
  readonly inFlow: boolean;
  readonly shared: boolean;
}

const anchored = (node: unknown): boolean => typeof node === "object" && node !== null && "anchor" in node && typeof node.anchor === "string";

/** Every amount of the YAML document, in the order of the text, along {@link AMOUNT_PLACES}. */
function amountNodes(doc: Document.Parsed, node: unknown, places: AmountPlaces, path: IssuePath, inFlow: boolean, shared: boolean, out: AmountNode[]): AmountNode[] {
  const viaAlias = isAlias(node);
  const here = viaAlias ? node.resolve(doc) : node;
  const isShared = shared || viaAlias || anchored(here);
  const visit = (child: unknown, place: AmountPlaces | true, childPath: IssuePath, flow: boolean): void => {
    if (place === true) {
      const target = isAlias(child) ? child.resolve(doc) : child;
      if (target !== undefined && target !== null) out.push({ path: childPath, node: target, inFlow: flow, shared: isShared || isAlias(child) || anchored(target) });
    } else {
      amountNodes(doc, child, place, childPath, flow, isShared, out);
    }
  };
  if (isMap(here)) {
    for (const pair of here.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const place = key === "*" ? undefined : (places[key] ?? places["*"]);
      if (place !== undefined) visit(pair.value, place, [...path, key], inFlow || here.flow === true);
    }
  } else if (isSeq(here)) {
    const every = places["*"];
    if (every !== undefined) here.items.forEach((item, i) => visit(item, every, [...path, i], inFlow || here.flow === true));
  }
  return out;
}

/** The issue of an amount in cents that has no exact value in euros. */
function centsIssue(value: number, path: IssuePath, lang: Lang): Issue | undefined {
  if (!Number.isInteger(value)) return MODEL_ISSUES.issue("money.not_integer_cents", path, { received: value }, { lang });
  if (value < 0) return MODEL_ISSUES.issue("money.negative", path, { received: value }, { lang });
  if (!Number.isSafeInteger(value)) return MODEL_ISSUES.issue("money.unsafe", path, { received: value, max: Number.MAX_SAFE_INTEGER }, { lang });
  return undefined;
}

/** The lines (from 1) whose comment speaks of cents. */
function centsCommentLines(text: string): number[] {
  const lines: number[] = [];
  text.split("\n").forEach((line, k) => {
    if (/(?:^|\s)#.*\bcentimes?\b/i.test(line)) lines.push(k + 1);
  });
  return lines;
}

/** An amount in euros as it can stand where the number stood. */
function amountSource(cents: number, json: boolean, inFlow: boolean): string {
  const text = inputEuros(cents);
  return json || (inFlow && /[,[\]{}#]/.test(text)) ? JSON.stringify(text) : text;
}

/**
 * Rewrites the text of a contract's input written before format 2 (amounts in integer cents,
 * no `format` key, or `format: 1`) into format 2 (amounts in euros), changing nothing else: the
 * comments, the key order, the spacing and the quoting stay as they are, byte for byte. It adds
 * `format: 2` as the first key (with a comment, in YAML; `"format": 2` in JSON), and writes each
 * amount — `stateAnnualCeiling` and every action's `state`, `collectivite` and `others[].amount`
 * of each year — in French euros with plain spaces (`4000000` becomes `40 000 €`, quoted where
 * YAML or JSON needs it). The result reads back, through `parseContractText`, to the same input.
 *
 * Refused, each with its located issue: a text `parseContractText` refuses; a text already in
 * format 2 (`input.format_current`) or with an unknown format (`input.format`); an amount that is
 * not a whole, non-negative number of cents (`money.*`) or is a text (`input.amount_text`); an
 * amount shared through a YAML anchor with a value that is not an amount
 * (`input.migration_alias`). `centsCommentLines` lists the lines whose comments still speak of
 * « centimes », for a person to reread. Browser-safe and pure; never throws on a text.
 *
 * @example
 * migrateContractText("# Plafond : 500 000 €\nstateAnnualCeiling: 50000000\n").data?.text
 * //=> "# Plafond : 500 000 €\nformat: 2 # montants en euros\nstateAnnualCeiling: 500 000 €\n"
 * migrateContractText("format: 2\n").issues?.[0]?.code //=> "input.format_current"
 */
export function migrateContractText(text: string, options: ParseContractTextOptions = {}): Result<MigratedContractText> {
  const lang = options.lang ?? "fr";
  const json = options.format === "json";
  const read = readContractText(text, { ...options, format: options.format ?? "yaml" });
  const located = (issue: Issue): Issue => {
    const at = read.locate(issue.path) ?? { line: 1, column: 1 };
    return issue.location !== undefined ? issue : { ...issue, location: { line: at.line, column: at.column } };
  };
  const doc = read.document;
  if (read.issues.some((i) => i.severity === "error") || doc === undefined) return fail(read.issues);
  if (!isPlainRecord(read.value) || !isMap(doc.contents)) {
    const received = read.value === undefined || read.value === null ? "empty" : Array.isArray(read.value) ? "array" : typeof read.value;
    return fail([located(INPUT_ISSUES.issue("input.not_object", [], { received }, { lang }))]);
  }
  const before = contractInputInCents(read.value, { lang, numberText: read.numberText });
  if (before.format === undefined) return fail(before.issues.map(located));
  if (before.format === 2) return fail([located(INPUT_ISSUES.issue("input.format_current", [CONTRACT_INPUT_FORMAT_KEY], {}, { lang }))]);

  const amounts = amountNodes(doc, doc.contents, AMOUNT_PLACES, [], false, false, []);
  const issues: Issue[] = [...before.issues];
  const edits: { start: number; end: number; source: string }[] = [];
  const seen = new Set<unknown>();
  for (const a of amounts) {
    if (!isScalar(a.node) || typeof a.node.value !== "number" || seen.has(a.node)) continue;
    seen.add(a.node);
    const problem = centsIssue(a.node.value, a.path, lang);
    if (problem !== undefined) issues.push(problem);
    const range = (a.node as Scalar).range;
    if (problem === undefined && range !== undefined && range !== null) edits.push({ start: range[0], end: range[1], source: amountSource(a.node.value, json, a.inFlow) });
  }
  if (issues.length > 0) return fail(issues.map(located));
  const rewritten = edits.length;

  const bom = text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  const body = bom === "" ? text : text.slice(1);
  const eol = body.includes("\r\n") ? "\r\n" : "\n";
  const root = doc.contents;
  const formatPair = root.items.find((p) => isScalar(p.key) && p.key.value === CONTRACT_INPUT_FORMAT_KEY);
  const formatRange = isScalar(formatPair?.value) ? formatPair.value.range : undefined;
  if (formatRange !== undefined && formatRange !== null) {
    edits.push({ start: formatRange[0], end: formatRange[1], source: "2" });
  } else {
    const start = root.range?.[0] ?? 0;
    if (root.flow === true) {
      // `{"format": 2, …}`, on a line of its own when the first key is on a line of its own.
      const key = json ? `"${CONTRACT_INPUT_FORMAT_KEY}"` : CONTRACT_INPUT_FORMAT_KEY;
      const first = (root.items[0]?.key as Scalar | undefined)?.range?.[0];
      const gap = first === undefined ? "" : body.slice(start + 1, first);
      const at = first ?? start + 1;
      edits.push({ start: at, end: at, source: first === undefined ? `${key}: 2` : `${key}: 2,${gap.includes("\n") ? gap : " "}` });
    } else {
      const indent = " ".repeat(start - (body.lastIndexOf("\n", start - 1) + 1));
      edits.push({ start, end: start, source: `${CONTRACT_INPUT_FORMAT_KEY}: 2 # montants en euros${eol}${indent}` });
    }
  }
  let out = body;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.source + out.slice(e.end);
  const migrated = bom + out;

  // The new text must read back to the very same input; an anchor shared with a value that is
  // not an amount would have changed that value too.
  if (!sameInput(migrated, before.value, options)) {
    const shared = amounts.find((a) => a.shared);
    const at = read.locate(shared?.path ?? []) ?? { line: 1, column: 1 };
    return fail([{ ...INPUT_ISSUES.issue("input.migration_alias", shared?.path ?? [], { ...at }, { lang }), location: { line: at.line, column: at.column } }]);
  }
  return ok({ text: migrated, amounts: rewritten, centsCommentLines: centsCommentLines(migrated) });
}

/** Whether `text` reads, amounts in cents, to `expected`. */
function sameInput(text: string, expected: unknown, options: ParseContractTextOptions): boolean {
  const read: ReadText = readContractText(text, { ...options, format: options.format ?? "yaml", maxBytes: Number.MAX_SAFE_INTEGER });
  if (read.issues.some((i) => i.severity === "error")) return false;
  const after = contractInputInCents(read.value, { numberText: read.numberText });
  return after.format === 2 && after.issues.length === 0 && JSON.stringify(after.value) === JSON.stringify(expected);
}
