import { describe, expect, it } from "vitest";
import { ALLOWED_IMPORTS, packageOf } from "./architecture-rules";
import { importsOf, PACKAGES, sourceFiles } from "./source-files";

const NODE_BUILTINS = /^(fs|path|os|url|util|stream|buffer|crypto|zlib|child_process|worker_threads|process|events|readline|tty|http|https|net)(\/|$)/;

describe("what each package may import (ARCHITECTURE.md)", () => {
  it("knows every package", () => {
    expect([...PACKAGES].sort()).toEqual(Object.keys(ALLOWED_IMPORTS).sort());
  });

  it.each(PACKAGES)("@pacte/%s imports only what it may", (pkg) => {
    const allowed = new Set([...(ALLOWED_IMPORTS[pkg] ?? []), `@pacte/${pkg}`]);
    const wrong: string[] = [];
    for (const f of sourceFiles(pkg).filter((f) => !f.test)) {
      for (const s of importsOf(f.text)) {
        if (s.startsWith(".")) continue;
        if (NODE_BUILTINS.test(s)) wrong.push(`${f.path}: "${s}" (write node:${s})`);
        else if (!allowed.has(packageOf(s))) wrong.push(`${f.path}: "${s}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(PACKAGES.filter((p) => p !== "cli"))("@pacte/%s stays runtime-neutral: no process, Buffer, require or __dirname in its sources", (pkg) => {
    const wrong: string[] = [];
    for (const f of sourceFiles(pkg).filter((f) => !f.test)) {
      const code = f.text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
      for (const [word, pattern] of [
        ["process", /\bprocess\s*\./],
        ["Buffer", /(?<![\w$])Buffer\s*[.(]/],
        ["require()", /(?<![\w$.])require\s*\(/],
        ["__dirname", /\b__dirname\b/],
        ["__filename", /\b__filename\b/],
      ] as const) {
        if (pattern.test(code)) wrong.push(`${f.path}: ${word}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
