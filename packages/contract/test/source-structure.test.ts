// The package's source files as a graph: no import cycle between files (type-only imports
// included), and no `internal/` folder imported from outside the folder that holds it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(test|bench)\.ts$/.test(name) ? [path] : [];
  });
}

/** The files a file imports, among the package's own. */
function imports(file: string): string[] {
  const out: string[] = [];
  for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? "";
    if (!spec.startsWith(".")) continue;
    const base = resolve(dirname(file), spec);
    const found = [`${base}.ts`, join(base, "index.ts")].find((c) => existsSync(c));
    if (found !== undefined) out.push(found);
  }
  return out;
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, imports(f)]));
const show = (f: string): string => relative(SRC, f).split(sep).join("/");

describe("the source files of @pacte/contract", () => {
  it("import one another without a cycle", () => {
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (file: string): void => {
      state.set(file, "open");
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map(show).join(" → "));
        else if (state.get(next) === undefined) visit(next);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of files) if (state.get(file) === undefined) visit(file);
    expect(cycles).toEqual([]);
  });

  it("import an internal/ folder only from inside the folder that holds it", () => {
    const outside: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const at = target.lastIndexOf(`${sep}internal${sep}`);
        if (at < 0) continue;
        const owner = target.slice(0, at + 1);
        if (!file.startsWith(owner)) outside.push(`${show(file)} → ${show(target)}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
