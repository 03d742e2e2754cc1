import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

// Two entry points: the library, and the sample inputs (`@pacte/contract/samples`).
export default defineConfig({ ...base, entry: ["src/index.ts", "src/samples.ts"] });
