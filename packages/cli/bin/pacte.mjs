#!/usr/bin/env node
// The `pacte` command. A published package always carries dist/. In a fresh clone of the
// repository, `npm ci` links this file as `pacte` before anything is built: on first use it builds
// the CLI and the packages it uses (once, with a message), then runs it. It never asks the npm
// registry for anything. `node:child_process` is imported only then: loading it costs every
// other start a few milliseconds.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/bin/cli.js", import.meta.url);
if (!existsSync(cli)) {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  if (!existsSync(new URL("../../../turbo.json", import.meta.url))) {
    process.stderr.write("pacte : dist/bin/cli.js est absent et ce paquet n’est pas dans le dépôt pacte ; réinstallez @pacte/cli.\n");
    process.exit(2);
  }
  process.stderr.write("pacte : première utilisation dans ce dépôt : construction de @pacte/cli et des paquets dont il dépend (une minute environ)…\n");
  const { spawnSync } = await import("node:child_process");
  const turbo = fileURLToPath(new URL("../../../node_modules/.bin/turbo", import.meta.url));
  const built = spawnSync(turbo, ["run", "build", "--filter=@pacte/cli...", "--output-logs=errors-only"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0 || !existsSync(cli)) {
    process.stderr.write("pacte : la construction a échoué ; lancez « npm run build » à la racine du dépôt pour voir pourquoi.\n");
    process.exit(2);
  }
  process.stderr.write("pacte : prêt.\n");
}
await import(cli.href);
