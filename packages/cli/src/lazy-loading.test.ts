// What each command loads, read from the sources: `pacte --version` and `pacte --help` load no
// library, and only the commands that render reach the renderers. A static `import` of a library
// in the wrong file fails here, before any benchmark notices.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./run-cli";

const SRC = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "test-support" ? [] : sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

interface Imports {
  readonly eager: string[];
  readonly lazy: string[];
}

/** The value imports of a file: `import … from` (not `import type`) and `import()`. */
function importsOf(file: string): Imports {
  const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const eager = [...code.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1] ?? "");
  const lazy = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? "");
  return { eager, lazy };
}

const FILES = new Map(sources(SRC).map((f) => [f, importsOf(f)]));

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, "index.ts")].find((c) => FILES.has(c));
}

/** The packages a file reaches: through static imports only, or through dynamic ones too. */
function reach(entry: string, withLazy: boolean): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const i = FILES.get(file);
    if (i === undefined) return;
    for (const s of withLazy ? [...i.eager, ...i.lazy] : i.eager) {
      const local = resolveLocal(file, s);
      if (local !== undefined) visit(local);
      else if (!s.startsWith(".")) packages.add(s.startsWith("node:") ? "node" : s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : (s.split("/")[0] ?? s));
    }
  };
  visit(entry);
  return { files, packages };
}

const LIBRARIES = ["@pacte/issues", "@pacte/model", "@pacte/document", "@pacte/contract", "@pacte/docx", "@pacte/pdf", "yaml"];

describe("what each command loads", () => {
  it("pacte --version and --help load no library: the executable and the command declarations import none", () => {
    const { packages, files } = reach(join(SRC, "cli.ts"), false);
    expect([...packages].filter((p) => LIBRARIES.includes(p))).toEqual([]);
    expect([...files].map((f) => relative(SRC, f))).toEqual(["cli.ts", "version.ts"]);
    const help = reach(join(SRC, "run-cli.ts"), false);
    expect([...help.packages].filter((p) => LIBRARIES.includes(p))).toEqual([]);
  });

  it.each(COMMANDS.map((c) => [c.name]))("pacte %s reaches the renderers only through the renderer or the batch runner, and only if it renders", (name) => {
    const file = join(SRC, "commands", `${name}.ts`);
    const { packages } = reach(file, true);
    expect(packages.has("@pacte/pdf") || packages.has("@pacte/docx")).toBe(false);
    const renders = /ctx\.(renderer|batchRunner)\(/.test(readFileSync(file, "utf8"));
    expect(renders).toBe(["render", "batch", "amend"].includes(name));
    expect(reach(file, false).packages.has("@pacte/contract")).toBe(false);
  });

  it("the renderer and the worker reach both renderers, only through import()", () => {
    for (const entry of [join(SRC, "batch", "batch-worker.ts"), join(SRC, "run-cli.ts")]) {
      const { packages } = reach(entry, true);
      expect(packages.has("@pacte/pdf") && packages.has("@pacte/docx")).toBe(true);
    }
    expect(reach(join(SRC, "output", "document-renderer.ts"), false).packages.has("@pacte/pdf")).toBe(false);
  });
});
