import { UsageError } from "../cli-error";
import type { CliLang, Localized } from "../localized";
import { OUTPUT_FORMATS, type OutputFormat } from "../output/output-format";

/** What `node:util`'s `parseArgs` gives for one option. */
export type RawOptionValue = string | boolean | readonly (string | boolean)[] | undefined;

/**
 * One option, declared once: how `parseArgs` reads it (`type`, `short`, `multiple`), its line in
 * the help (`value` placeholder and `help`, in both languages), and `parse`, which turns what was
 * typed into the typed value the command receives — or throws a {@link UsageError}. The value's
 * TypeScript type is `parse`'s return type, so a command cannot read an option as something else.
 *
 * @example
 * const jobs: OptionSpec<number | undefined> = integerOption({ fr: "N", en: "N" }, { fr: "nombre de fils", en: "number of threads" });
 */
export interface OptionSpec<T> {
  readonly type: "string" | "boolean";
  readonly short?: string | undefined;
  readonly multiple?: boolean | undefined;
  readonly value?: Localized | undefined;
  readonly help: Localized;
  parse(raw: RawOptionValue, name: string, lang: CliLang): T;
}

/** Options by their long name (`max-size`, not `maxSize`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec<unknown>>>;

/**
 * The typed values of a command's options, inferred from their declarations.
 *
 * @example
 * type V = OptionValues<{ force: OptionSpec<boolean> }>; // { readonly force: boolean }
 */
export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

const last = (raw: RawOptionValue): string | undefined => {
  if (Array.isArray(raw)) {
    const v = raw[raw.length - 1];
    return typeof v === "string" ? v : undefined;
  }
  return typeof raw === "string" ? raw : undefined;
};

const quoteFr = (s: string): string => `« ${s} »`;
const quoteEn = (s: string): string => `“${s}”`;

/**
 * A switch: `true` when given, `false` otherwise.
 *
 * @example
 * flagOption({ fr: "remplace les fichiers", en: "replaces files" }, "f").parse(true, "force", "fr") //=> true
 */
export function flagOption(help: Localized, short?: string): OptionSpec<boolean> {
  return Object.freeze({ type: "boolean", short, help, parse: (raw: RawOptionValue) => raw === true || (Array.isArray(raw) && raw.includes(true)) });
}

/**
 * A text value (the last one when repeated), or `undefined` when absent.
 *
 * @example
 * textOption({ fr: "LIEU", en: "PLACE" }, { fr: "lieu", en: "place" }).parse("Guéret", "place", "fr") //=> "Guéret"
 */
export function textOption(value: Localized, help: Localized, short?: string): OptionSpec<string | undefined> {
  return Object.freeze({ type: "string", short, value, help, parse: (raw: RawOptionValue) => last(raw) });
}

/**
 * A repeatable text value: every occurrence, in order.
 *
 * @example
 * textListOption({ fr: "TEXTE", en: "TEXT" }, { fr: "motif", en: "reason" }).parse(["a", "b"], "reason", "fr") //=> ["a", "b"]
 */
export function textListOption(value: Localized, help: Localized): OptionSpec<readonly string[]> {
  return Object.freeze({
    type: "string",
    multiple: true,
    value,
    help,
    parse: (raw: RawOptionValue) => (Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : typeof raw === "string" ? [raw] : []),
  });
}

/**
 * One value of a closed list, `fallback` when absent.
 *
 * @throws {UsageError} for a value outside the list, naming the allowed ones.
 * @example
 * choiceOption(["fr", "en"] as const, "fr", { fr: "langue", en: "language" }).parse("en", "lang", "fr") //=> "en"
 */
export function choiceOption<const C extends string>(choices: readonly C[], fallback: C, help: Localized): OptionSpec<C> {
  return Object.freeze({
    type: "string",
    value: { fr: choices.join("|"), en: choices.join("|") },
    help,
    parse: (raw: RawOptionValue, name: string, lang: CliLang): C => {
      const v = last(raw);
      if (v === undefined) return fallback;
      if ((choices as readonly string[]).includes(v)) return v as C;
      const list = choices.join(", ");
      throw new UsageError({
        fr: `--${name} attend ${list} ; ${quoteFr(v)} reçu`,
        en: `--${name} expects ${list}; got ${quoteEn(v)}`,
      });
    },
  });
}

/**
 * A whole number from `min`, or `undefined` when absent.
 *
 * @throws {UsageError} for anything else.
 * @example
 * integerOption({ fr: "N", en: "N" }, { fr: "fils", en: "threads" }).parse("4", "jobs", "fr") //=> 4
 */
export function integerOption(value: Localized, help: Localized, options: { readonly min?: number; readonly short?: string } = {}): OptionSpec<number | undefined> {
  const min = options.min ?? 1;
  return Object.freeze({
    type: "string",
    short: options.short,
    value,
    help,
    parse: (raw: RawOptionValue, name: string): number | undefined => {
      const v = last(raw);
      if (v === undefined) return undefined;
      const n = Number(v.trim());
      if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min) {
        throw new UsageError({
          fr: `--${name} attend un entier à partir de ${min} ; ${quoteFr(v)} reçu`,
          en: `--${name} expects a whole number from ${min}; got ${quoteEn(v)}`,
        });
      }
      return n;
    },
  });
}

/**
 * A calendar date written `AAAA-MM-JJ`, or `undefined` when absent.
 *
 * @throws {UsageError} for anything but a real date (no 30 February).
 * @example
 * isoDateOption({ fr: "date", en: "date" }).parse("2025-03-14", "date", "fr") //=> "2025-03-14"
 */
export function isoDateOption(help: Localized): OptionSpec<string | undefined> {
  return Object.freeze({
    type: "string",
    value: { fr: "AAAA-MM-JJ", en: "YYYY-MM-DD" },
    help,
    parse: (raw: RawOptionValue, name: string): string | undefined => {
      const v = last(raw);
      if (v === undefined) return undefined;
      const d = new Date(`${v}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
        throw new UsageError({
          fr: `--${name} attend une date AAAA-MM-JJ, par exemple 2025-03-14 ; ${quoteFr(v)} reçu`,
          en: `--${name} expects a date YYYY-MM-DD, for example 2025-03-14; got ${quoteEn(v)}`,
        });
      }
      return v;
    },
  });
}

/**
 * A size in bytes with an optional unit `k` or `M` (of 1 024): `5M`, `500k`, `100000`;
 * `fallback` when absent. A size above `max` bytes is refused, so that no option value can make
 * the command read more than it can hold in memory.
 *
 * @throws {UsageError} for anything else, or for a size above `max`.
 * @example
 * byteSizeOption(5242880, { fr: "taille", en: "size" }).parse("2M", "max-size", "fr") //=> 2097152
 * byteSizeOption(10, { fr: "taille", en: "size" }, 1024).parse("2k", "max-size", "fr") // throws UsageError
 */
export function byteSizeOption(fallback: number, help: Localized, max: number = Number.MAX_SAFE_INTEGER): OptionSpec<number> {
  return Object.freeze({
    type: "string",
    value: { fr: "TAILLE", en: "SIZE" },
    help,
    parse: (raw: RawOptionValue, name: string): number => {
      const v = last(raw);
      if (v === undefined) return fallback;
      const m = /^(\d+)\s*([kKmM]?)[oObB]?$/.exec(v.trim());
      const n = m === null ? Number.NaN : Number(m[1]) * (m[2] === "" ? 1 : /k/i.test(m[2] ?? "") ? 1024 : 1024 * 1024);
      if (!Number.isSafeInteger(n) || n <= 0) {
        throw new UsageError({
          fr: `--${name} attend une taille comme 5M, 500k ou 100000 ; ${quoteFr(v)} reçu`,
          en: `--${name} expects a size such as 5M, 500k or 100000; got ${quoteEn(v)}`,
        });
      }
      if (n > max) {
        const mib = Math.floor(max / (1024 * 1024));
        throw new UsageError({
          fr: `--${name} vaut au plus ${mib}M (${formatBytesFr(max)} octets) ; ${quoteFr(v)} reçu`,
          en: `--${name} is at most ${mib}M (${max.toLocaleString("en-GB")} bytes); got ${quoteEn(v)}`,
        });
      }
      return n;
    },
  });
}

/** A whole number of bytes with French digit grouping (narrow no-break spaces). */
function formatBytesFr(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

/**
 * A comma-separated list of output formats (`pdf`, `docx`), without repeats; both when absent.
 *
 * @throws {UsageError} for an unknown format, with a suggestion-free list of the known ones.
 * @example
 * formatsOption().parse("docx", "format", "fr") //=> ["docx"]
 */
export function formatsOption(): OptionSpec<readonly OutputFormat[]> {
  return Object.freeze({
    type: "string",
    value: { fr: "LISTE", en: "LIST" },
    help: { fr: "formats, séparés par des virgules : pdf, docx (les deux par défaut)", en: "formats, comma-separated: pdf, docx (both by default)" },
    parse: (raw: RawOptionValue, name: string): readonly OutputFormat[] => {
      const v = last(raw);
      if (v === undefined) return OUTPUT_FORMATS;
      const out: OutputFormat[] = [];
      for (const f of v.split(",").map((x) => x.trim().toLowerCase()).filter((x) => x !== "")) {
        if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) {
          throw new UsageError({
            fr: `--${name} : format inconnu ${quoteFr(f)} ; formats possibles : pdf, docx`,
            en: `--${name}: unknown format ${quoteEn(f)}; formats: pdf, docx`,
          });
        }
        if (!out.includes(f as OutputFormat)) out.push(f as OutputFormat);
      }
      if (out.length === 0) throw new UsageError({ fr: `--${name} attend pdf, docx ou pdf,docx`, en: `--${name} expects pdf, docx or pdf,docx` });
      return out;
    },
  });
}
