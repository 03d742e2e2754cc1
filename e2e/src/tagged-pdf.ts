// "Accessible by law": checks a PDF as a tagged PDF (PDF/UA-1) with @pacte/pdf's structure checker
// and with poppler — « Tagged: yes » for pdfinfo, and the structure tree's text read in the order
// pdftotext reads the content once its artifacts are taken out. Reusable by any end-to-end test:
// the demo contract, the examples, a contract of each profile.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTaggedPdf, stripArtifacts, type CheckFailure, type TaggedPdfReport } from "@pacte/pdf/check";
import { hasTool } from "./same-words";

/** Whether poppler's pdfinfo and pdftotext are installed (the poppler half is skipped otherwise). */
export const HAS_POPPLER = hasTool("pdfinfo") && hasTool("pdftotext");

/**
 * `pdfinfo -struct-text` is slow: about a second a page on a contract (20 s for the 18-page demo),
 * tens of seconds at 100 pages. It is run up to this many pages, and only when asked.
 */
export const STRUCT_TEXT_MAX_PAGES = 40;

/** What {@link checkAccessiblePdf} asks poppler besides the structure checker. */
export interface AccessiblePdfOptions {
  /**
   * Whether `pdfinfo -struct-text` must read the tree's text as the checker does (default: yes,
   * up to {@link STRUCT_TEXT_MAX_PAGES} pages). The per-page comparison with `pdftotext` and
   * « Tagged: yes » are always checked.
   */
  readonly structText?: boolean;
}

/** What {@link checkAccessiblePdf} found. */
export interface AccessiblePdfCheck {
  /** The structure checker's report (failures by Matterhorn checkpoint, the tree read back). */
  readonly report: TaggedPdfReport;
  /** What poppler says when it disagrees (empty when it agrees, or is not installed). */
  readonly poppler: readonly string[];
}

const squash = (s: string): string => s.replace(/\s+/gu, "");

function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "pacte-e2e-tagged-"));
  try {
    const path = join(dir, "doc.pdf");
    writeFileSync(path, bytes);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tool = (bytes: Uint8Array, command: string, args: readonly string[]): string =>
  withFile(bytes, (path) => execFileSync(command, [...args, path, ...(command === "pdftotext" ? ["-"] : [])], { encoding: "utf8", maxBuffer: 1 << 28 }));

/**
 * Checks a PDF as the accessible document it must be: the structure checker passes (every
 * machine-checkable PDF/UA-1 condition it knows), `pdfinfo` says « Tagged: yes », and — page by
 * page — the text of the structure tree is what `pdftotext -raw` reads in the content without its
 * artifacts; for files up to {@link STRUCT_TEXT_MAX_PAGES} pages, `pdfinfo -struct-text` reads the
 * tree's text as the checker does (unless `options.structText` is false). Returns what disagrees;
 * a test expects both lists empty.
 *
 * @example
 * const { report, poppler } = await checkAccessiblePdf(await renderPdf(contractToDocument(contract)));
 * expect(report.failures).toEqual([]); expect(poppler).toEqual([]);
 */
export async function checkAccessiblePdf(bytes: Uint8Array, options: AccessiblePdfOptions = {}): Promise<AccessiblePdfCheck> {
  const report = await checkTaggedPdf(bytes);
  const poppler: string[] = [];
  if (!HAS_POPPLER) return { report, poppler };
  const tagged = /^Tagged:\s*(\S+)/m.exec(tool(bytes, "pdfinfo", []))?.[1];
  if (tagged !== "yes") poppler.push(`pdfinfo says « Tagged: ${tagged ?? "?"} »`);
  const pages = tool(await stripArtifacts(bytes), "pdftotext", ["-raw", "-enc", "UTF-8"]).split("\f").slice(0, -1);
  report.pageTexts.forEach((text, i) => {
    const read = squash(pages[i] ?? "");
    const tree = squash(text);
    if (read !== tree) {
      let at = 0;
      while (at < read.length && read[at] === tree[at]) at++;
      poppler.push(`page ${i + 1}: the tree reads « …${tree.slice(Math.max(0, at - 20), at + 30)}… », pdftotext « …${read.slice(Math.max(0, at - 20), at + 30)}… »`);
    }
  });
  if ((options.structText ?? true) && report.pageTexts.length <= STRUCT_TEXT_MAX_PAGES) {
    const structText = tool(bytes, "pdfinfo", ["-struct-text"])
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.length >= 2 && l.startsWith('"') && l.endsWith('"'))
      .map((l) => l.slice(1, -1))
      .join("");
    if (squash(structText) !== squash(report.text)) poppler.push("pdfinfo -struct-text does not read the tree as the checker does");
  }
  return { report, poppler };
}

/** The failures as lines (checkpoint, page, message), for a readable test diff. */
export const failureLines = (failures: readonly CheckFailure[]): string[] => failures.map((f) => `${f.checkpoint}${f.page === undefined ? "" : ` p.${f.page + 1}`}: ${f.message}`);
