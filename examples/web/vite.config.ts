import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import purgeCss from "@fullhuman/postcss-purgecss";
import type { AtRule, Plugin as PostcssPlugin } from "postcss";
import { defineConfig } from "vite";
import { pacteChoicesPlugin } from "./choices-plugin.ts";

// Inside the pacte repository, the @pacte packages are taken from their sources (like the
// packages' own tests do): `vite build`, `vite dev` and the browser test need no prior build and
// never see a stale `dist/`. Once this example is copied elsewhere, the sources are not there
// and the packages resolve from node_modules like any dependency.
const PACKAGES = ["issues", "model", "document", "contract", "docx", "pdf"] as const;
const source = (name: string) => fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));
/**
 * `@pacte/<name>` → the package's sources, for those present (inside this repository); shared
 * with vitest.config.ts and the build-time choices.
 *
 * @example
 * alias["@pacte/contract"] //=> "/…/packages/contract/src/index.ts" (inside the repository)
 */
export const alias = Object.fromEntries(PACKAGES.filter((name) => existsSync(source(name))).map((name) => [`@pacte/${name}`, source(name)]));

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * DSFR's core declares every Marianne and Spectral file (20 fonts); the page declares the one it
 * uses (src/style.css), so the build neither copies nor lists the others.
 */
const dropDsfrFontFaces: PostcssPlugin = {
  postcssPlugin: "drop-dsfr-font-faces",
  AtRule: {
    "font-face": (rule: AtRule) => {
      if (rule.source?.input.file?.includes("@gouvfr/dsfr") === true) rule.remove();
    },
  },
};

export default defineConfig(({ command }) => ({
  resolve: { alias },
  plugins: [pacteChoicesPlugin(alias)],
  css: {
    postcss: {
      plugins: [
        dropDsfrFontFaces,
        // The build keeps the DSFR rules and variables whose classes the page uses (written out
        // whole in index.html and src/): DSFR's core alone is 25 kB compressed, most of it
        // spacing and grid classes this page never uses. The dev server keeps everything.
        ...(command === "build"
          ? [
              purgeCss({
                content: [here("./index.html"), `${here("./src")}/**/*.ts`],
                variables: true,
                keyframes: true,
              }),
            ]
          : []),
      ],
    },
  },
  // Relative asset URLs: the built page works from any folder of any static server.
  base: "./",
  build: {
    target: "es2022",
    // The PDF renderer carries its font (a few hundred kB): it is loaded only when a PDF is asked for.
    chunkSizeWarningLimit: 2000,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
}));
