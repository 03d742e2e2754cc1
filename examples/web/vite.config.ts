import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Inside the pacte repository, the @pacte packages are taken from their sources (like the
// packages' own tests do): `vite build`, `vite dev` and the browser test need no prior build and
// never see a stale `dist/`. Once this example is copied elsewhere, the sources are not there
// and the packages resolve from node_modules like any dependency.
const PACKAGES = ["issues", "model", "document", "contract", "docx", "pdf"] as const;
const source = (name: string) => fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));
const alias = Object.fromEntries(PACKAGES.filter((name) => existsSync(source(name))).map((name) => [`@pacte/${name}`, source(name)]));

export default defineConfig({
  resolve: { alias },
  // Relative asset URLs: the built page works from any folder of any static server.
  base: "./",
  build: {
    target: "es2022",
    // The PDF renderer carries its font (a few hundred kB): it is loaded only when a PDF is asked for.
    chunkSizeWarningLimit: 2000,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
