/**
 * The build step that keeps the libraries' unused parts out of the published package.
 *
 * `@pacte/pdf` ships `@cantoo/pdf-lib` and `fontkit` inside its `dist/` (bundled, not installed
 * beside it) so that four modules they import but this package never runs are replaced by small
 * stand-ins in `src/internal/stand-ins/`. A bundler cannot drop them from an app on its own:
 * those libraries import them at the top of modules the renderer needs, and declare no
 * `sideEffects`. They were 111 kB gzip of every browser bundle that renders a PDF:
 *
 * - `brotli/decompress.js` (fontkit, for WOFF2 fonts; `openFont` refuses them first);
 * - `culori` (pdf-lib, to read CSS colour strings for SVG);
 * - `node-html-better-parser` (pdf-lib, to draw SVG and fill XFA forms), and with it
 * - `html-entities` (pdf-lib uses its `encode`, with the default options only: the stand-in does
 *   the same, and a test compares them).
 *
 * `tools/architecture/src/bundle-size.test.ts` checks that none of them reaches a bundle of the
 * contract → PDF path.
 */
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";

const DIR = fileURLToPath(new URL("../src/internal/stand-ins/", import.meta.url));

/**
 * Each replaced module specifier, as the libraries write it, and the file that stands in for it.
 *
 * @example
 * STAND_INS["culori"] //=> "culori.ts"
 */
export const STAND_INS: Readonly<Record<string, string>> = {
  "brotli/decompress.js": "brotli-decompress.ts",
  culori: "culori.ts",
  "node-html-better-parser": "node-html-better-parser.ts",
  "html-entities": "html-entities.ts",
};

/**
 * The esbuild plugin (for tsup's `esbuildPlugins`) that resolves each specifier of
 * {@link STAND_INS} to its stand-in.
 *
 * @example
 * defineConfig({ esbuildPlugins: [standInsPlugin()] })
 */
export function standInsPlugin(): Plugin {
  const names = Object.keys(STAND_INS).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return {
    name: "pacte-pdf-stand-ins",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(?:${names.join("|")})$`) }, (args) => ({ path: DIR + (STAND_INS[args.path] ?? "") }));
    },
  };
}
