// The words of a PDF with where they are, as poppler's `pdftotext -bbox` reads them: what the
// line-break and keep-together checks work on, for our PDF and for LibreOffice's conversion of
// the DOCX alike.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A word read from a PDF page: its text and its box in points, origin top-left (as pdftotext gives it). */
export interface PdfWord {
  /** Page index, from 0. */
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");

/**
 * Parses the XHTML `pdftotext -bbox` writes into words.
 *
 * @example
 * parseBbox('<page width="595" height="842"><word xMin="56.8" yMin="71.8" xMax="83.6" yMax="85.5">Alpha</word></page>')
 * //=> [{ page: 0, text: "Alpha", xMin: 56.8, yMin: 71.8, xMax: 83.6, yMax: 85.5 }]
 */
export function parseBbox(xhtml: string): PdfWord[] {
  const words: PdfWord[] = [];
  let page = -1;
  const re = /<page\b|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(xhtml); m !== null; m = re.exec(xhtml)) {
    if (m[0] === "<page") {
      page++;
      continue;
    }
    words.push({ page, text: unescape(m[5] ?? ""), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

/** The words of a PDF file with their boxes (`pdftotext -bbox`). */
export async function pdfWords(path: string): Promise<PdfWord[]> {
  const { stdout } = await run("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"], { maxBuffer: 1 << 28 });
  return parseBbox(stdout);
}

/** The words of each page, in reading order, from a list of words. */
export function wordsByPage(words: readonly PdfWord[]): string[][] {
  const pages: string[][] = [];
  for (const w of words) (pages[w.page] ??= []).push(w.text);
  return Array.from({ length: pages.length }, (_, i) => pages[i] ?? []);
}

/** The page count of a PDF file (`pdfinfo`). */
export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [path]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}
