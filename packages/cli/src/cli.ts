#!/usr/bin/env node
// The `pacte` executable: runs the command and sets the exit code. On Ctrl-C (SIGINT) or SIGTERM
// it removes the temporary files being written and the output folders it created, says so, and
// exits 130 or 143 at once: renders run on worker threads, so this thread is always free to
// answer, and exiting ends the workers wherever they are. `pacte --version` loads nothing else;
// `pacte --help` only the help's text. Once a command is done, the process exits as soon as its
// output is written (exit-when-flushed.ts).
import { enableCompileCache } from "./compile-cache";
import { exitWhenFlushed } from "./exit-when-flushed";
import { CLI_VERSION } from "./version";

async function main(argv: readonly string[]): Promise<void> {
  enableCompileCache();
  // `pacte schema | head`, `pacte --help | head`: the reader went away; stop quietly rather than
  // with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  // `pacte --help` (and `pacte` alone) from a module of its own: no command is loaded.
  const { globalHelpAnswer } = await import("./global-help");
  const help = globalHelpAnswer(argv);
  if (help !== undefined) {
    process[help.stream].write(help.text);
    process.exitCode = help.code;
    exitWhenFlushed(help.code);
    return;
  }
  const [{ cleanupNow }, { langOfArgs }, { runCli }] = await Promise.all([import("./output/cleanup"), import("./options/lang-of-args"), import("./run-cli")]);
  const lang = langOfArgs(argv);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      cleanupNow();
      process.stderr.write(lang === "fr" ? "\npacte : interrompu ; aucun fichier partiel n’a été laissé.\n" : "\npacte: interrupted; no partial file was left.\n");
      process.exit(code);
    });
  }
  const code = await runCli(argv, { stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
  // Everything the command started is done: exit once its output is written.
  exitWhenFlushed(code);
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v" || args[0] === "-V")) {
  process.stdout.write(`${CLI_VERSION}\n`);
} else {
  // A failure before `runCli` takes over (a module that cannot load, a broken installation):
  // one line and exit 3, never an unhandled rejection with its stack.
  main(args).catch((e: unknown) => {
    const detail = e instanceof Error ? `${e.name} : ${(e.message.split("\n")[0] ?? "").slice(0, 200)}` : String(e).slice(0, 200);
    const en = args.some((a, k) => a === "--lang=en" || (a === "--lang" && args[k + 1] === "en"));
    process.stderr.write(en ? `pacte: internal error (${detail}); reinstall @pacte/cli.\n` : `pacte : erreur interne (${detail}) ; réinstallez @pacte/cli.\n`);
    process.exitCode = 3;
  });
}
