// `pacte init` then `pacte render`: the version to sign refuses the template's waiting texts,
// one issue each with its code and path; `--draft` renders a projet whose every page, in both
// formats, says « PROJET » (the DOCX read as LibreOffice lays it out).
import { execFile, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run, tempDirs } from "../test-support/run";

const exec = promisify(execFile);
const has = (tool: string) => spawnSync("which", [tool]).status === 0;
const fresh = tempDirs("pacte-draft-");

/** The text of each page of a PDF, as pdftotext reads it (pages are separated by form feeds). */
async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await exec("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split("\f").slice(0, -1);
}

describe("pacte render of a template", () => {
  it("refuses the version to sign: one contract.placeholder error per waiting text, with its path; no file; a hint at --draft", async () => {
    const dir = fresh();
    expect((await run(dir, ["init", "--collectivite", "23D", "--out", "c.yaml"])).code).toBe(0);
    const r = await run(dir, ["render", "c.yaml", "--out", "sortie"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.includes("contract.placeholder"));
    expect(lines.map((l) => /\(([^)]+)\)/.exec(l)?.[1])).toEqual([
      "state.prefet.name",
      "collectivite.executive.name",
      "collectivite.deliberation.number",
      "actions[0].territory",
      "actions[1].territory",
      "actions[2].territory",
    ]);
    expect(lines.every((l) => /erreur contract\.placeholder \(/.test(l))).toBe(true);
    expect(r.stderr).toContain("Pour un projet qui garde ces textes d’attente : pacte render c.yaml --draft\n");
    expect(readdirSync(dir)).toEqual(["c.yaml"]);
  });

  it("--draft-date without --draft is a usage error", async () => {
    const dir = fresh();
    expect((await run(dir, ["init", "--collectivite", "23D", "--out", "c.yaml"])).code).toBe(0);
    const r = await run(dir, ["render", "c.yaml", "--draft-date", "2024-05-03"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--draft-date date un projet : ajoutez --draft");
    expect(readdirSync(dir)).toEqual(["c.yaml"]);
  });

  it.skipIf(!has("pdftotext") || !has("soffice"))("--draft renders a projet: « PROJET » on every page of the PDF and of the DOCX, « Projet du 3 mai 2024 » in the footer", async () => {
    const dir = fresh();
    expect((await run(dir, ["init", "--collectivite", "23D", "--out", "c.yaml"])).code).toBe(0);
    const r = await run(dir, ["render", "c.yaml", "--out", "sortie", "--draft", "--draft-date", "2024-05-03", "--no-pdfa"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = join(dir, "sortie");
    const base = readdirSync(out).find((f) => f.endsWith(".docx"))!.replace(/\.docx$/, "");
    await exec("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", join(dir, "lo"), join(out, `${base}.docx`)], { timeout: 170_000 });
    for (const pdf of [join(out, `${base}.pdf`), join(dir, "lo", `${base}.pdf`)]) {
      const pages = await pageTexts(pdf);
      expect(pages.length).toBeGreaterThan(3);
      const unmarked = pages.flatMap((text, i) => (/\bPROJET\b/.test(text) ? [] : [i + 1]));
      expect({ pdf, unmarked }).toEqual({ pdf, unmarked: [] });
      expect(pages.filter((text) => /Projet du 3\s+mai\s+2024/.test(text)).length).toBe(pages.length);
    }
  });
});
