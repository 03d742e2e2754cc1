// The build of the `pacte` executable (tsup.config.ts, scripts/executable-plugin.ts): which
// imports it bundles, and where yaml comes from. What the built files really load is checked on
// them in lazy-loading.test.ts.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundledImports, EXECUTABLE_EXTERNALS, yamlEsmPlugin } from "../scripts/executable-plugin";

describe("the executable's build", () => {
  it("bundles every import but the packages left to node_modules, their subpaths included", () => {
    const bundled = bundledImports();
    for (const name of ["zod", "yaml", "@pacte/pdf", "@pacte/pdf/core", "date-fns/addDays", "csv-parse/sync", "exceljsx"]) expect(bundled.test(name), name).toBe(true);
    for (const name of EXECUTABLE_EXTERNALS) {
      expect(bundled.test(name), name).toBe(false);
      expect(bundled.test(`${name}/dist/es5`), name).toBe(false);
    }
  });

  it("resolves yaml to its ES module build", async () => {
    const r = await build({
      stdin: { contents: 'import { parse } from "yaml"; export const x = parse("a: 1");', resolveDir: process.cwd(), loader: "js" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      metafile: true,
      logLevel: "silent",
      plugins: [yamlEsmPlugin()],
    });
    const inputs = Object.keys(r.metafile.inputs).filter((i) => i.includes("node_modules/yaml/"));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((i) => i.includes("node_modules/yaml/browser/"))).toBe(true);
  });
});
