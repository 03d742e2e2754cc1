import { fail, ok, type Issue, type Lang, type Result } from "@pacte/issues";
import { contractInputInCents } from "../input-in-cents";
import { readContractText, type TextFormat } from "./internal/read-text";

/**
 * The syntax of a contract's text: `yaml` (YAML 1.2, of which JSON is a part) or `json`.
 *
 * @example
 * const format: ContractTextFormat = contractTextFormatOf("contrat.yaml"); //=> "yaml"
 */
export type ContractTextFormat = TextFormat;

/**
 * Options of {@link parseContractText} and `checkContractText`: the syntax (YAML by default), the
 * language of the messages, and the limits — the text's size in UTF-8 bytes (`maxBytes`,
 * `CONTRACT_LIMITS.inputBytes` = 5 MiB by default) and YAML alias expansions (`maxAliasCount`,
 * 100 by default: plenty for honest anchors, far too few for a "billion laughs").
 *
 * @example
 * const options: ParseContractTextOptions = { format: "json", lang: "en", maxBytes: 1_000_000 };
 */
export interface ParseContractTextOptions {
  readonly format?: ContractTextFormat | undefined;
  readonly lang?: Lang | undefined;
  readonly maxBytes?: number | undefined;
  readonly maxAliasCount?: number | undefined;
}

/**
 * Reads the text of a contract's input — YAML 1.2 with the core schema, or JSON — into plain
 * data, refusing what has no place in it: tags (`!!js/function`, `!!binary`, even `!!str`:
 * `input.yaml_tag`), merge keys (`<<` stays a key, reported later as unknown), duplicate keys,
 * a second document, keys that are lists or maps (`input.syntax`), alias bombs
 * (`input.alias_limit`), and texts larger than `maxBytes` (`limit.input_size`). A text in
 * format 2 (`format: 2`, amounts in euros) comes back as the same input in cents, without its
 * `format` key, through `contractInputInCents` — its numbers read from the digits written in the
 * text — so that every reader gets one `ContractInput`; an amount it cannot read is an issue
 * (`money.*`), and so is an unknown format (`input.format`). Every issue has its `location` (line and
 * column, from 1) and a French message (English with `lang: "en"`); warnings of the YAML parser
 * ride along. Browser-safe and pure; never throws on a text. `checkContractText` goes on to check
 * the contract itself.
 *
 * @example
 * parseContractText("reference: CLS-23\nactions: []\n") //=> { success: true, data: { reference: "CLS-23", actions: [] }, warnings: [] }
 * parseContractText("format: 2\nstateAnnualCeiling: 500 000 €\n") //=> { success: true, data: { stateAnnualCeiling: 50000000 }, warnings: [] }
 * const r = parseContractText("a: [1, 2\nb: 3\n");
 * r.success || r.issues[0]?.location //=> { line: 2, column: 1 }
 * r.success || r.issues[0]?.message //=> "Erreur de syntaxe YAML ligne 2, colonne 1 : liste entre crochets [ … ] non fermée : un « ] » manque avant cette ligne."
 */
export function parseContractText(text: string, options: ParseContractTextOptions = {}): Result<unknown> {
  const read = readContractText(text, { ...options, format: options.format ?? "yaml" });
  const errors = read.issues.some((i) => i.severity === "error");
  if (errors || read.value === undefined) return fail(read.issues);
  const inCents = contractInputInCents(read.value, { lang: options.lang, numberText: read.numberText });
  // In format 1 the amounts are left as written: checking them is `validateContract`'s work.
  if (inCents.format === 1) return ok(inCents.value, read.issues);
  const located = inCents.issues.map((issue): Issue => {
    const at = read.locate(issue.path);
    return at === undefined ? issue : { ...issue, location: { line: at.line, column: at.column } };
  });
  return inCents.issues.length > 0 ? fail([...located, ...read.issues]) : ok(inCents.value, read.issues);
}

/**
 * The syntax of a file by its name: `.json` is JSON, anything else (`.yaml`, `.yml`) YAML.
 *
 * @example
 * contractTextFormatOf("contrat.JSON") //=> "json"
 * contractTextFormatOf("contrat.yml") //=> "yaml"
 */
export function contractTextFormatOf(fileName: string): ContractTextFormat {
  return /\.json$/i.test(fileName) ? "json" : "yaml";
}
