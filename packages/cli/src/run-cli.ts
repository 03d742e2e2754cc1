import { resolve as resolvePath } from "node:path";
import type { BatchRunner } from "./batch/batch-runner";
import { CliIoError, OverwriteError, UsageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { amendCommand } from "./commands/amend";
import { batchCommand } from "./commands/batch";
import { calendarCommand } from "./commands/calendar";
import { collectivitesCommand } from "./commands/collectivites";
import type { CommandContext, CommandSpec } from "./commands/command-spec";
import { consolidateCommand } from "./commands/consolidate";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { migrateCommand } from "./commands/migrate";
import { renderCommand } from "./commands/render";
import { reportCommand } from "./commands/report";
import { schemaCommand } from "./commands/schema";
import { validateCommand } from "./commands/validate";
import { EXIT_CODES } from "./exit-codes";
import { nodeFileSystem } from "./file-system";
import { localize, type CliLang } from "./localized";
import { globalHelpAnswer, HELP_WORDS } from "./global-help";
import { argsWithoutLang, langOfArgs } from "./options/lang-of-args";
import type { DocumentRenderer } from "./output/document-renderer";
import { terminalStyle } from "./output/terminal-style";
import { CLI_VERSION } from "./version";

/**
 * The sub-commands of `pacte`, in the order the help lists them. Their declarations load no
 * library: each command imports what it needs when it runs (the renderers only when it renders).
 *
 * @example
 * COMMANDS.map((c) => c.name) //=> ["init", "validate", "render", "batch", "amend", "report", "consolidate", "calendar", "import", "export", "schema", "migrate", "collectivites"]
 */
export const COMMANDS: readonly CommandSpec[] = Object.freeze([
  initCommand,
  validateCommand,
  renderCommand,
  batchCommand,
  amendCommand,
  reportCommand,
  consolidateCommand,
  calendarCommand,
  importCommand,
  exportCommand,
  schemaCommand,
  migrateCommand,
  collectivitesCommand,
] as CommandSpec[]);

function internalError(io: CliIo, error: unknown, lang: CliLang): number {
  const env = io.env ?? process.env;
  const detail = error instanceof Error ? `${error.name} : ${(error.message.split("\n")[0] ?? "").slice(0, 200)}` : String(error).slice(0, 200);
  io.stderr.write(lang === "fr" ? `pacte : erreur interne (${detail}).\n` : `pacte: internal error (${detail}).\n`);
  if (env.PACTE_DEBUG !== undefined && env.PACTE_DEBUG !== "" && env.PACTE_DEBUG !== "0") {
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  } else {
    io.stderr.write(
      lang === "fr"
        ? "Relancez avec PACTE_DEBUG=1 pour le détail, et signalez le problème s’il persiste.\n"
        : "Run again with PACTE_DEBUG=1 for the details, and report the problem if it persists.\n",
    );
  }
  return EXIT_CODES.internal;
}

// The defaults load the worker machinery only when a command asks for it.
const lazyRenderer: DocumentRenderer = async (...args) => (await import("./batch/render-in-worker")).defaultDocumentRenderer()(...args);
const lazyBatchRunner =
  (io: Pick<CliIo, "fs">, now: () => number): BatchRunner =>
  async (...args) =>
    (await import("./batch/batch-runner")).defaultBatchRunner(io.fs ?? nodeFileSystem(), now)(...args);

/**
 * Runs the `pacte` command with its arguments (without `node` and the script) and returns the
 * exit code; everything it reads and writes goes through `io`, so tests run it in-process with
 * captured output and a temporary folder. User mistakes give a message (French, or English with
 * `--lang en`) and code 1 or 2, never a stack trace; a bug gives a short message and code 3 (the
 * stack with `PACTE_DEBUG=1`). `--version` and `--help` load no library.
 *
 * @example
 * await runCli(["validate", "contrat.yaml"], { stdout, stderr, cwd: "/tmp/essai" }) //=> 0
 * await runCli(["--version"], io) //=> 0, prints "0.1.0"
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOfArgs(argv);
  const fr = lang === "fr";
  try {
    const help = globalHelpAnswer(argv);
    if (help !== undefined) {
      io[help.stream].write(help.text);
      return help.code;
    }
    // (No command at all is the general help, answered above.)
    const [name = "", ...rest] = argsWithoutLang(argv);
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) {
      const target = HELP_WORDS.includes(name) ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      if (target !== undefined) {
        // `pacte help validate`: a command's help (any other is the general help, above).
        const { commandHelp } = await import("./options/command-help");
        io.stdout.write(commandHelp(target, lang));
        return EXIT_CODES.ok;
      }
      if (name === "--version" || name === "-v" || name === "-V") {
        io.stdout.write(`${CLI_VERSION}\n`);
        return EXIT_CODES.ok;
      }
      const { closestMatch } = await import("@pacte/issues");
      const names = COMMANDS.map((c) => c.name);
      const option = name.startsWith("-");
      const suggestion = closestMatch(option ? name.replace(/^-+/, "") : name, option ? ["help", "version", "lang"] : names);
      const shownSuggestion = suggestion === undefined ? undefined : option ? `--${suggestion}` : suggestion;
      const what = option ? (fr ? `option inconnue « ${name} »` : `unknown option “${name}”`) : fr ? `commande inconnue « ${name} »` : `unknown command “${name}”`;
      const hint = shownSuggestion === undefined ? "" : fr ? ` ; vouliez-vous dire « ${shownSuggestion} » ?` : `; did you mean “${shownSuggestion}”?`;
      io.stderr.write(
        fr ? `pacte : ${what}${hint}\nCommandes : ${names.join(", ")}. Aide : pacte --help\n` : `pacte: ${what}${hint}\nCommands: ${names.join(", ")}. Help: pacte --help\n`,
      );
      return EXIT_CODES.usage;
    }
    const env = io.env ?? process.env;
    try {
      const { parseCommandArgs } = await import("./options/parse-command-args");
      const { values, positionals } = await parseCommandArgs(command, argv.slice(argv.indexOf(command.name) + 1));
      if (values.help === true) {
        const { commandHelp } = await import("./options/command-help");
        io.stdout.write(commandHelp(command, lang));
        return EXIT_CODES.ok;
      }
      if (values["low-memory"] === true) {
        // (Before any render thread starts: the flag is the process's, read by every heap.)
        const { limitHeapGrowth } = await import("./batch/heap-growth");
        limitHeapGrowth();
      }
      const cwd = io.cwd ?? process.cwd();
      const fs = io.fs ?? nodeFileSystem();
      const now = io.now ?? (() => performance.now());
      const ctx: CommandContext = {
        values,
        positionals,
        lang,
        stdout: io.stdout,
        stderr: io.stderr,
        style: { stdout: terminalStyle(io.stdout, env), stderr: terminalStyle(io.stderr, env) },
        cwd,
        env,
        fs,
        now,
        batchRunner: io.batchRunner ?? lazyBatchRunner(io, now),
        renderer: io.renderer ?? lazyRenderer,
        resolve: (path) => resolvePath(cwd, path),
      };
      return await command.run(ctx);
    } catch (e) {
      const prefix = `pacte ${command.name}${fr ? " :" : ":"}`;
      if (e instanceof UsageError) {
        const usage = e.usage ?? command.usage;
        io.stderr.write(
          fr
            ? `${prefix} ${e.text(lang)}\nUsage : ${localize(usage, lang)}\nAide : pacte ${command.name} --help\n`
            : `${prefix} ${e.text(lang)}\nUsage: ${localize(usage, lang)}\nHelp: pacte ${command.name} --help\n`,
        );
        return EXIT_CODES.usage;
      }
      if (e instanceof CliIoError || e instanceof OverwriteError) {
        io.stderr.write(`${prefix} ${e.text(lang)}\n`);
        return EXIT_CODES.usage;
      }
      throw e;
    }
  } catch (e) {
    return internalError(io, e, lang);
  }
}
