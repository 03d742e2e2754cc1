// Reads the packages' sources as text: the checks below work on files, not on built output.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The published packages, by folder name under `packages/`. */
export const PACKAGES = readdirSync(join(ROOT, "packages")).filter((p) => existsSync(join(ROOT, "packages", p, "package.json")));

/** A source file of a package, its path relative to the package's `src/` and its text. */
export interface SourceFile {
  readonly pkg: string;
  readonly path: string;
  readonly absolute: string;
  readonly text: string;
  readonly test: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const isTest = (path: string): boolean => /\.(test|bench)\.ts$/.test(path) || path.split("/").includes("test-support");

/** Every `.ts` file under `packages/<pkg>/src`, tests included (see `test`). */
export function sourceFiles(pkg: string): SourceFile[] {
  const src = join(ROOT, "packages", pkg, "src");
  if (!existsSync(src)) return [];
  return walk(src).map((absolute) => {
    const path = relative(src, absolute);
    return { pkg, path, absolute, text: readFileSync(absolute, "utf8"), test: isTest(path) };
  });
}

/** The module specifiers a file imports or re-exports (static and dynamic), in order. */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  for (const m of code.matchAll(/(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g)) out.push(m[1] ?? "");
  for (const m of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1] ?? "");
  return out;
}

/** The file a relative specifier points to, or `undefined` (a package import). */
export function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ""));
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
