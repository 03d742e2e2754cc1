/**
 * Measures the PDF library candidates for @pacte/pdf with the fonts the package ships
 * (Liberation Sans, four faces) and writes the figures to stdout (and PDFs/PNGs to a work
 * folder given as first argument, default /tmp/pacte-measure).
 *
 * Run: `npx tsx scripts/measure-libs.ts [/tmp/pacte-measure]`
 *
 * Candidates:
 *  A. pdf-lib 1.17.1 + @pdf-lib/fontkit 1.1.1
 *  B. @cantoo/pdf-lib + @pdf-lib/fontkit 1.1.1
 *  C. @cantoo/pdf-lib + upstream fontkit 2.x (the maintained fontkit)
 *  D. pdf-lib 1.17.1 + upstream fontkit 2.x (expected to fail: no encodeStream)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as upstream from "pdf-lib";
import * as cantoo from "@cantoo/pdf-lib";
import pdfLibFontkit from "@pdf-lib/fontkit";
import * as fontkit2 from "fontkit";

const out = process.argv[2] ?? "/tmp/pacte-measure";
mkdirSync(out, { recursive: true });

const FONT_DIR = "/usr/share/fonts/truetype/liberation2";
const FACES = [
  ["regular", "LiberationSans-Regular.ttf", "PACTEA+LiberationSans"],
  ["bold", "LiberationSans-Bold.ttf", "PACTEB+LiberationSans-Bold"],
  ["italic", "LiberationSans-Italic.ttf", "PACTEC+LiberationSans-Italic"],
  ["bold-italic", "LiberationSans-BoldItalic.ttf", "PACTED+LiberationSans-BoldItalic"],
] as const;
const fontBytes = FACES.map(([, file]) => new Uint8Array(readFileSync(join(FONT_DIR, file))));

const NBSP = "\u00A0";
const NNBSP = "\u202F";
/** French sample: guillemets with narrow no-break spaces, apostrophe, euro, ligature œ, dashes. */
const FRENCH_LINES = [
  `«${NNBSP}Le contrat local des solidarités${NNBSP}» engage l’État et le département${NNBSP};`,
  `montant${NBSP}: 1${NNBSP}234${NNBSP}567,89${NBSP}€ – versé en 2026 — sous réserve…`,
  `Œuvre, cœur, sœur, œil${NNBSP}! Élise, À bientôt, Ça va${NNBSP}? Ève, Île, Ôter, Ù.`,
  `Latin étendu${NBSP}: Erdős, Łódź, Kayseri’li Şükrü, Žižkov, Dvořák, Œdipe.`,
  `efficace, affluent, fiable, flamme, ﬁn? (ligatures), 12${NBSP}%, n°${NBSP}3, 1er, 2e.`,
];
/** Every printable code point of Latin-1 Supplement and Latin Extended-A, plus typographic punctuation. */
const WIDE_SET = (() => {
  const cps: number[] = [];
  for (let cp = 0x21; cp <= 0x7e; cp++) cps.push(cp);
  for (let cp = 0xa1; cp <= 0x17f; cp++) if (cp !== 0xad) cps.push(cp);
  cps.push(0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x20ac, 0x2030, 0x2039, 0x203a);
  const chars = cps.map((cp) => String.fromCodePoint(cp));
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += 40) lines.push(chars.slice(i, i + 40).join(" "));
  return lines;
})();

type Lib = typeof upstream;
interface Candidate {
  readonly id: string;
  readonly label: string;
  readonly lib: Lib;
  readonly fontkit: unknown;
}
const CANDIDATES: Candidate[] = [
  { id: "A", label: "pdf-lib 1.17.1 + @pdf-lib/fontkit 1.1.1", lib: upstream, fontkit: pdfLibFontkit },
  { id: "B", label: "@cantoo/pdf-lib + @pdf-lib/fontkit 1.1.1", lib: cantoo as unknown as Lib, fontkit: pdfLibFontkit },
  { id: "C", label: "@cantoo/pdf-lib + fontkit 2.x", lib: cantoo as unknown as Lib, fontkit: fontkit2 },
  { id: "D", label: "pdf-lib 1.17.1 + fontkit 2.x", lib: upstream, fontkit: fontkit2 },
];

interface BuildOptions {
  readonly lines: readonly string[];
  readonly pages: number;
  readonly subset: boolean;
  readonly fixed: boolean;
}

async function build(c: Candidate, o: BuildOptions): Promise<Uint8Array> {
  const { PDFDocument, PageSizes } = c.lib;
  const doc = await PDFDocument.create(o.fixed ? { updateMetadata: false } : {});
  doc.registerFontkit(c.fontkit as Parameters<typeof doc.registerFontkit>[0]);
  const fonts = [];
  for (let i = 0; i < FACES.length; i++) {
    const face = FACES[i]!;
    fonts.push(
      await doc.embedFont(fontBytes[i]!, {
        subset: o.subset,
        ...(o.fixed ? { customName: face[2] } : {}),
      }),
    );
  }
  let n = 0;
  for (let p = 0; p < o.pages; p++) {
    const page = doc.addPage(PageSizes.A4);
    let y = 800;
    while (y > 60) {
      const line = o.lines[n % o.lines.length]!;
      const font = fonts[Math.floor(n / o.lines.length) % fonts.length]!;
      page.drawText(line, { x: 40, y, size: 10, font });
      y -= 14;
      n++;
    }
  }
  return doc.save({ useObjectStreams: true });
}

function tool(cmd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Renders page 1 in grey at 72 dpi and returns the raw PGM bytes. */
function renderGray(file: string): Uint8Array {
  return new Uint8Array(execFileSync("pdftoppm", ["-r", "72", "-gray", "-f", "1", "-l", "1", file]));
}

function pixelDiff(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}

const report: string[] = [];
const log = (s: string): void => {
  report.push(s);
  console.log(s);
};

for (const c of CANDIDATES) {
  log(`\n## ${c.id}. ${c.label}`);
  let sample: Uint8Array;
  try {
    // One page per face so that pdftotext order is simple: 4 pages × the French lines.
    sample = await build(c, { lines: FRENCH_LINES, pages: 1, subset: true, fixed: true });
  } catch (e) {
    log(`- build failed: ${(e as Error).message.split("\n")[0]}`);
    continue;
  }
  const file = join(out, `${c.id}-sample.pdf`);
  writeFileSync(file, sample);
  log(`- sample size: ${sample.length} bytes`);

  const fontsOut = tool("pdffonts", [file]).stdout.trim().split("\n").slice(2);
  log(`- pdffonts (name type encoding emb sub uni):`);
  for (const l of fontsOut) log(`    ${l.replace(/\s+/g, " ")}`);
  const allEmbedded = fontsOut.every((l) => / yes +yes +yes /.test(l));
  log(`- every font embedded+subset+ToUnicode: ${allEmbedded}`);

  const text = tool("pdftotext", ["-enc", "UTF-8", "-nopgbrk", "-layout", file, "-"]).stdout;
  const got = text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  const expected: string[] = [];
  {
    let n = 0;
    for (let y = 800; y > 60; y -= 14) expected.push(FRENCH_LINES[n++ % FRENCH_LINES.length]!);
  }
  // pdftotext prints U+00A0 and U+202F as plain spaces whatever the ToUnicode map says, so
  // compare with those folded, and check the ToUnicode maps themselves for the two code points.
  const fold = (s: string) => s.replace(/[\u00A0\u202F]/g, " ");
  const mismatches = expected
    .map((e, i) => [fold(e), got[i] ?? ""] as const)
    .filter(([e, g]) => e !== g);
  log(`- pdftotext lines equal to input (no-break spaces folded): ${expected.length - mismatches.length}/${expected.length}`);
  const qdf = join(out, `${c.id}-sample.qdf.pdf`);
  execFileSync("qpdf", ["--qdf", "--object-streams=disable", file, qdf]);
  const cmaps = readFileSync(qdf, "latin1").split("begincmap").slice(1);
  const mapsNbsp = cmaps.filter((m) => /<00A0>/i.test(m) && /<202F>/i.test(m)).length;
  log(`- ToUnicode CMaps mapping both U+00A0 and U+202F: ${mapsNbsp}/${cmaps.length}`);
  for (const [e, g] of mismatches.slice(0, 5)) {
    const cps = (s: string) => [...s].map((ch) => ch.codePointAt(0)!.toString(16)).join(" ");
    const firstDiff = [...e].findIndex((ch, i) => [...g][i] !== ch);
    log(`    expected: ${JSON.stringify(e)}\n    got:      ${JSON.stringify(g)}\n    first diff at ${firstDiff}: ${cps([...e].slice(firstDiff, firstDiff + 3).join(""))} vs ${cps([...g].slice(firstDiff, firstDiff + 3).join(""))}`);
  }

  const q = tool("qpdf", ["--check", file]);
  log(`- qpdf --check: exit ${q.code}${q.stderr.trim() ? `, stderr: ${q.stderr.trim().split("\n")[0]}` : ""}${/warning/i.test(q.stdout) ? ", WARNINGS" : ""}`);

  execFileSync("pdftoppm", ["-r", "110", "-png", "-f", "1", "-l", "1", file, join(out, `${c.id}-sample`)]);

  // Subsetting fidelity: the wide character set rendered from a subset must be pixel-identical
  // to the same text rendered from the full font.
  const diffs: string[] = [];
  for (let f = 0; f < FACES.length; f++) {
    const lines = WIDE_SET;
    const one = async (subset: boolean) => {
      const { PDFDocument, PageSizes } = c.lib;
      const doc = await PDFDocument.create({ updateMetadata: false });
      doc.registerFontkit(c.fontkit as Parameters<typeof doc.registerFontkit>[0]);
      const font = await doc.embedFont(fontBytes[f]!, { subset, customName: FACES[f]![2] });
      const page = doc.addPage(PageSizes.A4);
      lines.forEach((l, i) => page.drawText(l, { x: 30, y: 800 - i * 22, size: 14, font }));
      lines.forEach((l, i) => page.drawText(FRENCH_LINES[i % FRENCH_LINES.length]!, { x: 30, y: 500 - i * 22, size: 12, font }));
      return doc.save();
    };
    const a = join(out, `${c.id}-${FACES[f]![0]}-subset.pdf`);
    const b = join(out, `${c.id}-${FACES[f]![0]}-full.pdf`);
    const sa = await one(true);
    const sb = await one(false);
    writeFileSync(a, sa);
    writeFileSync(b, sb);
    const d = pixelDiff(renderGray(a), renderGray(b));
    const wt = tool("pdftotext", ["-enc", "UTF-8", "-raw", a, "-"]).stdout;
    const textOk = WIDE_SET.every((l) => wt.includes(l));
    diffs.push(`${FACES[f]![0]}: ${d} px differ (subset ${sa.length} B vs full ${sb.length} B), wide-set text round-trips: ${textOk}`);
  }
  log(`- subset vs full render (${WIDE_SET.join(" ").split(" ").length} glyphs, 72 dpi grey):`);
  for (const d of diffs) log(`    ${d}`);

  // Determinism.
  const d1 = await build(c, { lines: FRENCH_LINES, pages: 2, subset: true, fixed: true });
  const d2 = await build(c, { lines: FRENCH_LINES, pages: 2, subset: true, fixed: true });
  const n1 = await build(c, { lines: FRENCH_LINES, pages: 2, subset: true, fixed: false });
  await new Promise((r) => setTimeout(r, 1100));
  const n2 = await build(c, { lines: FRENCH_LINES, pages: 2, subset: true, fixed: false });
  log(`- deterministic with updateMetadata:false + customName: ${sameBytes(d1, d2)}; with defaults: ${sameBytes(n1, n2)}`);

  // 30 pages, timing.
  const times: number[] = [];
  let size = 0;
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    const bytes = await build(c, { lines: FRENCH_LINES, pages: 30, subset: true, fixed: true });
    times.push(performance.now() - t0);
    size = bytes.length;
    if (r === 0) writeFileSync(join(out, `${c.id}-30pages.pdf`), bytes);
  }
  const q30 = tool("qpdf", ["--check", join(out, `${c.id}-30pages.pdf`)]);
  log(`- 30 pages (4 subset faces, ${Math.round((30 * 53 * 70) / 1000)}k chars): median ${median(times.slice(2)).toFixed(0)} ms (min ${Math.min(...times.slice(2)).toFixed(0)}), ${size} bytes, qpdf exit ${q30.code}`);
}

// Browser bundle of a minimal "embed a subset font and save" program, minified.
{
  const { build: esbuild } = await import("esbuild");
  const { gzipSync } = await import("node:zlib");
  const entries = {
    A: `import { PDFDocument } from "pdf-lib"; import fontkit from "@pdf-lib/fontkit";`,
    C: `import { PDFDocument } from "@cantoo/pdf-lib"; import * as fontkit from "fontkit";`,
  };
  log("\n## Browser bundle (esbuild --bundle --minify --platform=browser, embed+save program)");
  for (const [id, imports] of Object.entries(entries)) {
    const r = await esbuild({
      stdin: {
        contents: `${imports}\nexport async function run(b){const d=await PDFDocument.create({updateMetadata:false});d.registerFontkit(fontkit);const f=await d.embedFont(b,{subset:true});d.addPage().drawText("é",{font:f});return d.save();}`,
        resolveDir: process.cwd(),
        loader: "js",
      },
      bundle: true,
      minify: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "error",
    });
    const bytes = r.outputFiles[0]!.contents;
    log(`- ${id}: ${Math.round(bytes.length / 1024)} kB minified, ${Math.round(gzipSync(bytes, { level: 9 }).length / 1024)} kB gzip`);
  }
}

writeFileSync(join(out, "report.md"), report.join("\n") + "\n");
