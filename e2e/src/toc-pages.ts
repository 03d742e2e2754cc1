// "The DOCX's table of contents is right on first opening": the page numbers a DOCX's TOC holds
// (read from its XML), and the pages where a PDF (LibreOffice's conversion of the DOCX, or ours)
// shows the headings (read back with pdftotext), to compare them.
import { strFromU8, unzipSync } from "fflate";
import { wordsOf } from "./same-words";
import type { PdfWord } from "./pdf-words";

/** An entry of a table of contents: the heading's title as listed, and the page it states. */
export interface TocEntry {
  readonly title: string;
  readonly page: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");

/**
 * The entries of the (first) table of contents of a DOCX, as written in its XML: each entry's
 * hyperlink, its text before the tab (the title; a `w:noBreakHyphen` read as « - ») and the
 * cached result of its `PAGEREF` field (the page).
 *
 * @example
 * docxTocEntries(bytes)[0] //=> { title: "Préambule", page: 2 }
 */
export function docxTocEntries(docx: Uint8Array): TocEntry[] {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array());
  const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? "";
  const entries: TocEntry[] = [];
  for (const m of sdt.matchAll(/<w:hyperlink [^>]*w:anchor="[^"]*"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)) {
    const inner = m[1] ?? "";
    const [before = "", after = ""] = inner.split(/<w:tab\/>/);
    const text = (part: string) =>
      [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => (t[0].startsWith("<w:noBreakHyphen") ? "-" : unescape(t[1] ?? ""))).join("");
    entries.push({ title: text(before), page: Number(text(after).trim()) });
  }
  return entries;
}

/** Words as the comparison reads them: hyphens of every kind as « - ». */
const norm = (w: string): string => w.replace(/[\u2010\u2011]/g, "-");

/**
 * The page (from 1) where each title is printed as a heading in a PDF's words: the titles are
 * looked for in order, once through the table of contents (each title followed by its page
 * number there), then again in the body, each after the one before.
 *
 * @example
 * headingPages(words, ["Article 1 – Objet", "Article 2 – Durée"]) //=> [3, 4]
 */
export function headingPages(words: readonly PdfWord[], titles: readonly string[]): (number | undefined)[] {
  const flat = words.flatMap((w) => wordsOf(w.text).map((text) => ({ text: norm(text), page: w.page + 1 })));
  const find = (title: string, from: number): number => {
    const seq = wordsOf(title).map(norm);
    if (seq.length === 0) return -1;
    for (let i = from; i + seq.length <= flat.length; i++) {
      let k = 0;
      const same = (got: string | undefined, want: string, last: boolean): boolean =>
        got === want || (last && got !== undefined && got.startsWith(want) && /^\d+$/.test(got.slice(want.length))); // (a TOC entry's number glued to its last word)
      while (k < seq.length && same(flat[i + k]?.text, seq[k] ?? "", k === seq.length - 1)) k++;
      if (k === seq.length) return i;
    }
    return -1;
  };
  let at = 0;
  // Through the table of contents first.
  for (const t of titles) {
    const found = find(t, at);
    if (found >= 0) at = found + 1;
  }
  return titles.map((t) => {
    const found = find(t, at);
    if (found < 0) return undefined;
    at = found + 1;
    return flat[found]?.page;
  });
}
