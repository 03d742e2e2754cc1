import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const setup = fileURLToPath(new URL("./vitest.setup.ts", import.meta.url));
const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/**
 * The one vitest configuration every package reuses: tests run against the sources of the
 * other workspace packages (no stale `dist/`), with generous timeouts for the tests that drive
 * LibreOffice, poppler or a browser, and property tests with a fixed seed (see `vitest.setup.ts`).
 */
export default defineConfig({
  resolve: {
    alias: {
      "@pacte/issues": pkg("issues"),
      "@pacte/model": pkg("model"),
      "@pacte/document": pkg("document"),
      "@pacte/contract": pkg("contract"),
      "@pacte/docx": pkg("docx"),
      // (before "@pacte/pdf", which would otherwise take "@pacte/pdf/check" as a path below it)
      "@pacte/pdf/check": fileURLToPath(new URL("./packages/pdf/src/check.ts", import.meta.url)),
      "@pacte/pdf": pkg("pdf"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: [setup],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    benchmark: { include: ["src/**/*.bench.ts", "bench/**/*.bench.ts"] },
  },
});
