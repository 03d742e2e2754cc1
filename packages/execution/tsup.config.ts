import { defineConfig } from "tsup";
import base from "../../tsup.config.base";

// Two entry points: the library, and the XLSX writer (`@pacte/execution/xlsx`), kept apart so that
// the main entry does not carry exceljs.
export default defineConfig({ ...base, entry: ["src/index.ts", "src/xlsx.ts"] });
