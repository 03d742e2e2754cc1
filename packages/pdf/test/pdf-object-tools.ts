// Test helpers of the PDF-object layer: run poppler/qpdf on PDF bytes. Node-only (tests).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "../src/internal/pdf-lib";

/** Whether a command-line tool can be run here (`.ci/run` installs poppler-utils and qpdf). */
export function hasTool(name: string): boolean {
  const r = spawnSync(name, ["--version"], { encoding: "utf8" });
  return r.error === undefined;
}

/** Which of the tools the tests use are installed, read once. */
export const tools = {
  qpdf: hasTool("qpdf"),
  pdfinfo: hasTool("pdfinfo"),
  pdftotext: hasTool("pdftotext"),
  pdffonts: hasTool("pdffonts"),
} as const;

/** A test title that says why the test is skipped when the tool is missing. */
export function needs(tool: keyof typeof tools, title: string): string {
  return tools[tool] ? title : `${title} (SKIPPED: ${tool} is not installed; .ci/run installs poppler-utils and qpdf)`;
}

/** The result of running a tool. */
export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Writes the bytes to a temporary file, runs the tool with `args` (`{}` stands for the file), cleans up. */
export function runOnPdf(tool: string, args: readonly string[], bytes: Uint8Array): ToolResult {
  const dir = mkdtempSync(join(tmpdir(), "pacte-pdf-objects-"));
  try {
    const file = join(dir, "test.pdf");
    writeFileSync(file, bytes);
    const r = spawnSync(tool, args.map((a) => (a === "{}" ? file : a)), { encoding: "utf8" });
    if (r.error) throw r.error;
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `qpdf --check`: exit code and everything it printed. */
export function qpdfCheck(bytes: Uint8Array): ToolResult {
  return runOnPdf("qpdf", ["--check", "{}"], bytes);
}

/** Parsed `qpdf --json` output (version 2) for the given keys. */
export function qpdfJson(bytes: Uint8Array, keys: readonly string[]): Record<string, unknown> {
  const r = runOnPdf("qpdf", ["--json=2", ...keys.map((k) => `--json-key=${k}`), "{}"], bytes);
  if (r.code !== 0) throw new Error(`qpdf --json failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** A new document with `pages` blank A4 pages, without clock-stamped metadata. */
export async function blankPdf(pages: number): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) pdf.addPage([595.28, 841.89]);
  return pdf;
}

/** Saves and loads back, so that assertions read what a reader would read. */
export async function roundTrip(pdf: PDFDocument): Promise<{ bytes: Uint8Array; pdf: PDFDocument }> {
  const bytes = await pdf.save({ updateFieldAppearances: false });
  return { bytes, pdf: await PDFDocument.load(bytes, { updateMetadata: false }) };
}
