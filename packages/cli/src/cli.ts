#!/usr/bin/env node
// The `pacte` executable: runs the command and sets the exit code. On Ctrl-C (SIGINT) or SIGTERM
// it removes the temporary files being written and the output folders it created, says so, and
// exits 130 or 143 at once: renders run on worker threads, so this thread is always free to
// answer, and exiting ends the workers wherever they are.
import { cleanupNow } from "./output/cleanup";
import { langOfArgs } from "./options/parse-command-args";
import { runCli } from "./run-cli";

const argv = process.argv.slice(2);
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

// `pacte schema | head`: the reader went away; stop quietly rather than with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void runCli(argv, { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
