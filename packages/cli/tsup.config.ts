import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

// The CLI is the one Node-only package: the shared config plus its executable and its worker.
export default defineConfig({ ...base, entry: ["src/index.ts", "src/cli.ts", "src/batch-worker.ts"], platform: "node" });
