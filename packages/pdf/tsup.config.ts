import { defineConfig, type Options } from "tsup";
import base from "../../tsup.config.base";
import { standInsPlugin } from "./scripts/stand-ins";

// Four entries: `@pacte/pdf` (with the shipped fonts), `@pacte/pdf/core` (fonts given by the
// caller, no font bytes), `@pacte/pdf/check` (the structure checker of tagged PDFs) and
// `@pacte/pdf/hyphenation` (French hyphenation, which the renderer loads with `import()` only
// when a render hyphenates, so that its patterns stay out of other bundles). ESM is
// split so that the engine is one shared chunk and Pacte Sans Extended, reached only through a
// dynamic import(), a chunk of its own that bundlers keep apart.
//
// `@cantoo/pdf-lib` and `fontkit` (devDependencies) are bundled into dist/, with the modules they
// import but the renderer never runs replaced by stand-ins (scripts/stand-ins.ts). `mainFields`
// lets the neutral platform resolve their dependencies that have only a `main`.
const options = base as Options;
export default defineConfig({
  ...options,
  entry: ["src/index.ts", "src/core.ts", "src/check.ts", "src/hyphenation.ts"],
  splitting: true,
  noExternal: ["@cantoo/pdf-lib", "fontkit"],
  esbuildPlugins: [...(options.esbuildPlugins ?? []), standInsPlugin()],
  esbuildOptions(o) {
    o.mainFields = ["module", "main"];
  },
});
