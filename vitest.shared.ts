import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/**
 * The one vitest configuration every package reuses: tests run against the sources of the
 * other workspace packages (no stale `dist/`), with generous timeouts for the tests that drive
 * LibreOffice, poppler or a browser.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@pacte/model": pkg("model"),
      "@pacte/document": pkg("document"),
      "@pacte/contract": pkg("contract"),
      "@pacte/docx": pkg("docx"),
      "@pacte/pdf": pkg("pdf"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    benchmark: { include: ["src/**/*.bench.ts", "bench/**/*.bench.ts"] },
  },
});
