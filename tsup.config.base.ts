import { defineConfig } from "tsup";
import { markPurePlugin } from "./scripts/mark-pure";

/**
 * The one build configuration every published package reuses:
 * ESM + CJS + `.d.ts` from `src/index.ts`, no minification (readable stack traces),
 * no code splitting so each format is a single file, sources maps for debugging; module-level
 * `const` initializers marked pure so that bundlers drop what an app does not use
 * (scripts/mark-pure.ts).
 */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  esbuildPlugins: [markPurePlugin()],
});
