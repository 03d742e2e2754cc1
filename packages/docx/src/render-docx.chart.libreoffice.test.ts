import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prepareDocumentOrThrow } from "@pacte/document";
import { strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { barChart, chartDocument, lineChart, stackedChart } from "./test-support/chart-document";
import { decodePng, inkedPixels, pixelsNear, type RgbImage } from "./test-support/png-pixels";
import { findAll, parseXml, textOf, unzipDocx } from "./test-support/read-docx";

const run = promisify(execFile);
const has = (command: string) => {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const CAN_RUN = ["soffice", "pdftotext", "pdftoppm", "pdfinfo"].every(has);
const SKIP = "LibreOffice (soffice) or poppler (pdftotext, pdftoppm) is not installed: install libreoffice-writer-nogui and poppler-utils to run this test";

/** Collapses every kind of space (no-break, narrow no-break, line ends) so wrapped lines compare. */
const normalise = (text: string) => text.replace(/[\s\u00a0\u202f\u2007]+/g, " ").trim();
/** The resolution of the page images: enough to count a chart's pixels. */
const DPI = 50;

const work = mkdtempSync(join(tmpdir(), "pacte-docx-chart-lo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts DOCX files to PDF with LibreOffice in one run, in a private profile so parallel runs do not clash. */
async function toPdf(files: Record<string, Uint8Array>): Promise<Record<string, string>> {
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(work, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  await run("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, ...paths], { timeout: 180_000 });
  return Object.fromEntries(Object.keys(files).map((name) => [name, join(work, `${name}.pdf`)]));
}

/** A page of a PDF as pixels. */
async function pageImage(pdf: string, page: number): Promise<{ png: Uint8Array; image: RgbImage }> {
  const prefix = join(work, `${pdf.split("/").at(-1)}-${page}`);
  await run("pdftoppm", ["-png", "-r", String(DPI), "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  const png = new Uint8Array(readFileSync(`${prefix}.png`));
  return { png, image: decodePng(png) };
}

/** The words of a PDF with their page and top (points), in reading order. */
async function words(pdf: string): Promise<{ text: string; page: number; top: number; bottom: number }[]> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 32 * 1024 * 1024 });
  const out: { text: string; page: number; top: number; bottom: number }[] = [];
  let page = 0;
  for (const line of stdout.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ text: m[3] ?? "", page, top: Number(m[1]), bottom: Number(m[2]) });
  }
  return out;
}

/** Where a run of words starts: the first word of the first place the words follow one another. */
function find(all: readonly { text: string }[], phrase: string, from = 0): number {
  const wanted = normalise(phrase).split(" ");
  for (let i = from; i + wanted.length <= all.length; i++) if (wanted.every((w, k) => all[i + k]?.text === w)) return i;
  return -1;
}

const CHARTS = [barChart, stackedChart, lineChart];

describe("LibreOffice draws the DOCX's native charts", () => {
  if (!CAN_RUN) {
    it.skip(SKIP, () => {});
    return;
  }

  let docx: Uint8Array;
  let pdf: Record<string, string>;
  beforeAll(async () => {
    docx = await renderDocx(chartDocument());
    pdf = await toPdf({ charts: docx, plain: await renderDocx(chartDocument({ charts: false })) });
  }, 240_000);

  it("lays the pages out as the DOCX's plan says: the page count, and each heading on the page its table of contents states", async () => {
    const planned = Number(/<Pages>(\d+)<\/Pages>/.exec(strFromU8(unzipDocx(docx)["docProps/app.xml"]!))?.[1]);
    const { stdout } = await run("pdfinfo", [pdf.charts!]);
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBe(planned);
    const sdt = findAll(parseXml(strFromU8(unzipDocx(docx)["word/document.xml"]!)), "w:sdt")[0]!;
    const entries = findAll(sdt.children, "w:hyperlink").map((h) => textOf(h.children).split("\t"));
    expect(entries.length).toBe(5);
    const all = await words(pdf.charts!);
    // (Past the table of contents, which names every heading too.)
    const body = find(all, "Le présent rapport");
    for (const [title, page] of entries) {
      const at = find(all, (title ?? "").replace(/\u2011/g, "-"), find(all, "Article 1", body - 20));
      expect({ title, page: all[at]?.page }).toEqual({ title, page: Number(page) });
    }
  });

  it("prints each chart's title, then (after what the chart draws) its data table's caption and rows, in order", async () => {
    // Compared without spaces: pdftotext reads the narrow no-break space of « 0 € » as nothing.
    const bare = (t: string) => t.replace(/[\s\u00a0\u202f\u2007]+/g, "");
    const text = bare((await run("pdftotext", [pdf.charts!, "-"])).stdout);
    const prepared = [...prepareDocumentOrThrow(chartDocument()).charts.values()];
    let from = 0;
    prepared.forEach((chart, i) => {
      const title = text.indexOf(bare(chart.title), from);
      expect(title, CHARTS[i]?.title).toBeGreaterThanOrEqual(0);
      let at = text.indexOf(bare(chart.table.caption ?? ""), title + bare(chart.title).length);
      expect(at, chart.table.caption).toBeGreaterThan(title);
      for (const row of chart.table.rows) {
        // A whole row at a time: its cells in order, « 0 € » never found inside « 2 200 000 € ».
        const shown = bare(row.map((cell) => cell.content.map((c) => (c.type === "text" ? c.text : "")).join("")).join(""));
        const next = text.indexOf(shown, at);
        expect(next, `${chart.title}: ${shown}`).toBeGreaterThanOrEqual(at);
        at = next + shown.length;
      }
      from = at;
    });
  });

  it("draws each chart (not an empty frame) in its series' colours, where the same document without charts has none", async () => {
    const all = await words(pdf.charts!);
    const plainWords = await words(pdf.plain!);
    const prepared = [...prepareDocumentOrThrow(chartDocument()).charts.values()];
    for (const [i, chart] of prepared.entries()) {
      // The chart's area: from under its title to its data table's caption.
      const title = find(all, chart.title, find(all, "Le présent rapport"));
      const caption = find(all, chart.table.caption ?? "", title);
      const page = all[title]?.page ?? 0;
      expect(all[caption]?.page, chart.title).toBe(page);
      const top = ((all[title]?.bottom ?? 0) * DPI) / 72;
      const bottom = ((all[caption]?.top ?? 0) * DPI) / 72;
      expect(bottom - top, chart.title).toBeGreaterThan((chart.height * DPI) / 72 - 2);
      const drawn = await pageImage(pdf.charts!, page);
      const colours = chart.series.map((s) => s.color);
      const counts = pixelsNear(drawn.image, colours, top, bottom);
      // Every series is drawn (bars or lines with markers), and much of the area is inked.
      for (const [k, n] of counts.entries()) expect(n, `${CHARTS[i]?.title}: ${chart.series[k]?.name}`).toBeGreaterThan(40);
      expect(inkedPixels(drawn.image, top, bottom)).toBeGreaterThan(0.05 * drawn.image.width * (bottom - top));
      // The same page of the document without charts: other bytes, and none of the charts' colours.
      const plainPage = Math.min(page, Math.max(...plainWords.map((w) => w.page)));
      const plain = await pageImage(pdf.plain!, plainPage);
      expect(Buffer.from(plain.png).equals(Buffer.from(drawn.png))).toBe(false);
      expect(pixelsNear(plain.image, colours, 0, plain.image.height).every((n) => n < 10), chart.title).toBe(true);
    }
  });
});
