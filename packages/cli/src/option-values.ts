import type { Lang } from "@pacte/model";
import { UsageError } from "./cli-error";
import type { OptionValues } from "./command-spec";
import { OUTPUT_FORMATS, type OutputFormat } from "./render-files";
import { DEFAULT_MAX_SIZE } from "./read-input";

/**
 * The string value of an option, or `undefined` (a repeated option keeps its last value).
 *
 * @example
 * stringOption({ out: "x" }, "out") //=> "x"
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) {
    const last = v[v.length - 1];
    return typeof last === "string" ? last : undefined;
  }
  return typeof v === "string" ? v : undefined;
}

/**
 * The values of a repeatable string option, in order.
 *
 * @example
 * stringListOption({ reason: ["a", "b"] }, "reason") //=> ["a", "b"]
 */
export function stringListOption(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return typeof v === "string" ? [v] : [];
}

/**
 * `--lang`: `fr` (default) or `en`.
 *
 * @throws {UsageError} for another language.
 * @example
 * langOption({ lang: "en" }, "pacte validate …") //=> "en"
 */
export function langOption(values: OptionValues, usage: string): Lang {
  const v = stringOption(values, "lang") ?? "fr";
  if (v !== "fr" && v !== "en") throw new UsageError(`--lang attend « fr » ou « en » ; « ${v} » reçu`, usage);
  return v;
}

/**
 * `--max-size`: bytes, with an optional unit `k`, `M` (of 1 024): `5M`, `500k`, `100000`.
 *
 * @throws {UsageError} for anything else.
 * @example
 * maxSizeOption({ "max-size": "2M" }, "…") //=> 2097152
 */
export function maxSizeOption(values: OptionValues, usage: string): number {
  const v = stringOption(values, "max-size");
  if (v === undefined) return DEFAULT_MAX_SIZE;
  const m = /^(\d+)\s*([kKmM]?)[oObB]?$/.exec(v.trim());
  const n = m === null ? NaN : Number(m[1]) * (m[2] === "" ? 1 : /k/i.test(m[2] ?? "") ? 1024 : 1024 * 1024);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--max-size attend une taille comme 5M, 500k ou 100000 ; « ${v} » reçu`, usage);
  return n;
}

/**
 * `--format`: a comma-separated list of `pdf` and `docx` (both by default), without repeats.
 *
 * @throws {UsageError} for an unknown format.
 * @example
 * formatOption({ format: "docx" }, "…") //=> ["docx"]
 */
export function formatOption(values: OptionValues, usage: string): OutputFormat[] {
  const v = stringOption(values, "format");
  if (v === undefined) return [...OUTPUT_FORMATS];
  const wanted = v.split(",").map((f) => f.trim().toLowerCase()).filter((f) => f !== "");
  const out: OutputFormat[] = [];
  for (const f of wanted) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format : format inconnu « ${f} » ; formats possibles : pdf, docx`, usage);
    if (!out.includes(f as OutputFormat)) out.push(f as OutputFormat);
  }
  if (out.length === 0) throw new UsageError(`--format attend pdf, docx ou pdf,docx`, usage);
  return out;
}

/**
 * A positive integer option (`--jobs`, `--number`).
 *
 * @throws {UsageError} for anything but an integer from `min`.
 * @example
 * integerOption({ jobs: "4" }, "jobs", "…") //=> 4
 */
export function integerOption(values: OptionValues, name: string, usage: string, min = 1): number | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`--${name} attend un entier à partir de ${min} ; « ${v} » reçu`, usage);
  }
  return Number(v);
}

/**
 * An ISO date option (`--date 2025-03-14`).
 *
 * @throws {UsageError} for anything but a real date written AAAA-MM-JJ.
 * @example
 * dateOption({ date: "2025-03-14" }, "date", "…") //=> "2025-03-14"
 */
export function dateOption(values: OptionValues, name: string, usage: string): string | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new UsageError(`--${name} attend une date AAAA-MM-JJ, par exemple 2025-03-14 ; « ${v} » reçu`, usage);
  }
  return v;
}
