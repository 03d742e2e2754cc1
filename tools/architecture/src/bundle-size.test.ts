// What a browser app ships for one function of the libraries: esbuild bundles it from the built
// packages (dist/, as an app installing them gets them), for the browser, minified, and its gzip
// -9 size must stay within the performance goals. A size is deterministic: this asserts bytes,
// not speed. The same figures, with the contract → PDF path and the web page's first load, are
// printed by `npm run bench` (scripts/bench-table.ts --only bundles).
//
// The bundles stay small because the packages' module-level work is marked pure at build time
// (scripts/mark-pure.ts, checked below) and the formatters check their options without zod.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { markPure } from "../../../scripts/mark-pure";
import { ROOT } from "./source-files";

/** `code` bundled for the browser, minified, as an app's bundler does it, in memory; `split` as an app that loads chunks with `import()`. */
const browserBuild = (code: string, split: boolean) =>
  build({
    stdin: { contents: code, resolveDir: ROOT, sourcefile: "entry.js", loader: "js" },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    ...(split ? { splitting: true, outdir: join(ROOT, "out", "bundle-size-test") } : {}),
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });

/** The packages whose files left code in these outputs (the metafile's inputs also list the ones shaken off). */
function packagesIn(outputs: readonly { readonly inputs: Record<string, { readonly bytesInOutput: number }> }[]): string[] {
  const packages = new Set<string>();
  for (const [input] of outputs.flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0))) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/|^packages\/([^/]+)\//.exec(input);
    if (m !== null) packages.add(m[1] ?? `@pacte/${m[2] ?? ""}`);
  }
  return [...packages].sort();
}

/** gzip -9 size of `code` bundled for the browser, and the packages that went into it. */
async function bundle(code: string): Promise<{ gzip: number; packages: string[] }> {
  const r = await browserBuild(code, false);
  const bytes = r.outputFiles[0]?.contents ?? new Uint8Array();
  return { gzip: gzipSync(bytes, { level: 9 }).length, packages: packagesIn(Object.values(r.metafile.outputs)) };
}

/**
 * The packages in the chunks an app loads first (the entry and what it imports statically) and in
 * those it loads with `import()`, code split as an app's bundler splits it; and the text of each part.
 */
async function splitBundle(code: string): Promise<{ first: string[]; later: string[]; firstText: string; laterText: string }> {
  const r = await browserBuild(code, true);
  const outputs = r.metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint !== undefined) ?? "";
  const first = new Set<string>();
  const visit = (o: string): void => {
    if (first.has(o)) return;
    first.add(o);
    for (const i of outputs[o]?.imports ?? []) if (i.kind === "import-statement") visit(i.path);
  };
  visit(entry);
  const js = Object.keys(outputs).filter((o) => o.endsWith(".js"));
  const of = (files: string[]) => packagesIn(files.flatMap((o) => outputs[o] ?? []));
  const textOf = (inFirst: boolean): string =>
    r.outputFiles.filter((f) => f.path.endsWith(".js") && first.has(relative(ROOT, f.path)) === inFirst).map((f) => f.text).join("\n");
  return { first: of(js.filter((o) => first.has(o))), later: of(js.filter((o) => !first.has(o))), firstText: textOf(true), laterText: textOf(false) };
}

const built = ["model", "document"].every((p) => existsSync(join(ROOT, "packages", p, "dist", "index.js")));

describe.runIf(built)("the bundle of one function, from the built packages", () => {
  it("isValidSiren alone: at most 10 kB gzip, and no zod", async () => {
    const b = await bundle('export { isValidSiren } from "@pacte/model";\n');
    expect(b.packages).toEqual(["@pacte/model"]);
    expect(b.gzip).toBeLessThanOrEqual(10_000);
  });

  it("formatEuros alone: at most 5 kB gzip, and no zod", async () => {
    const b = await bundle('export { formatEuros } from "@pacte/document";\n');
    expect(b.packages).toEqual(["@pacte/document"]);
    expect(b.gzip).toBeLessThanOrEqual(5_000);
  });
});

const pdfBuilt = ["model", "document", "contract", "pdf"].every((p) => existsSync(join(ROOT, "packages", p, "dist", "index.js")));

describe.runIf(pdfBuilt)("the bundle of the contract → PDF path, from the built packages", { timeout: 60_000 }, () => {
  it("carries none of the libraries' unused parts, and stays under what it weighed with them", async () => {
    const b = await bundle(
      'import { contractToDocument, parseContract } from "@pacte/contract";\nimport { renderPdf } from "@pacte/pdf";\nexport const f = (i) => renderPdf(contractToDocument(parseContract(i)));\n',
    );
    // Replaced by stand-ins when @pacte/pdf is built (packages/pdf/scripts/stand-ins.ts).
    for (const unused of ["brotli", "culori", "html-entities", "node-html-better-parser"]) expect(b.packages).not.toContain(unused);
    // No YAML text is read on this path: yaml stays out (packages/contract/src/text/internal/yaml-library.ts).
    expect(b.packages).not.toContain("yaml");
    // pdf-lib and fontkit come inside @pacte/pdf, not from node_modules.
    expect(b.packages).not.toContain("@cantoo/pdf-lib");
    expect(b.packages).not.toContain("fontkit");
    // Everything in one file here, Pacte Sans Extended included (the bench counts it apart, as a
    // chunk loaded on demand): 840 kB gzip when this test was written. A regression guard, not
    // the performance goal, which `npm run bench` prints.
    expect(b.gzip).toBeLessThanOrEqual(850_000);
  });

  it("leaves Pacte Sans's italics out of the first load: they come with import(), for a document in italics", async () => {
    const b = await splitBundle('import { contractToDocument, parseContract } from "@pacte/contract";\nimport { renderPdf } from "@pacte/pdf";\nexport const f = (i) => renderPdf(contractToDocument(parseContract(i)));\n');
    // The opening of each face's stored text (packages/pdf/src/fonts/data/).
    const opening = (face: string): string => {
      const m = /= *\n? *"([A-Za-z0-9+/]{60})/.exec(readFileSync(join(ROOT, "packages/pdf/src/fonts/data", `pacte-sans-${face}.ts`), "utf8"));
      if (m?.[1] === undefined) throw new Error(`no font text in pacte-sans-${face}.ts`);
      return m[1];
    };
    for (const face of ["regular", "bold"]) expect(b.firstText).toContain(opening(face));
    for (const face of ["italic", "bold-italic"]) {
      expect(b.firstText).not.toContain(opening(face));
      expect(b.laterText).toContain(opening(face));
    }
  });

  it("loads the hyphenation patterns only with import(), when a render hyphenates", async () => {
    const b = await splitBundle('import { contractToDocument, parseContract } from "@pacte/contract";\nimport { renderPdf } from "@pacte/pdf";\nexport const f = (i) => renderPdf(contractToDocument(parseContract(i)));\n');
    expect(b.first).toContain("@pacte/pdf");
    expect(b.first).not.toContain("hyphen");
    expect(b.later).toContain("hyphen");
    // The entry of its own brings them at once.
    expect((await splitBundle('export { frenchHyphenation } from "@pacte/pdf/hyphenation";\n')).first).toContain("hyphen");
  });
});

describe.runIf(pdfBuilt)("yaml in a bundle of @pacte/contract, from the built package", { timeout: 60_000 }, () => {
  it("comes with parseContractText, and only with what reads YAML text", async () => {
    expect((await bundle('export { parseContractText } from "@pacte/contract";\n')).packages).toContain("yaml");
    expect((await bundle('export { contractToDocument, parseContract, validateContract } from "@pacte/contract";\n')).packages).not.toContain("yaml");
  });
});

describe("markPure (the build step that lets bundlers drop unused module-level work)", () => {
  it("annotates each call chain of a module-level initializer, inner ones included, and leaves statements alone", () => {
    expect(markPure('export const A = z.object({ b: z.string().min(1) }).meta({ title: "A" });\nz.config(x);\n')).toBe(
      'export const A = /* @__PURE__ */ z.object({ b: /* @__PURE__ */ z.string().min(1) }).meta({ title: "A" });\nz.config(x);\n',
    );
  });

  it("wraps what a bundler could not drop even annotated: spreads, templates, property reads", () => {
    expect(markPure("const B = [...A, 1];\n")).toBe("const B = /* @__PURE__ */ (() => ([...A, 1]))();\n");
    expect(markPure("const R = new RegExp(`^${A}$`);\n")).toBe("const R = /* @__PURE__ */ (() => (new RegExp(`^${A}$`)))();\n");
    expect(markPure("const M = Number.MAX_SAFE_INTEGER;\n")).toBe("const M = /* @__PURE__ */ (() => (Number.MAX_SAFE_INTEGER))();\n");
  });

  it("leaves functions, literals, existing annotations and top-level await as they are", () => {
    const source = 'const f = (x: number) => g(x);\nconst s = "a";\nconst t = /* @__PURE__ */ g();\nconst u = await load();\nfunction h() { return g(); }\n';
    expect(markPure(source)).toBe(source);
  });
});
