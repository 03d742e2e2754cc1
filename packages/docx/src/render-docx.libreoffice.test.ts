import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { documentPlainText } from "@pacte/document";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { sampleDocument } from "./test-support/sample-document";

const run = promisify(execFile);
const has = (command: string) => {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const hasSoffice = has("soffice");
const hasPdftotext = has("pdftotext");

/** Collapses every kind of space (no-break, narrow no-break, line ends) so wrapped lines compare. */
const normalise = (text: string) => text.replace(/[\s\u00a0\u202f\u2007]+/g, " ").trim();

const work = mkdtempSync(join(tmpdir(), "pacte-docx-lo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts a DOCX to PDF with LibreOffice, in a private profile so parallel runs do not clash. */
async function toPdf(bytes: Uint8Array, name: string): Promise<string> {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, bytes);
  await run("soffice", [`-env:UserInstallation=file://${join(work, `profile-${name}`)}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx], { timeout: 120_000 });
  return join(work, `${name}.pdf`);
}

const SKIP = "LibreOffice (soffice) or pdftotext is not installed: install libreoffice-writer-nogui and poppler-utils to run this test";

describe("a real office suite opens the DOCX", () => {
  if (!hasSoffice || !hasPdftotext) {
    it.skip(SKIP, () => {});
    return;
  }

  it(
    "LibreOffice converts the rich sample to PDF and every paragraph, heading, list item and cell reads back",
    async () => {
      const pdf = await toPdf(await renderDocx(sampleDocument), "sample");
      const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
      const text = normalise(stdout);
      const expected = documentPlainText(sampleDocument).flatMap((t) => t.split("\n"));
      expect(expected.length).toBeGreaterThan(40);
      const missing = expected.filter((t) => !text.includes(normalise(t)));
      expect(missing).toEqual([]);
      // The table of contents shows its cached entries with a page number after the dot leader.
      expect(stdout).toMatch(/Article 1 – Objet\s*\.{5,}\s*\d+/);
      // "Page X sur Y", Y computed by LibreOffice and equal to the PDF's page count.
      const pages = Number(/Pages:\s+(\d+)/.exec((await run("pdfinfo", [pdf])).stdout)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(text).toContain(`Page 1 sur ${pages}`);
      expect(text).toContain(`Page ${pages} sur ${pages}`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    },
    180_000,
  );
});
