import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const setup = fileURLToPath(new URL("./vitest.setup.ts", import.meta.url));
const pkg = (name: string, entry = "index") => fileURLToPath(new URL(`./packages/${name}/src/${entry}.ts`, import.meta.url));

/**
 * The one vitest configuration every package reuses: tests run against the sources of the
 * other workspace packages (no stale `dist/`), with generous timeouts for the tests that drive
 * LibreOffice, poppler or a browser, property tests with a fixed seed (see `vitest.setup.ts`), and
 * test files that share their modules.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@pacte/issues": pkg("issues"),
      "@pacte/model": pkg("model"),
      "@pacte/document": pkg("document"),
      // A subpath before its package: the first alias that matches wins.
      "@pacte/contract/samples": pkg("contract", "samples"),
      "@pacte/contract": pkg("contract"),
      "@pacte/execution": pkg("execution"),
      "@pacte/docx": pkg("docx"),
      "@pacte/pdf/core": pkg("pdf", "core"),
      "@pacte/pdf/check": pkg("pdf", "check"),
      "@pacte/pdf/hyphenation": pkg("pdf", "hyphenation"),
      "@pacte/pdf": pkg("pdf"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: [setup],
    // The test files of a worker share their modules: each file no longer loads and transforms
    // the packages' sources again, which took most of the suite's time (the CLI's tests 124 s →
    // 72 s). A test that mocks a module loads what imports it afresh (vi.resetModules, then
    // import()); exported values are frozen (tools/architecture checks it), so a file cannot
    // change what the next one reads.
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    benchmark: { include: ["src/**/*.bench.ts", "bench/**/*.bench.ts"] },
  },
});
