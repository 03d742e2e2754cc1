/**
 * Measures what a browser application carries for a PDF render through each entry point of the
 * built package (run `npm run build` first): esbuild, browser platform, ESM with code splitting,
 * minified, then gzip -9. "First load" is the entry chunk and every chunk it imports statically;
 * "on demand" is what a dynamic import() brings (Pacte Sans Extended, fetched only when the
 * text needs Greek, Cyrillic or Vietnamese).
 *
 * Run from packages/pdf: `npx tsx scripts/measure-bundles.ts`
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const entries = {
  "@pacte/pdf (with the shipped fonts)": 'import { renderPdf } from "@pacte/pdf"; globalThis.render = renderPdf;',
  "@pacte/pdf/core (fonts given by the caller)": 'import { renderPdf } from "@pacte/pdf/core"; globalThis.render = renderPdf;',
};

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

for (const [label, contents] of Object.entries(entries)) {
  const outdir = mkdtempSync(join(tmpdir(), "pacte-bundle-"));
  try {
    const result = await build({
      stdin: { contents, resolveDir: root, sourcefile: "entry.js", loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      splitting: true,
      platform: "browser",
      outdir,
      metafile: true,
      logLevel: "error",
    });
    const outputs: Metafile["outputs"] = result.metafile.outputs;
    const entry = Object.keys(outputs).find((f) => outputs[f]?.entryPoint !== undefined);
    const first = new Set<string>();
    const visit = (file: string): void => {
      if (first.has(file)) return;
      first.add(file);
      for (const imp of outputs[file]?.imports ?? []) if (imp.kind === "import-statement") visit(imp.path);
    };
    if (entry) visit(entry);
    const size = (files: Iterable<string>): { min: number; gzip: number } => {
      let min = 0;
      let gzip = 0;
      for (const f of files) {
        const bytes = readFileSync(join(root, f).startsWith(outdir) ? join(root, f) : f.startsWith("/") ? f : join(process.cwd(), f));
        min += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      return { min, gzip };
    };
    const lazy = Object.keys(outputs).filter((f) => f.endsWith(".js") && !first.has(f));
    const a = size(first);
    const b = size(lazy);
    console.log(`${label}\n  first load: ${kB(a.min)} minified, ${kB(a.gzip)} gzip`);
    console.log(lazy.length > 0 ? `  on demand:  ${kB(b.min)} minified, ${kB(b.gzip)} gzip (${lazy.length} chunk${lazy.length > 1 ? "s" : ""})` : "  on demand:  nothing");
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
