// What each published package's built files import must be what its package.json declares: a
// package installed from the registry gets its `dependencies` and `peerDependencies`, nothing
// else. esbuild reads every file of dist/ (ESM and CommonJS) and reports the imports it leaves
// external. This catches a dependency used but not declared, and, for @pacte/pdf, which bundles
// @cantoo/pdf-lib and fontkit with stand-ins for their unused parts (packages/pdf/scripts/
// stand-ins.ts), a library that would be imported from outside again.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { STAND_INS, STAND_INS_WITHIN } from "../../../packages/pdf/scripts/stand-ins";
import { packageOf } from "./architecture-rules";
import { PACKAGES, ROOT } from "./source-files";

const BUILTINS = new Set(builtinModules);

/** The bare specifiers that the files of `packages/<pkg>/dist` import from outside it. */
async function externalImports(pkg: string): Promise<Set<string>> {
  const dist = join(ROOT, "packages", pkg, "dist");
  const files = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
  const entryPoints = Object.fromEntries(files.map((f) => [f.replace(/\./g, "_"), join(dist, f)]));
  const r = await build({ entryPoints, bundle: true, write: false, outdir: "/nowhere", platform: "node", packages: "external", metafile: true, logLevel: "silent" });
  const found = new Set<string>();
  for (const input of Object.values(r.metafile.inputs)) for (const i of input.imports) if (i.external) found.add(i.path);
  return found;
}

const built = PACKAGES.filter((p) => existsSync(join(ROOT, "packages", p, "dist")));

describe("what the built packages import", { timeout: 60_000 }, () => {
  it.each(built)("@pacte/%s imports only its dependencies (and Node's modules only in the CLI)", async (pkg) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "packages", pkg, "package.json"), "utf8")) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const wrong: string[] = [];
    for (const specifier of await externalImports(pkg)) {
      const name = specifier.startsWith("node:") || BUILTINS.has(specifier) ? "node" : packageOf(specifier);
      if (name === "node" ? pkg !== "cli" : !declared.has(name)) wrong.push(specifier);
    }
    expect(wrong).toEqual([]);
  });

  it("@pacte/pdf carries pdf-lib and fontkit inside, without the modules replaced by stand-ins", async () => {
    const imported = [...(await externalImports("pdf"))].map(packageOf);
    expect(imported).not.toContain("@cantoo/pdf-lib");
    expect(imported).not.toContain("fontkit");
    // esbuild writes the path of each bundled file above its code.
    const dist = join(ROOT, "packages", "pdf", "dist");
    const text = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(dist, f), "utf8"))
      .join("\n");
    const carried = new Set([...text.matchAll(/^\/\/ (?:\.\.\/)*node_modules\/(.+)$/gm)].map((m) => m[1]));
    expect([...carried].some((f) => f?.startsWith("@cantoo/pdf-lib/es/api/PDFDocument.js"))).toBe(true);
    expect([...carried].some((f) => f?.startsWith("fontkit/"))).toBe(true);
    for (const specifier of Object.keys(STAND_INS)) expect([...carried].filter((f) => f?.startsWith(`${packageOf(specifier)}/`))).toEqual([]);
    for (const file of Object.keys(STAND_INS_WITHIN)) expect(carried.has(file)).toBe(false);
    // The stand-ins that the renderer's modules reach are there (the others are shaken off).
    for (const file of ["html-entities.ts", "standard-fonts.ts"]) expect(text).toContain(`// src/internal/stand-ins/${file}`);
  });
});
