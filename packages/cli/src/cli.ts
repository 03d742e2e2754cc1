#!/usr/bin/env node
// The `pacte` executable: runs the command, sets the exit code, and on Ctrl-C removes the
// temporary files being written so that an interrupted run leaves nothing half written.
import { unlinkSync } from "node:fs";
import { PENDING_TEMP_FILES } from "./atomic-write";
import { runCli } from "./run-cli";

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const path of PENDING_TEMP_FILES) {
      try {
        unlinkSync(path);
      } catch {
        // Already renamed or removed.
      }
    }
    process.stderr.write("\npacte : interrompu ; aucun fichier partiel n’a été laissé.\n");
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

// `pacte schema | head`: the reader went away; stop quietly rather than with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
