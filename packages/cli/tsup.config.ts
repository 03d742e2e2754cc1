import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

// The CLI is the one Node-only package: the shared config plus its executable and its worker.
// Unlike the libraries it is split into chunks, so that `import()` loads a command's libraries
// (and the renderers) only when the command runs: `pacte --version` loads none of them.
export default defineConfig({
  ...base,
  entry: { index: "src/index.ts", cli: "src/cli.ts", "batch-worker": "src/batch/batch-worker.ts" },
  platform: "node",
  splitting: true,
});
