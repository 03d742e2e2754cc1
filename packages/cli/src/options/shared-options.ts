import type { Localized } from "../localized";
import { byteSizeOption, choiceOption, flagOption, formatsOption, textOption, type OptionSpec } from "./option-kinds";

/**
 * Default largest input file, in bytes (5 MiB): a contract of 12 actions weighs about 20 kB.
 *
 * @example
 * DEFAULT_MAX_SIZE //=> 5242880
 */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/**
 * `--lang fr|en`, which every command takes: the language of every line it prints.
 *
 * @example
 * LANG_OPTION.parse("en", "lang", "fr") //=> "en"
 */
export const LANG_OPTION: OptionSpec<"fr" | "en"> = choiceOption(["fr", "en"], "fr", {
  fr: "langue des messages : fr (par défaut) ou en",
  en: "language of the messages: fr (default) or en",
});

/**
 * `--force` (`-f`): replace files that exist.
 *
 * @example
 * FORCE_OPTION.parse(true, "force", "fr") //=> true
 */
export const FORCE_OPTION: OptionSpec<boolean> = flagOption({ fr: "remplace les fichiers existants", en: "replaces existing files" }, "f");

/**
 * The largest value `--max-size` accepts (256 MiB): an input is held whole in memory as bytes
 * and then as text, and a contract is far smaller; past about 512 MiB Node cannot even make it
 * a string.
 *
 * @example
 * MAX_SIZE_CEILING //=> 268435456
 */
export const MAX_SIZE_CEILING = 256 * 1024 * 1024;

/**
 * `--max-size TAILLE`: the largest input file read (5M by default, {@link MAX_SIZE_CEILING} at
 * most).
 *
 * @example
 * MAX_SIZE_OPTION.parse(undefined, "max-size", "fr") //=> 5242880
 * MAX_SIZE_OPTION.parse("1000M", "max-size", "fr") // throws UsageError: --max-size vaut au plus 256M…
 */
export const MAX_SIZE_OPTION: OptionSpec<number> = byteSizeOption(
  DEFAULT_MAX_SIZE,
  {
    fr: "taille maximale d’un fichier d’entrée (5M par défaut, 256M au plus)",
    en: "largest input file (5M by default, 256M at most)",
  },
  MAX_SIZE_CEILING,
);

/**
 * `--format pdf,docx`: the formats to write.
 *
 * @example
 * FORMAT_OPTION.parse("pdf", "format", "fr") //=> ["pdf"]
 */
export const FORMAT_OPTION: OptionSpec<readonly ("pdf" | "docx")[]> = formatsOption();

/**
 * `--no-pdfa`: a plain PDF instead of PDF/A (PDF/A-2a, tagged, by default).
 *
 * @example
 * NO_PDFA_OPTION.parse(undefined, "no-pdfa", "fr") //=> false
 */
export const NO_PDFA_OPTION: OptionSpec<boolean> = flagOption({ fr: "PDF simple plutôt que PDF/A-2a (toujours balisé)", en: "a plain PDF rather than PDF/A-2a (still tagged)" });

/**
 * `--low-memory`: less memory for more time. The render threads collect their garbage sooner
 * (V8 lets a heap grow to 1.5 times the data it holds, instead of up to 4 times): a national
 * batch on two threads takes 40 to 50 % less memory and 20 to 30 % more time, a contract of 500
 * actions about 30 % less memory and 15 % more time (see `limitHeapGrowth`).
 *
 * @example
 * LOW_MEMORY_OPTION.parse(true, "low-memory", "fr") //=> true
 */
export const LOW_MEMORY_OPTION: OptionSpec<boolean> = flagOption({
  fr: "moins de mémoire, plus de temps : les fils de rendu libèrent leur mémoire plus tôt (pour un lot, 40 à 50 % de mémoire en moins et 20 à 30 % de temps en plus)",
  en: "less memory, more time: the render threads free their memory sooner (for a batch, 40 to 50 % less memory and 20 to 30 % more time)",
});

const FOLDER: Localized = { fr: "DOSSIER", en: "FOLDER" };
const FILE: Localized = { fr: "FICHIER", en: "FILE" };

/**
 * `--out` (`-o`), a folder (`render`, `batch`, `amend`) or a file (`init`, `calendar`,
 * `schema`); `help` says what happens without it.
 *
 * @example
 * outOption("folder", { fr: "dossier de sortie", en: "output folder" }).value?.fr //=> "DOSSIER"
 */
export function outOption(kind: "folder" | "file", help: Localized, placeholder?: Localized): OptionSpec<string | undefined> {
  return textOption(placeholder ?? (kind === "folder" ? FOLDER : FILE), help, "o");
}
