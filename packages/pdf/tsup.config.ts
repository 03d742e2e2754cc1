import { defineConfig, type Options } from "tsup";
import base from "../../tsup.config.base";

// Two entries: `@pacte/pdf` (with the shipped fonts) and `@pacte/pdf/core` (fonts given by the
// caller, no font bytes). ESM is split so that the engine is one shared chunk and Pacte Sans
// Extended, reached only through a dynamic import(), a chunk of its own that bundlers keep apart.
export default defineConfig({ ...(base as Options), entry: ["src/index.ts", "src/core.ts"], splitting: true });
