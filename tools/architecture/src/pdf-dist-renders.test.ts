// @pacte/pdf's dist/ carries pdf-lib and fontkit with stand-ins for modules the renderer never
// runs (packages/pdf/scripts/stand-ins.ts). A stand-in that a library calls when its module loads
// (pdf-lib makes a PDF20 hasher at load) would break the built package only, never the sources
// the package's own tests run: so each entry of the built package, ESM and CommonJS, is loaded
// here in a fresh process, and renders and checks a contract.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./source-files";

const DIST = join(ROOT, "packages", "pdf", "dist");

const script = (format: "esm" | "cjs"): string => {
  const load = (entry: string): string => (format === "esm" ? `await import(${JSON.stringify(join(DIST, `${entry}.js`))})` : `require(${JSON.stringify(join(DIST, `${entry}.cjs`))})`);
  const body = `
    const { creuseInput } = await import("@pacte/contract/samples");
    const { contractToDocument, parseContract } = await import("@pacte/contract");
    const pdf = ${load("index")};
    const core = ${load("core")};
    const check = ${load("check")};
    const hyphenation = ${load("hyphenation")};
    const doc = contractToDocument(parseContract(creuseInput()));
    const a = await pdf.renderPdf(doc);
    const b = await core.renderPdf(doc, { fonts: [await pdf.loadPacteSans()] });
    const report = await check.checkTaggedPdf(a);
    // hyphenate: true loads the patterns with import(), from the ESM build and from the CommonJS one.
    const hyphenated = await pdf.renderPdf(doc, { hyphenate: true });
    console.log(JSON.stringify({ pdf: a.length, same: Buffer.from(a).equals(Buffer.from(b)), ok: report.ok, failures: report.failures.length, hyphenated: hyphenated.length > 50_000 && !Buffer.from(hyphenated).equals(Buffer.from(a)), points: hyphenation.frenchHyphenation("solidarités") }));
  `;
  return format === "esm" ? body : `(async () => { ${body} })().catch((e) => { console.error(e); process.exit(1); });`;
};

describe.runIf(existsSync(join(DIST, "index.js")))("the built @pacte/pdf, loaded as an application loads it", { timeout: 120_000 }, () => {
  it.each(["esm", "cjs"] as const)("%s: every entry loads, renders the Creuse contract, and checks it", (format) => {
    const out = execFileSync(process.execPath, format === "esm" ? ["--input-type=module", "-e", script(format)] : ["-e", script(format)], { cwd: ROOT, encoding: "utf8", timeout: 100_000 });
    const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { pdf: number; same: boolean; ok: boolean; failures: number; hyphenated: boolean; points: number[] };
    expect(r.pdf).toBeGreaterThan(50_000);
    expect(r.same).toBe(true);
    expect(r).toMatchObject({ ok: true, failures: 0, hyphenated: true, points: [2, 4, 6, 8] });
  });
});
