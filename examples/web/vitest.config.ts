import { defineConfig } from "vitest/config";

// The browser test builds the page itself (with vite.config.ts) and drives Chromium: one file,
// with the same generous timeouts as the packages (vitest.shared.ts): under `npm test` the page
// shares two cores with every other package's tests, and one axe-core pass can take 30 s.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // expect.poll gives the page a minute to catch up (1 s by default).
    expect: { poll: { timeout: 60_000 } },
  },
});
