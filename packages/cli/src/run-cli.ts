import { resolve as resolvePath } from "node:path";
import { amendCommand } from "./commands/amend";
import { batchCommand } from "./commands/batch";
import { calendarCommand } from "./commands/calendar";
import { collectivitesCommand } from "./commands/collectivites";
import { initCommand } from "./commands/init";
import { renderCommand } from "./commands/render";
import { schemaCommand } from "./commands/schema";
import { validateCommand } from "./commands/validate";
import { CliIoError, OverwriteError, UsageError } from "./cli-error";
import { type CliIo } from "./cli-io";
import { nodeFileSystem } from "./file-system";
import type { CommandContext, CommandSpec } from "./command-spec";
import { EXIT_CODES } from "./exit-codes";
import { closestMatch } from "@pacte/issues";
import { commandHelp, parseCommandArgs } from "./parse-command-args";
import { CLI_VERSION } from "./version";

/**
 * The sub-commands of `pacte`, in the order the help lists them.
 *
 * @example
 * COMMANDS.map((c) => c.name) //=> ["init", "validate", "render", "batch", "amend", "calendar", "schema", "collectivites"]
 */
export const COMMANDS: readonly CommandSpec[] = [
  initCommand,
  validateCommand,
  renderCommand,
  batchCommand,
  amendCommand,
  calendarCommand,
  schemaCommand,
  collectivitesCommand,
];

/**
 * The text of `pacte --help`.
 *
 * @example
 * globalHelp().startsWith("pacte — ") //=> true
 */
export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "pacte — contrats du Pacte des solidarités : vérifier, produire en PDF et DOCX, avenants, échéances",
    "",
    "Usage : pacte COMMANDE [options]",
    "",
    "Commandes :",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options générales :",
    "  -h, --help     cette aide ; « pacte COMMANDE --help » pour l’aide d’une commande",
    "  -v, --version  la version",
    "",
    "Codes de sortie : 0 succès ; 1 contrat invalide ou en échec ; 2 erreur d’usage ou de fichier ; 3 erreur interne.",
    "",
    "Exemple :",
    "  pacte init --collectivite creuse && pacte validate contrat.yaml && pacte render contrat.yaml --out sortie/",
    "",
  ].join("\n");
}

function internalError(io: CliIo, error: unknown): number {
  const env = io.env ?? process.env;
  const detail = error instanceof Error ? `${error.name} : ${(error.message.split("\n")[0] ?? "").slice(0, 200)}` : String(error).slice(0, 200);
  io.stderr.write(`pacte : erreur interne (${detail}).\n`);
  if (env.PACTE_DEBUG !== undefined && env.PACTE_DEBUG !== "" && env.PACTE_DEBUG !== "0") {
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  } else {
    io.stderr.write("Relancez avec PACTE_DEBUG=1 pour le détail, et signalez le problème s’il persiste.\n");
  }
  return EXIT_CODES.internal;
}

/**
 * Runs the `pacte` command with its arguments (without `node` and the script) and returns the
 * exit code; everything it reads and writes goes through `io`, so tests run it in-process with
 * captured output and a temporary folder. User mistakes give a French message and code 1 or 2,
 * never a stack trace; a bug gives a short message and code 3 (the stack with `PACTE_DEBUG=1`).
 *
 * @example
 * await runCli(["validate", "contrat.yaml"], { stdout, stderr, cwd: "/tmp/essai" }) //=> 0
 * await runCli(["--version"], io) //=> 0, prints "0.1.0"
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.stderr.write(globalHelp());
      return EXIT_CODES.usage;
    }
    if (name === "--help" || name === "-h" || name === "help") {
      const target = rest[0] !== undefined ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout.write(target !== undefined ? commandHelp(target) : globalHelp());
      return EXIT_CODES.ok;
    }
    if (name === "--version" || name === "-v" || name === "-V") {
      io.stdout.write(`${CLI_VERSION}\n`);
      return EXIT_CODES.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) {
      const suggestion = closestMatch(name, COMMANDS.map((c) => c.name));
      const what = name.startsWith("-") ? `option inconnue « ${name} »` : `commande inconnue « ${name} »`;
      io.stderr.write(
        `pacte : ${what}${suggestion !== undefined ? ` ; vouliez-vous dire « ${suggestion} » ?` : ""}\nCommandes : ${COMMANDS.map((c) => c.name).join(", ")}. Aide : pacte --help\n`,
      );
      return EXIT_CODES.usage;
    }
    try {
      const { values, positionals } = parseCommandArgs(command, rest);
      if (values.help === true) {
        io.stdout.write(commandHelp(command));
        return EXIT_CODES.ok;
      }
      const cwd = io.cwd ?? process.cwd();
      const fs = io.fs ?? nodeFileSystem();
      const ctx: CommandContext = {
        values,
        positionals,
        stdout: io.stdout,
        stderr: io.stderr,
        cwd,
        env: io.env ?? process.env,
        fs,
        now: io.now ?? (() => performance.now()),
        batchRunner: io.batchRunner,
        resolve: (path) => resolvePath(cwd, path),
      };
      return await command.run(ctx);
    } catch (e) {
      if (e instanceof UsageError) {
        io.stderr.write(`pacte ${command.name} : ${e.message}\nUsage : ${e.usage ?? command.usage}\nAide : pacte ${command.name} --help\n`);
        return EXIT_CODES.usage;
      }
      if (e instanceof CliIoError || e instanceof OverwriteError) {
        io.stderr.write(`pacte ${command.name} : ${e.message}\n`);
        return EXIT_CODES.usage;
      }
      throw e;
    }
  } catch (e) {
    return internalError(io, e);
  }
}
