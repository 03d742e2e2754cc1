/**
 * The build step of the `pacte` executable (`dist/bin/`): everything it imports is bundled into a
 * few files, except `exceljs`, which only the spreadsheet commands load.
 *
 * Why: started from `node_modules`, `pacte validate` made Node resolve, read and compile about
 * 200 files (zod's 50 locales and its JSON Schema modules among them, which validate never
 * runs, and yaml's CommonJS modules one by one), a third of its time. Bundled, a bundler keeps
 * only what the executable reaches and Node compiles a handful of files.
 *
 * One change of module: `yaml` is taken from its ES module build (`yaml/browser/…`), the same
 * code as its Node build but in modules a bundler can shake. The two differ only in how a YAML
 * warning is printed (`console.warn` instead of `process.emitWarning`), and pacte reads YAML with
 * `logLevel: "error"`, so it prints none.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";

/**
 * The packages the executable leaves to `node_modules`: `exceljs` is large, CommonJS with
 * optional dependencies, and loaded through `import()` only by the commands that read or write
 * a workbook (`pacte import`, `pacte export`, `pacte init --sheet`).
 *
 * @example
 * EXECUTABLE_EXTERNALS //=> ["exceljs"]
 */
export const EXECUTABLE_EXTERNALS: readonly string[] = ["exceljs"];

/**
 * What tsup's `noExternal` takes to bundle every import but {@link EXECUTABLE_EXTERNALS} (its
 * `noExternal` wins over `external`, so the exceptions must be left out of it).
 *
 * @example
 * bundledImports().test("zod") //=> true
 * bundledImports().test("exceljs") //=> false
 */
export function bundledImports(): RegExp {
  const escaped = EXECUTABLE_EXTERNALS.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`^(?!(?:${escaped.join("|")})(?:/|$))`);
}

/**
 * The esbuild plugin that resolves `yaml` to its ES module build.
 *
 * @example
 * defineConfig({ entry: { cli: "src/cli.ts" }, esbuildPlugins: [yamlEsmPlugin()] })
 */
export function yamlEsmPlugin(): Plugin {
  return {
    name: "pacte-yaml-esm",
    setup(build) {
      const require = createRequire(import.meta.url);
      const esm = join(dirname(require.resolve("yaml/package.json")), "browser", "index.js");
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: esm }));
    },
  };
}
