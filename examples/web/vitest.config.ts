import { defineConfig } from "vitest/config";
import { alias } from "./vite.config.ts";

// Two kinds of tests: the pure modules of src/ beside their files (Node, fast), and the page
// itself, which the browser test builds (with vite.config.ts) and drives in Chromium — with the
// same generous timeouts as the packages (vitest.shared.ts): under `npm test` the page shares
// two cores with every other package's tests, and one axe-core pass can take 30 s.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Test files share their modules, as in vitest.shared.ts.
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // expect.poll gives the page a minute to catch up (1 s by default).
    expect: { poll: { timeout: 60_000 } },
  },
});
