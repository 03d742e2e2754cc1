// "The DOCX and the PDF say the same thing": renders documents in both formats, has LibreOffice
// convert the DOCX files to PDF (several in one soffice call), reads every PDF back with poppler's
// pdftotext, and compares the words in order, page furniture aside. Reusable by any end-to-end
// test (the contract-level one renders contracts composed by @pacte/contract).
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prepareDocumentOrThrow, walkBlocks, type Document, type PageGeometry, type PreparedDocument } from "@pacte/document";
import { renderDocx, type RenderDocxOptions } from "@pacte/docx";
import { renderPdf, type RenderPdfOptions } from "@pacte/pdf";

const run = promisify(execFile);

/** Whether a command-line tool is installed. */
export function hasTool(tool: string): boolean {
  return spawnSync("which", [tool]).status === 0;
}

/** Whether this machine can run the comparison (LibreOffice and poppler installed). */
export const CAN_COMPARE = hasTool("soffice") && hasTool("pdftotext");

/** Why the comparison is skipped on a machine that cannot run it. */
export const SKIP_REASON = "LibreOffice (soffice) or pdftotext is not installed: apt-get install libreoffice-writer-nogui poppler-utils";

/** One document to compare, with a name for the files and the messages. */
export interface Case {
  readonly name: string;
  readonly document: Document;
  /** Options given to both renderers (theme, typography). */
  readonly options?: Pick<RenderPdfOptions & RenderDocxOptions, "theme" | "frenchTypography">;
}

/** What was read back from both formats, and the first place they differ. */
export interface Comparison {
  readonly name: string;
  /** The words pdftotext reads from our PDF, furniture removed. */
  readonly pdf: readonly string[];
  /** The words pdftotext reads from the DOCX converted by LibreOffice, furniture removed. */
  readonly docx: readonly string[];
  /** `undefined` when the words are equal; otherwise where they part, with a little context. */
  readonly difference?: { readonly index: number; readonly pdf: readonly string[]; readonly docx: readonly string[] };
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LINE_END_DASH = /[-\u2010\u2011\u2013\u2014]$/u;
/** An elided word (« l’ », « d’ ») at a line end: the break is a layout choice, the word is one. */
const LINE_END_ELISION = /\p{L}[\u2019']$/u;

/**
 * The words of text read back from a PDF, in order: NFKC-normalised (ligatures), split at any
 * white space, a word cut at a line end after a hyphen or dash, or after an elision (« l’ »),
 * joined to the next one (the formats may break « Seine-Saint-Denis », « 2024–2027 » or
 * « l’annexe » at different places), dot leaders
 * cut out (LibreOffice glues them to the words around), then punctuation trimmed from each end
 * (bullets and dashes alone give nothing).
 *
 * @example
 * wordsOf("Seine-\nSaint-Denis, « 2024–\n2027 » .....") //=> ["Seine-Saint-Denis", "2024–2027"]
 */
export function wordsOf(text: string): string[] {
  const tokens = text.normalize("NFKC").replace(/\.{3,}/g, " ").split(/\s+/u).filter((t) => t !== "");
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] ?? "";
    while ((LINE_END_DASH.test(token) || LINE_END_ELISION.test(token)) && /[\p{L}\p{N}]/u.test(token) && i + 1 < tokens.length && /^[\p{L}\p{N}]/u.test(tokens[i + 1] ?? "")) token += tokens[++i];
    joined.push(token);
  }
  return joined.map((w) => w.replace(EDGE, "")).filter((w) => w !== "");
}

/**
 * Removes what is page furniture, the same way from both formats: the page numbers a table of
 * contents prints after each entry, what is drawn inside a chart (between its title and its
 * data table's caption), and tables' header rows (which each format repeats on the
 * pages a table continues on, and which many tables share word for word). Headers and footers are not read at all (see
 * {@link pdfBodyText}).
 */
export function withoutFurniture(words: readonly string[], prepared: PreparedDocument): string[] {
  const out = [...words];
  const wordsOfTitle = (t: string) => wordsOf(t);
  // Table-of-contents numbers: after the TOC title, entry after entry, a number follows each title.
  let from = 0;
  for (const toc of prepared.tocs.values()) {
    const title = wordsOfTitle(toc.title);
    let at = indexOfSequence(out, title, from);
    if (at < 0) continue;
    at += title.length;
    for (const entry of toc.entries) {
      const w = wordsOfTitle(entry.title);
      const found = indexOfSequence(out, w, at);
      if (found < 0 || found > at + 2) break;
      at = found + w.length;
      if (/^\d+$/.test(out[at] ?? "")) out.splice(at, 1);
    }
    from = at;
  }
  // What is drawn inside a chart (graduations, legend, axis titles): each format lays it out its
  // own way (LibreOffice draws the DOCX's native chart). What both print of a chart is its title,
  // then its data table, which stay and are compared.
  let chartFrom = 0;
  for (const chart of prepared.charts.values()) {
    const title = wordsOfTitle(chart.title);
    const caption = wordsOfTitle(chart.table.caption ?? "");
    const start = indexOfSequence(out, title, chartFrom);
    if (start < 0) continue;
    const end = indexOfSequence(out, caption, start + title.length);
    if (end < 0) continue;
    out.splice(start + title.length, end - start - title.length);
    chartFrom = start + title.length + caption.length;
  }
  // Repeated table header rows.
  for (const { block } of walkBlocks(prepared.document.body, ["body"])) {
    if (block.type !== "table" || block.header.length === 0) continue;
    const header = block.header.flatMap((row) => row.flatMap((cell) => wordsOf(cell.content.map((i) => (i.type === "text" ? i.text : i.type === "link" || i.type === "ref" ? (i.children ?? []).map((c) => c.text).join("") : " ")).join(""))));
    if (header.length === 0) continue;
    // Every occurrence goes, the first included: tables often share one header (each fiche's
    // financing table), and the two formats repeat it on different pages.
    for (let at = indexOfSequence(out, header, 0); at >= 0; at = indexOfSequence(out, header, at)) out.splice(at, header.length);
  }
  return out;
}

function indexOfSequence(words: readonly string[], sequence: readonly string[], from: number): number {
  if (sequence.length === 0) return -1;
  for (let i = Math.max(0, from); i + sequence.length <= words.length; i++) {
    let k = 0;
    while (k < sequence.length && words[i + k] === sequence[k]) k++;
    if (k === sequence.length) return i;
  }
  return -1;
}

/**
 * The text pdftotext reads from the body of every page of a PDF file: the text area between the
 * margins (a little wider, for descenders), so that headers and footers are left out.
 */
export async function pdfBodyText(path: string, geometry: PageGeometry): Promise<string> {
  const slack = Math.min(8, geometry.margins.top / 2, geometry.margins.bottom / 2);
  const crop = [
    "-x", String(Math.floor(geometry.margins.left - slack)),
    "-y", String(Math.floor(geometry.margins.top - slack)),
    "-W", String(Math.ceil(geometry.textWidth + 2 * slack)),
    "-H", String(Math.ceil(geometry.textHeight + 2 * slack)),
  ];
  const { stdout } = await run("pdftotext", ["-enc", "UTF-8", "-raw", ...crop, path, "-"], { maxBuffer: 1 << 28 });
  return stdout;
}

/**
 * Converts DOCX files to PDF with LibreOffice, all in one `soffice` call (it costs seconds to
 * start), in a private profile so that parallel runs do not clash. Returns the PDF paths by name.
 */
export async function convertWithLibreOffice(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const inputs = [...files].map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  await run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...inputs], { timeout: 60_000 + 20_000 * inputs.length });
  return new Map([...files.keys()].map((name) => [name, join(dir, `${name}.pdf`)]));
}

/** Where two word lists part, with five words of context on each side. */
export function firstDifference(a: readonly string[], b: readonly string[]): Comparison["difference"] {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return { index: i, pdf: a.slice(Math.max(0, i - 5), i + 6), docx: b.slice(Math.max(0, i - 5), i + 6) };
  }
  return undefined;
}

/**
 * Renders each case as PDF and as DOCX, converts the DOCX files with LibreOffice in one call,
 * reads both PDFs' bodies with pdftotext and compares their words in order (furniture aside:
 * headers, footers, table-of-contents page numbers, repeated table headers). Also writes the
 * files into `keep` when given, to look at them.
 *
 * @example
 * const [c] = await compareFormats([{ name: "note", document }]);
 * c?.difference //=> undefined when both say the same thing
 */
export async function compareFormats(cases: readonly Case[], keep?: string): Promise<Comparison[]> {
  const dir = keep ?? mkdtempSync(join(tmpdir(), "pacte-e2e-"));
  try {
    const rendered = await Promise.all(
      cases.map(async (c) => ({
        c,
        prepared: prepareDocumentOrThrow(c.document, c.options ?? {}),
        pdf: await renderPdf(c.document, c.options ?? {}),
        docx: await renderDocx(c.document, c.options ?? {}),
      })),
    );
    const converted = await convertWithLibreOffice(dir, new Map(rendered.map((r) => [r.c.name, r.docx])));
    const out: Comparison[] = [];
    for (const r of rendered) {
      const ours = join(dir, `${r.c.name}.ours.pdf`);
      writeFileSync(ours, r.pdf);
      const theirs = converted.get(r.c.name) ?? "";
      if (readFileSync(theirs).length === 0) throw new Error(`LibreOffice wrote an empty PDF for ${r.c.name}`);
      const pdf = withoutFurniture(wordsOf(await pdfBodyText(ours, r.prepared.geometry)), r.prepared);
      const docx = withoutFurniture(wordsOf(await pdfBodyText(theirs, r.prepared.geometry)), r.prepared);
      const difference = firstDifference(pdf, docx);
      out.push({ name: r.c.name, pdf, docx, ...(difference === undefined ? {} : { difference }) });
    }
    return out;
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}
