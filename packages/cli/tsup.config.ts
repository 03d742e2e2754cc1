import { defineConfig, type Options } from "tsup";
import base from "../../tsup.config.base";
import { bundledImports, EXECUTABLE_EXTERNALS, yamlEsmPlugin } from "./scripts/executable-plugin";

const options = base as Options;

// Two builds.
//
// - The library (`dist/`): `import { runCli } from "@pacte/cli"` and the rest of the public API,
//   with its worker (`dist/batch-worker.js`, for `workerBatchRunner`), importing the other pacte
//   packages from node_modules like any library. Split into chunks so that `import()` loads a
//   command's libraries, and the renderers, only when the command runs.
// - The executable (`dist/bin/`: `cli.js`, which `bin/pacte.mjs` starts, and its worker): the
//   same sources with every package they import bundled in, but exceljs
//   (scripts/executable-plugin.ts), ESM only, split the same way. `pacte --version` loads one
//   small file; `pacte validate` a few, none of them a renderer.
//
// The library's build cleans dist/ but for dist/bin/, which the executable's build cleans.
export default defineConfig([
  {
    ...options,
    entry: { index: "src/index.ts", "batch-worker": "src/batch/batch-worker.ts" },
    platform: "node",
    splitting: true,
    clean: ["!bin/**"],
  },
  {
    ...options,
    // The worker is batch-worker.ts behind executable-worker.ts, which turns Node's compile cache on.
    entry: { cli: "src/cli.ts", "batch-worker": "src/batch/executable-worker.ts" },
    outDir: "dist/bin",
    format: ["esm"],
    dts: false,
    // No source maps: the libraries' own maps would make them 13 MB; stack traces keep the
    // functions' names, the code is not minified.
    sourcemap: false,
    platform: "node",
    target: "node22",
    splitting: true,
    clean: true,
    noExternal: [bundledImports()],
    external: [...EXECUTABLE_EXTERNALS],
    esbuildPlugins: [...(options.esbuildPlugins ?? []), yamlEsmPlugin()],
    esbuildOptions(o) {
      // Two notices about code that is not ours, already built: fontkit declares a key twice
      // with the same value, and @pacte/pdf's entries import their shared chunks for order
      // alone, which its `"sideEffects": false` lets a bundler skip (it keeps what is used).
      o.logOverride = { "duplicate-object-key": "silent", "ignored-bare-import": "silent" };
    },
    // No `require` is given to the bundle: none of the CommonJS modules bundled requires a Node
    // module (src/lazy-loading.test.ts checks that esbuild left no `require` call to resolve).
  },
]);
