// A user's first hour, through the packages as npm would deliver them: every published package is
// packed, the tarballs are installed into a fresh project outside the workspace, and the
// project is type-checked (strict, skipLibCheck false) under node16 and bundler resolution, then
// run as ESM and as CommonJS to render a contract; the installed `pacte` command renders one too.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGES, ROOT } from "./packages";

const run = promisify(execFile);
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
/**
 * npm as a user runs it, but quick to give up on a request that does not answer and try again
 * (its default is five minutes a request). Under `npm test`, turbo passes the variables npm needs
 * to reach the registry (HOME, certificates, proxies: `globalPassThroughEnv` in turbo.json);
 * without them the install waited on the registry until the hook timed out.
 */
const NPM_ENV = {
  ...process.env,
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  npm_config_fetch_timeout: "60000",
  npm_config_fetch_retries: "5",
  npm_config_fetch_retry_mintimeout: "2000",
  npm_config_fetch_retry_maxtimeout: "20000",
};

let dir = "";
const tarballs = new Map<string, { file: string; files: string[] }>();

/** Runs tsc in the consumer with a tsconfig written for the case; resolves with its output and exit code. */
async function tsc(name: string, config: Record<string, unknown>): Promise<{ code: number; output: string }> {
  writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  try {
    const { stdout } = await run(process.execPath, [TSC, "-p", `tsconfig.${name}.json`], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : 1, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const STRICT = { strict: true, skipLibCheck: false, target: "ES2022", lib: ["ES2023", "DOM"], types: ["node"], esModuleInterop: true };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pacte-consumer-"));
  const packs = join(dir, "tarballs");
  mkdirSync(packs);
  for (const pkg of PACKAGES) {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", packs], { cwd: join(ROOT, "packages", pkg), env: NPM_ENV, maxBuffer: 1 << 26 });
    const [info] = JSON.parse(stdout) as { name: string; filename: string; files: { path: string }[] }[];
    if (info === undefined) throw new Error(`npm pack gave nothing for ${pkg}`);
    tarballs.set(info.name, { file: join(packs, info.filename), files: info.files.map((f) => f.path) });
  }
  const dependencies = Object.fromEntries([...tarballs].map(([name, t]) => [name, `file:${t.file}`]));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies: { ...dependencies, "@types/node": "^22" } }, null, 2),
  );
  await run("npm", ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, env: NPM_ENV, maxBuffer: 1 << 26, timeout: 540_000 });
  cpSync(join(ROOT, "tools", "consumer", "fixture"), join(dir, "src"), { recursive: true });
}, 600_000);

afterAll(() => {
  if (dir !== "" && process.env.PACTE_CONSUMER_KEEP === undefined) rmSync(dir, { recursive: true, force: true });
});

describe("the packages as npm delivers them", { timeout: 600_000 }, () => {
  it("each tarball carries its LICENSE, README and CHANGELOG, and built code", () => {
    expect([...tarballs.keys()].sort()).toEqual(PACKAGES.map((p) => `@pacte/${p}`).sort());
    for (const [name, t] of tarballs) {
      expect(t.files, name).toEqual(expect.arrayContaining(["LICENSE", "README.md", "CHANGELOG.md", "package.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]));
    }
  });

  it("type-checks under node16 resolution, ESM and CommonJS, strict, without skipLibCheck, and runs both", async () => {
    const checked = await tsc("node16", {
      compilerOptions: { ...STRICT, module: "node16", moduleResolution: "node16", outDir: "out" },
      include: ["src/use.mts", "src/use.cts"],
    });
    expect(checked.output).toBe("");
    expect(checked.code).toBe(0);
    const esm = await run(process.execPath, [join(dir, "out", "use.mjs")], { cwd: dir });
    expect(JSON.parse(esm.stdout)).toEqual({
      collectivite: "Département de la Creuse",
      siren: true,
      valid: true,
      pdf: "%PDF-",
      docx: true,
      core: "options.fonts",
      euros: "1\u202F234,56\u00A0€",
      cli: 0,
    });
    const cjs = await run(process.execPath, [join(dir, "out", "use.cjs")], { cwd: dir });
    expect(JSON.parse(cjs.stdout)).toEqual({ pdf: true, docx: true, siren: true, failed: false, euros: "1,00\u00A0€" });
  });

  it("runs the pacte command installed from its tarball: the executable with the libraries bundled in, and its render worker", async () => {
    expect(tarballs.get("@pacte/cli")?.files).toEqual(expect.arrayContaining(["bin/pacte.mjs", "dist/bin/cli.js", "dist/bin/batch-worker.js"]));
    const pacte = join(dir, "node_modules", ".bin", "pacte");
    cpSync(join(ROOT, "examples", "contrat-departement", "contrat.yaml"), join(dir, "contrat.yaml"));
    const version = await run(pacte, ["--version"], { cwd: dir });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(dir, "node_modules", "@pacte", "cli", "package.json"), "utf8")) as { version: string }).version);
    const validated = await run(pacte, ["validate", "contrat.yaml"], { cwd: dir });
    expect(validated.stdout).toContain("contrat.yaml : valide");
    await run(pacte, ["render", "contrat.yaml", "--out", "rendu"], { cwd: dir, timeout: 300_000 });
    const written = readdirSync(join(dir, "rendu")).sort();
    expect(written).toEqual(["CLS-23-2024-001.docx", "CLS-23-2024-001.pdf"]);
    // The executable carries its own copy of the libraries: it writes the bytes the installed libraries write.
    const library = `
      import { readFileSync } from "node:fs";
      import { checkContractText, contractToDocument } from "@pacte/contract";
      import { prepareDocumentOrThrow } from "@pacte/document";
      import { renderDocx } from "@pacte/docx";
      import { renderPdf } from "@pacte/pdf";
      const checked = checkContractText(readFileSync("contrat.yaml", "utf8"), { format: "yaml" });
      if (!checked.success) throw new Error("invalid contract");
      const prepared = prepareDocumentOrThrow(contractToDocument(checked.data));
      const hex = (b) => Buffer.from(b).toString("hex");
      console.log(JSON.stringify({ pdf: hex(await renderPdf(prepared)), docx: hex(await renderDocx(prepared)) }));
    `;
    const expected = JSON.parse((await run(process.execPath, ["--input-type=module", "-e", library], { cwd: dir, maxBuffer: 1 << 26 })).stdout) as { pdf: string; docx: string };
    expect(readFileSync(join(dir, "rendu", "CLS-23-2024-001.pdf")).toString("hex") === expected.pdf).toBe(true);
    expect(readFileSync(join(dir, "rendu", "CLS-23-2024-001.docx")).toString("hex") === expected.docx).toBe(true);
  });

  it("type-checks under bundler resolution, strict, without skipLibCheck", async () => {
    const checked = await tsc("bundler", {
      compilerOptions: { ...STRICT, module: "esnext", moduleResolution: "bundler", noEmit: true },
      include: ["src/use.mts"],
    });
    expect(checked.output).toBe("");
    expect(checked.code).toBe(0);
  });

  it("would fail if a published .d.ts imported a package that has no types (the check can fail)", async () => {
    // A package shaped like ours whose declarations import an untyped module, as @pacte/pdf's once imported fontkit.
    const leaky = join(dir, "node_modules", "@fake", "leaky");
    const untyped = join(dir, "node_modules", "untyped-lib");
    mkdirSync(leaky, { recursive: true });
    mkdirSync(untyped, { recursive: true });
    writeFileSync(join(untyped, "package.json"), JSON.stringify({ name: "untyped-lib", version: "1.0.0", main: "index.js" }));
    writeFileSync(join(untyped, "index.js"), "module.exports = {};\n");
    writeFileSync(join(leaky, "package.json"), JSON.stringify({ name: "@fake/leaky", version: "1.0.0", types: "index.d.ts", main: "index.js" }));
    writeFileSync(join(leaky, "index.js"), "module.exports = { y: 1 };\n");
    writeFileSync(join(leaky, "index.d.ts"), 'import type { Font } from "untyped-lib";\nexport declare const y: Font;\n');
    mkdirSync(join(dir, "leak"), { recursive: true });
    writeFileSync(join(dir, "leak", "use.mts"), 'import { y } from "@fake/leaky";\nexport const z = y;\n');
    const checked = await tsc("leak", { compilerOptions: { ...STRICT, module: "node16", moduleResolution: "node16", noEmit: true }, include: ["leak/use.mts"] });
    expect(checked.code).not.toBe(0);
    expect(checked.output).toMatch(/TS7016/);
    expect(readdirSync(join(dir, "node_modules", "@pacte")).sort()).toEqual(PACKAGES.slice().sort());
  });
});
