// What each command loads, read from the sources: `pacte --version` and `pacte --help` load no
// library, and only the commands that render reach the renderers. A static `import` of a library
// in the wrong file fails here, before any benchmark notices.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./run-cli";
import { creuseYaml } from "./test-support/inputs";

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

const LIBRARIES = ["@pacte/issues", "@pacte/model", "@pacte/document", "@pacte/contract", "@pacte/execution", "@pacte/docx", "@pacte/pdf", "yaml", "exceljs", "csv-parse", "csv-stringify", "fflate"];

describe("what each command loads", () => {
  it("pacte --version and --help load no library: the executable and the command declarations import none", () => {
    const { packages, files } = reach(join(SRC, "cli.ts"), false);
    expect([...packages].filter((p) => LIBRARIES.includes(p))).toEqual([]);
    expect([...files].map((f) => relative(SRC, f))).toEqual(["cli.ts", "compile-cache.ts", "exit-when-flushed.ts", "version.ts"]);
    const commands = reach(join(SRC, "run-cli.ts"), false);
    expect([...commands.packages].filter((p) => LIBRARIES.includes(p))).toEqual([]);
    // `pacte --help` itself: the help's text, the summaries and the language, not the commands.
    const help = reach(join(SRC, "global-help.ts"), false);
    expect([...help.packages]).toEqual([]);
    expect([...help.files].map((f) => relative(SRC, f)).sort()).toEqual(["commands/command-summaries.ts", "exit-codes.ts", "global-help.ts", "localized.ts", "options/lang-of-args.ts"]);
  });

  it.each(COMMANDS.map((c) => [c.name]))("pacte %s reaches the renderers only through the renderer or the batch runner, and only if it renders", (name) => {
    const file = join(SRC, "commands", `${name}.ts`);
    const { packages } = reach(file, true);
    expect(packages.has("@pacte/pdf") || packages.has("@pacte/docx")).toBe(false);
    const renders = /ctx\.(renderer|batchRunner)\(/.test(readFileSync(file, "utf8"));
    expect(renders).toBe(["render", "batch", "amend", "report", "consolidate"].includes(name));
    expect(reach(file, false).packages.has("@pacte/contract")).toBe(false);
    // The spreadsheet libraries load only when a command reads or writes a spreadsheet.
    expect(["exceljs", "csv-parse", "csv-stringify", "fflate"].filter((p) => reach(file, false).packages.has(p))).toEqual([]);
    expect(reach(file, false).packages.has("@pacte/execution")).toBe(false);
  });

  it("the renderer and the worker reach both renderers, only through import()", () => {
    for (const entry of [join(SRC, "batch", "batch-worker.ts"), join(SRC, "run-cli.ts")]) {
      const { packages } = reach(entry, true);
      expect(packages.has("@pacte/pdf") && packages.has("@pacte/docx")).toBe(true);
    }
    expect(reach(join(SRC, "output", "document-renderer.ts"), false).packages.has("@pacte/pdf")).toBe(false);
  });
});

// The same, on the built executable (`node dist/bin/cli.js`, which `bin/pacte.mjs` starts): the
// files Node actually loads, as a module hook started with `--import` lists them. The executable
// bundles the packages it uses (tsup.config.ts), so each loaded file is read for the modules it
// holds: esbuild writes a `// <path>` line before each bundled module. It catches what reading
// the sources cannot, a chunk that the bundler shares between a light command and a renderer.
// Skipped until the package is built. Not a speed check: speed lives in the root benchmark
// (`npm run bench`).
const BIN = fileURLToPath(new URL("../dist/bin/cli.js", import.meta.url));
const HOOKS = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; export async function load(url, context, next) { writeSync(2, `[loaded] ${url}\\n`); return next(url, context); }')}`;
const LIST_LOADS = `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(HOOKS)});`)}`;

/** The package a module path belongs to: `node_modules/<name>`, `packages/<name>/dist` or `../<name>/dist`, else the CLI. */
function packageOf(path: string): string {
  const inModules = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(path)?.[1];
  if (inModules !== undefined) return inModules.replace("\\", "/");
  const pacte = /(?:^|[\\/])(?:packages[\\/]|\.\.[\\/])([^\\/.][^\\/]*)[\\/]dist[\\/]/.exec(path)?.[1];
  return pacte !== undefined && pacte !== "cli" ? `@pacte/${pacte}` : "@pacte/cli";
}

/** The modules in the files `node dist/bin/cli.js …args` loads, by package: each one's path. */
function loadedBy(args: readonly string[], cwd: string): Map<string, string[]> {
  const r = spawnSync(process.execPath, ["--import", LIST_LOADS, BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const loaded = new Map<string, string[]>();
  const add = (path: string) => {
    const pkg = packageOf(path);
    loaded.set(pkg, [...(loaded.get(pkg) ?? []), path]);
  };
  for (const [, url] of r.stderr.matchAll(/^\[loaded\] (\S+)$/gm)) {
    if (url === undefined || !url.startsWith("file:")) continue;
    const file = fileURLToPath(url);
    if (packageOf(file) !== "@pacte/cli") add(file);
    else for (const [, module] of readFileSync(file, "utf8").matchAll(/^\/\/ ((?:\.\.\/|src\/)\S+)$/gm)) add(module ?? "");
  }
  return loaded;
}

const RENDERING = ["@pacte/pdf", "@pacte/docx", "@cantoo/pdf-lib", "fontkit", "docx", "hyphen", "@pacte/execution", "exceljs", "csv-parse", "csv-stringify", "fflate"];

describe.runIf(existsSync(BIN))("what node dist/bin/cli.js loads", { timeout: 120_000 }, () => {
  it("pacte --help loads no library, and of the CLI only the help (no command)", () => {
    const loaded = loadedBy(["--help"], SRC);
    expect([...loaded.keys()]).toEqual(["@pacte/cli"]);
    expect((loaded.get("@pacte/cli") ?? []).filter((m) => m.endsWith("/run-cli.ts") || (m.includes("/commands/") && !m.endsWith("/command-summaries.ts")))).toEqual([]);
    expect(loaded.get("@pacte/cli")).toContain("src/global-help.ts");
  });

  it("pacte validate loads the contract's libraries and yaml, no renderer, no spreadsheet, no execution report; zod, yaml and date-fns only in part", () => {
    const dir = mkdtempSync(join(tmpdir(), "pacte-loads-"));
    try {
      writeFileSync(join(dir, "contrat.yaml"), creuseYaml());
      const loaded = loadedBy(["validate", "contrat.yaml"], dir);
      expect(["@pacte/contract", "@pacte/model", "@pacte/issues", "yaml", "zod"].filter((p) => !loaded.has(p))).toEqual([]);
      expect(RENDERING.filter((p) => loaded.has(p))).toEqual([]);
      // `import { addDays } from "date-fns"` would bring its 300 modules; by function, a few dozen.
      expect((loaded.get("date-fns") ?? []).length).toBeLessThan(40);
      // zod without its 50 locales: French and English at most.
      const zod = loaded.get("zod") ?? [];
      expect(zod.filter((m) => m.includes("/locales/")).length).toBeLessThanOrEqual(2);
      // yaml from its ES module build (scripts/executable-plugin.ts), which a bundler can shake.
      expect((loaded.get("yaml") ?? []).every((m) => m.includes("/yaml/browser/"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the executable's files carry no library of their own but exceljs: every other import is Node's or a file beside them", () => {
    const dir = dirname(BIN);
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
      // The code lines only: the bundled libraries' comments show imports in their examples.
      const code = readFileSync(join(dir, name), "utf8")
        .split("\n")
        .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line))
        .join("\n");
      const specifiers = [...code.matchAll(/^(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']|\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/gm)].map((m) => m[1] ?? m[2] ?? "");
      expect(specifiers.filter((s) => !s.startsWith("./") && !s.startsWith("node:") && !builtinModules.includes(s) && s !== "exceljs"), name).toEqual([]);
      // A `require("…")` left in an ES module bundle would throw « Dynamic require … is not supported ».
      expect([...code.matchAll(/\b(?:__)?require\(\s*["'][^"']+["']\s*\)/g)].map((m) => m[0]), name).toEqual([]);
    }
  });

  it("bin/pacte.mjs, the file npm links as `pacte`, loads node:child_process only to build a fresh clone, never to start", () => {
    const shim = fileURLToPath(new URL("../bin/pacte.mjs", import.meta.url));
    for (const args of [["--version"], ["--help"]]) {
      const r = spawnSync(process.execPath, ["--import", LIST_LOADS, shim, ...args], { cwd: SRC, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      const builtins = [...r.stderr.matchAll(/^\[loaded\] (node:\S+)$/gm)].map((m) => m[1]);
      expect(builtins).toContain("node:fs"); // (the hook sees Node's own modules)
      expect(builtins).not.toContain("node:child_process");
    }
  });
});

