// `npm run bench` (the README's command) runs every workspace's `bench` script through turbo and
// stops at the first that fails: `vitest bench --run` fails in a package that has no benchmark
// file. So a workspace has a `bench` script only if it has a benchmark to run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Every workspace folder of the root package.json (`packages/*`, `e2e`…). */
function workspaces(): string[] {
  const globs = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { workspaces: string[] }).workspaces;
  return globs.flatMap((g) =>
    g.endsWith("/*")
      ? readdirSync(join(ROOT, g.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(ROOT, g.slice(0, -2), d.name, "package.json")))
          .map((d) => join(g.slice(0, -2), d.name))
      : [g],
  );
}

/** The `*.bench.ts` files under a workspace's `src/` and `bench/`. */
function benchFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".bench.ts") ? [join(d, e.name)] : [])) : [];
  return [...walk(join(ROOT, dir, "src")), ...walk(join(ROOT, dir, "bench"))];
}

describe("npm run bench", () => {
  const list = workspaces();

  it("finds the workspaces", () => {
    expect(list).toContain("packages/pdf");
    expect(list.length).toBeGreaterThan(10);
  });

  it.each(list)("%s: a bench script has a benchmark to run, and a benchmark has its script", (dir) => {
    const script = (JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts?.bench;
    const files = benchFiles(dir);
    if (script?.includes("vitest bench")) {
      expect(script).not.toContain("--passWithNoTests");
      expect(files.length, `${dir} runs vitest bench but has no *.bench.ts`).toBeGreaterThan(0);
    }
    if (files.length > 0) expect(script, `${dir} has benchmarks but no bench script`).toBeDefined();
  });
});
