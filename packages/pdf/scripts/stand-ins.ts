/**
 * The build step that keeps the libraries' unused parts out of the published package.
 *
 * `@pacte/pdf` ships `@cantoo/pdf-lib` and `fontkit` inside its `dist/` (bundled, not installed
 * beside it) so that four modules they import but this package never runs are replaced by small
 * stand-ins in `src/internal/stand-ins/`. A bundler cannot drop them from an app on its own:
 * those libraries import them at the top of modules the renderer needs, and declare no
 * `sideEffects`. The first four were 111 kB gzip of every browser bundle that renders a PDF:
 *
 * - `brotli/decompress.js` (fontkit, for WOFF2 fonts; `openFont` refuses them first);
 * - `culori` (pdf-lib, to read CSS colour strings for SVG);
 * - `node-html-better-parser` (pdf-lib, to draw SVG and fill XFA forms), and with it
 * - `html-entities` (pdf-lib uses its `encode`, with the default options only: the stand-in does
 *   the same, and a test compares them);
 * - and, inside `@cantoo/pdf-lib`, the module of the 14 standard PDF fonts' metrics (for text
 *   drawn with fonts not embedded, which PDF/A forbids: the renderer embeds every font it draws
 *   with), 95 kB gzip more, and its encryption module (the package never encrypts, which PDF/A
 *   forbids too, nor reads with a password), 11 kB gzip.
 *
 * `tools/architecture/src/bundle-size.test.ts` checks that none of them reaches a bundle of the
 * contract → PDF path.
 */
import { resolve } from "node:path";
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
 * Each replaced file inside a library, by its path under node_modules, and the file that stands
 * in for it.
 *
 * @example
 * STAND_INS_WITHIN["@cantoo/pdf-lib/es/packages/standard-fonts/Font.js"] //=> "standard-fonts.ts"
 */
export const STAND_INS_WITHIN: Readonly<Record<string, string>> = {
  "@cantoo/pdf-lib/es/packages/standard-fonts/Font.js": "standard-fonts.ts",
  "@cantoo/pdf-lib/es/core/crypto.js": "pdf-crypto.ts",
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * The esbuild plugin (for tsup's `esbuildPlugins`) that resolves each specifier of
 * {@link STAND_INS}, and each relative import of a file of {@link STAND_INS_WITHIN}, to its
 * stand-in.
 *
 * @example
 * defineConfig({ esbuildPlugins: [standInsPlugin()] })
 */
export function standInsPlugin(): Plugin {
  const within = Object.entries(STAND_INS_WITHIN).map(([path, file]) => ({ suffix: `/node_modules/${path}`, file }));
  const baseNames = within.map(({ suffix }) => escape(suffix.slice(suffix.lastIndexOf("/") + 1)));
  return {
    name: "pacte-pdf-stand-ins",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(?:${Object.keys(STAND_INS).map(escape).join("|")})$`) }, (args) => ({ path: DIR + (STAND_INS[args.path] ?? "") }));
      build.onResolve({ filter: new RegExp(`^\\.\\.?/.*(?:${baseNames.join("|")})$`) }, (args) => {
        const target = resolve(args.resolveDir, args.path).replaceAll("\\", "/");
        const hit = within.find(({ suffix }) => target.endsWith(suffix));
        return hit === undefined ? undefined : { path: DIR + hit.file };
      });
    },
  };
}
