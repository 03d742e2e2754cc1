import { defineConfig, type Options } from "tsup";
import base from "../../tsup.config.base";

// Three entries: `@pacte/pdf` (with the shipped fonts), `@pacte/pdf/core` (fonts given by the
// caller, no font bytes) and `@pacte/pdf/check` (the structure checker of tagged PDFs). ESM is
// split so that the engine is one shared chunk and Pacte Sans Extended, reached only through a
// dynamic import(), a chunk of its own that bundlers keep apart.
export default defineConfig({ ...(base as Options), entry: ["src/index.ts", "src/core.ts", "src/check.ts"], splitting: true });
