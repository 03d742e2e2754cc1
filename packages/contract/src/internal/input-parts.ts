// The input checked part by part: each top-level key of ContractInputSchema on its own, so that
// a broken SIRET (in `collectivite`) does not stop the parity of the actions being checked.
import { safeParseWith, type Issue, type IssuePath, type Lang, type ZodIssueMapping } from "@pacte/issues";
import { MODEL_ISSUES } from "@pacte/model";
import { CONTRACT_ISSUES } from "../messages";
import { ContractInputSchema, type ParsedContractInput } from "../input";
import { INPUT_ISSUES } from "../input-issues";
import type { ContractInputPart } from "../rules/rule";

const EXPECTED: Readonly<Record<string, { readonly fr: string; readonly en: string; readonly feminine?: boolean }>> = {
  string: { fr: "un texte", en: "a text" },
  number: { fr: "un nombre", en: "a number" },
  int: { fr: "un nombre entier", en: "an integer" },
  boolean: { fr: "true ou false", en: "true or false" },
  object: { fr: "un objet", en: "an object" },
  array: { fr: "une liste", en: "a list", feminine: true },
  record: { fr: "un objet", en: "an object" },
};

const INFINITE: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  Infinity: { fr: "l’infini (.inf)", en: "infinity (.inf)" },
  "-Infinity": { fr: "moins l’infini (-.inf)", en: "minus infinity (-.inf)" },
  NaN: { fr: "« pas un nombre » (.nan)", en: "not-a-number (.nan)" },
};

/**
 * zod says « chaîne de caractères attendu, indéfini reçu » for a missing key and « nombre
 * attendu, nombre reçu » for `.inf`: say them plainly, keeping the code `schema.invalid_type`.
 */
function friendly(part: ContractInputPart): ZodIssueMapping {
  return (zi, path, lang) => {
    if (zi.code !== "invalid_type") return undefined;
    const expected = EXPECTED[zi.expected];
    const input = (zi as { input?: unknown }).input;
    if (input === undefined) {
      const key = String(path.length > 0 ? path[path.length - 1] : part);
      const message =
        lang === "fr"
          ? `Clé obligatoire manquante : « ${key} »${expected ? ` (${expected.fr} ${expected.feminine === true ? "attendue" : "attendu"})` : ""}.`
          : `Missing required key: "${key}"${expected ? ` (${expected.en} expected)` : ""}.`;
      return { code: "schema.invalid_type", path, message, severity: "error", params: { expected: zi.expected, missing: true } };
    }
    if (zi.expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
      // `id: 1.10` unquoted: YAML reads a number (1.1) or a boolean where a text is expected.
      const read = typeof input === "number" ? { fr: "un nombre", en: "a number" } : { fr: "un booléen", en: "a boolean" };
      const message =
        lang === "fr"
          ? `Il faut un texte ; la valeur a été lue comme ${read.fr} (${String(input)}). Mettez-la entre guillemets, telle que vous l’avez écrite (par exemple "1.10").`
          : `A text is expected; the value was read as ${read.en} (${String(input)}). Put it in quotes, as you wrote it (for example "1.10").`;
      return { code: "schema.invalid_type", path, message, severity: "error", params: { expected: "string", received: String(input), quote: true } };
    }
    if (typeof input === "number" && !Number.isFinite(input) && zi.expected === "number") {
      const what = INFINITE[String(input)] ?? { fr: String(input), en: String(input) };
      const message = lang === "fr" ? `Nombre fini attendu ; ${what.fr} reçu.` : `A finite number expected; received ${what.en}.`;
      return { code: "schema.invalid_type", path, message, severity: "error", params: { expected: "number", received: String(input) } };
    }
    return undefined;
  };
}

/** The parts of an input that parsed, and the issues of those that did not. */
export interface InputParts {
  /** The parsed parts; a part absent from `valid` is missing here. */
  readonly data: Partial<ParsedContractInput>;
  readonly valid: ReadonlySet<ContractInputPart>;
  readonly issues: readonly Issue[];
}

const PARTS = Object.keys(ContractInputSchema.shape) as ContractInputPart[];

/** Parses each top-level part of `value` (an object without unknown keys) with its own schema. */
export function parseInputParts(value: Readonly<Record<string, unknown>>, lang: Lang): InputParts {
  const data: Record<string, unknown> = {};
  const valid = new Set<ContractInputPart>();
  const issues: Issue[] = [];
  for (const part of PARTS) {
    const r = safeParseWith(ContractInputSchema.shape[part], value[part], {
      lang,
      catalogs: [MODEL_ISSUES, CONTRACT_ISSUES, INPUT_ISSUES],
      map: friendly(part),
      reportInput: true,
    });
    if (r.success) {
      valid.add(part);
      if (r.data !== undefined) data[part] = r.data;
    } else {
      issues.push(...r.issues.map((i) => ({ ...i, path: [part, ...i.path] as IssuePath })));
    }
  }
  return { data: data as Partial<ParsedContractInput>, valid, issues };
}
