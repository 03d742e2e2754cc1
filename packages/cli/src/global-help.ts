import { COMMAND_SUMMARIES, type CommandName } from "./commands/command-summaries";
import { EXIT_CODES } from "./exit-codes";
import { localize, type CliLang } from "./localized";
import { argsWithoutLang, langOfArgs } from "./options/lang-of-args";

/**
 * The text of `pacte --help`, in French or English: the commands with their summaries
 * ({@link COMMAND_SUMMARIES}), the general options, the exit codes and an example.
 *
 * @example
 * globalHelp().startsWith("pacte — ") //=> true
 * globalHelp("en").includes("Commands:") //=> true
 */
export function globalHelp(lang: CliLang = "fr"): string {
  const names = Object.keys(COMMAND_SUMMARIES) as CommandName[];
  const width = Math.max(...names.map((name) => name.length));
  const fr = lang === "fr";
  return [
    fr
      ? "pacte — contrats du Pacte des solidarités : vérifier, produire en PDF et DOCX, avenants, échéances"
      : "pacte — contracts of the Pacte des solidarités: check, produce as PDF and DOCX, amendments, deadlines",
    "",
    fr ? "Usage : pacte COMMANDE [options]" : "Usage: pacte COMMAND [options]",
    "",
    fr ? "Commandes :" : "Commands:",
    ...names.map((name) => `  ${name.padEnd(width)}  ${localize(COMMAND_SUMMARIES[name], lang)}`),
    "",
    fr ? "Options générales :" : "General options:",
    fr ? "  -h, --help     cette aide ; « pacte COMMANDE --help » pour l’aide d’une commande" : "  -h, --help     this help; “pacte COMMAND --help” for a command's help",
    fr ? "  -v, --version  la version" : "  -v, --version  the version",
    fr ? "  --lang fr|en   langue des messages (fr par défaut)" : "  --lang fr|en   language of the messages (fr by default)",
    "",
    fr
      ? "Codes de sortie : 0 succès ; 1 contrat ou rapport invalide, ou en échec ; 2 erreur d’usage ou de fichier ; 3 erreur interne."
      : "Exit codes: 0 success; 1 invalid or failed contract or report; 2 usage or file error; 3 internal error.",
    "",
    fr ? "Exemple :" : "Example:",
    "  pacte init --collectivite creuse && pacte validate contrat.yaml && pacte render contrat.yaml --out sortie/",
    "",
  ].join("\n");
}

/**
 * The words that ask for help in place of a command: `pacte --help`, `pacte -h`, `pacte help`
 * (followed by a command's name, that command's help).
 *
 * @example
 * HELP_WORDS.includes("-h") //=> true
 */
export const HELP_WORDS: readonly string[] = Object.freeze(["--help", "-h", "help"]);

/**
 * What `pacte` answers when its arguments ask for the general help, `undefined` otherwise:
 * nothing but `--lang` (the help on stderr, exit 2), or `--help`, `-h` or `help` not followed by
 * the name of a command (the help on stdout, exit 0). `runCli` and the executable both ask it,
 * so that `pacte --help` prints the same thing whichever runs it, and the executable answers
 * without loading the commands.
 *
 * @example
 * globalHelpAnswer(["--help", "--lang", "en"])?.code //=> 0
 * globalHelpAnswer([])?.stream //=> "stderr"
 * globalHelpAnswer(["help", "validate"]) //=> undefined (the help of validate)
 */
export function globalHelpAnswer(argv: readonly string[]): { readonly stream: "stdout" | "stderr"; readonly text: string; readonly code: number } | undefined {
  const [name, next] = argsWithoutLang(argv);
  const text = (): string => globalHelp(langOfArgs(argv));
  if (name === undefined) return { stream: "stderr", text: text(), code: EXIT_CODES.usage };
  if (HELP_WORDS.includes(name) && (next === undefined || !Object.hasOwn(COMMAND_SUMMARIES, next))) {
    return { stream: "stdout", text: text(), code: EXIT_CODES.ok };
  }
  return undefined;
}
