import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

// Two entry points: the library, and the sample inputs (`@pacte/contract/samples`). The third,
// src/text/internal/yaml-library.ts, is no public entry: with splitting, it makes the import of
// `yaml` a module of its own in dist/, which bundlers drop when no YAML text is read (see that
// file).
export default defineConfig({ ...base, entry: ["src/index.ts", "src/samples.ts", "src/text/internal/yaml-library.ts"], splitting: true });
