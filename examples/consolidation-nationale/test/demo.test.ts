// The example runs as a person runs it, into a temporary folder: the CSV's columns sum to the
// totals the PDF prints (read back by pdftotext), and contracts read from a folder of inputs
// consolidate exactly as the samples do.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bordeauxInput, creuseInput } from "@pacte/contract/samples";
import { afterAll, describe, expect, it } from "vitest";

const folder = new URL("..", import.meta.url);
const work = mkdtempSync(join(tmpdir(), "pacte-example-consolidation-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const POPPLER = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;

const fold = (s: string) => s.replace(/[\s\u00A0\u202F\u2009]+/g, " ").replace(/[’']/g, "'").trim();
/** Cents of a CSV amount (« 41250,50 ») and of a printed one (« 41 250,50 € »). */
const csvCents = (s: string) => Number(s.replace(",", ""));
const printed = (cents: number) => `${Math.trunc(cents / 100).toLocaleString("fr-FR").replace(/[\u00A0\u202F]/g, " ")},${String(cents % 100).padStart(2, "0")} €`;

function csvColumnSum(file: string, column: string): number {
  const [header = "", ...lines] = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  const k = header.split(";").indexOf(column);
  // The example's titles hold no « ; »: a plain split is enough here.
  return lines.reduce((t, l) => t + csvCents(l.split(";")[k] ?? "0"), 0);
}

describe("examples/consolidation-nationale", () => {
  const out = join(work, "samples");
  it("consolidates the samples' contracts and reports into PDF, DOCX and CSV", () => {
    const stdout = execFileSync("npx", ["tsx", "src/main.ts", "--out", out], { cwd: folder, encoding: "utf8" });
    expect(stdout).toContain("Consolidation nationale : 2 contrats, 4 rapports (2024, 2025)");
    expect(readdirSync(out).sort()).toEqual(["consolidation-2024-2025.csv", "consolidation-2024-2025.docx", "consolidation-2024-2025.pdf", "consolidation-2024-2025.xlsx"]);
  }, 120_000);

  it.skipIf(!POPPLER)("prints in the PDF the totals the CSV's columns sum to", () => {
    const text = fold(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", join(out, "consolidation-2024-2025.pdf"), "-"], { encoding: "utf8" }));
    const csv = join(out, "consolidation-2024-2025.csv");
    expect(text).toContain(fold(`Engagé, tous financeurs ${printed(csvColumnSum(csv, "engage_total"))}`));
    expect(text).toContain(fold(`Dépensé, tous financeurs ${printed(csvColumnSum(csv, "depense_total"))}`));
    expect(text).toContain(fold(`Part de l'État due après application des règles ${printed(csvColumnSum(csv, "part_etat_due"))}`));
  });

  it("reads the contracts from a folder of inputs (--entrees) with the same result", () => {
    const entrees = join(work, "entrees");
    mkdirSync(entrees);
    writeFileSync(join(entrees, "creuse.json"), JSON.stringify(creuseInput()));
    writeFileSync(join(entrees, "bordeaux.json"), JSON.stringify(bordeauxInput()));
    const out2 = join(work, "entrees-out");
    execFileSync("npx", ["tsx", "src/main.ts", "--entrees", entrees, "--out", out2], { cwd: folder, encoding: "utf8" });
    expect(readFileSync(join(out2, "consolidation-2024-2025.csv"), "utf8")).toBe(readFileSync(join(out, "consolidation-2024-2025.csv"), "utf8"));
    expect(Buffer.compare(readFileSync(join(out2, "consolidation-2024-2025.pdf")), readFileSync(join(out, "consolidation-2024-2025.pdf")))).toBe(0);
  }, 120_000);
});
