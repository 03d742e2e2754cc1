import type { CliLang } from "../localized";

/**
 * The language asked on a command line (`--lang en`, `--lang=en`), read before anything else
 * so that even a mistake in the arguments is reported in that language; French otherwise.
 *
 * @example
 * langOfArgs(["validate", "a.yaml", "--lang", "en"]) //=> "en"
 * langOfArgs(["validate", "--lang=de"]) //=> "fr"
 */
export function langOfArgs(argv: readonly string[]): CliLang {
  let lang: CliLang = "fr";
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--") break;
    const v = a === "--lang" ? argv[k + 1] : a?.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (v === "fr" || v === "en") lang = v;
  }
  return lang;
}

/**
 * The arguments without `--lang` and its value (`--lang en`, `--lang=en`, whatever the value):
 * what names the command, once the language is read by {@link langOfArgs}.
 *
 * @example
 * argsWithoutLang(["--lang", "en", "validate", "a.yaml"]) //=> ["validate", "a.yaml"]
 * argsWithoutLang(["--help", "--lang=de"]) //=> ["--help"]
 */
export function argsWithoutLang(argv: readonly string[]): string[] {
  return argv.filter((a, k) => !(a === "--lang" || a.startsWith("--lang=") || (k > 0 && argv[k - 1] === "--lang")));
}
