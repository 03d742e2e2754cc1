import { defineConfig } from "vitest/config";

// The browser test builds the page itself (with vite.config.ts) and drives Chromium: one file,
// generous timeouts for the first launch.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
