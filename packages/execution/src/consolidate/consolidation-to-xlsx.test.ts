import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { smallConsolidation } from "../test-support/consolidation";
import { consolidationToXlsx } from "./consolidation-to-xlsx";

const c = smallConsolidation();
const work = mkdtempSync(join(tmpdir(), "pacte-execution-xlsx-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// LibreOffice opens an XLSX only with its Calc component (Debian: libreoffice-calc-nogui).
const CALC = spawnSync("sh", ["-c", "command -v soffice && ls /usr/lib/libreoffice/program/libscfiltlo.so"]).status === 0;

/** The values of a sheet, row by row, as the XML holds them. */
function sheetValues(bytes: Uint8Array, n: number): string[][] {
  const xml = strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`] ?? new Uint8Array());
  return [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) => [...(row[1] ?? "").matchAll(/<c [^>]*?(?:\/>|>(.*?)<\/c>)/g)].map((cell) => (cell[1] ?? "").replace(/<[^>]+>/g, "")));
}

/** A CSV line of LibreOffice's export: `,`-separated, `"`-quoted. */
function csvLine(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index < line.length || m[1] !== "").map((m) => (m[1] ?? "").replace(/^"|"$/g, "").replace(/""/g, '"'));
}
const cents = (euros: string) => Math.round(Number(euros) * 100);

describe("consolidationToXlsx", () => {
  const bytes = consolidationToXlsx(c);

  it("holds one line per action, whose amounts sum to the consolidation's totals to the cent, and the totals by year", () => {
    const [header, ...rows] = sheetValues(bytes, 1);
    expect(rows).toHaveLength(c.rows.length);
    const k = (header ?? []).indexOf("Dépensé total");
    expect(rows.reduce((t, r) => t + cents(r[k] ?? "0"), 0)).toBe(c.total.spent.total);
    const byYear = sheetValues(bytes, 2);
    expect(byYear.at(-1)?.slice(0, 3)).toEqual(["Total", String(c.total.reports), (c.total.committed.total / 100).toFixed(2)]);
  });

  it("gives the same bytes for the same consolidation", () => {
    expect(Buffer.compare(consolidationToXlsx(c), bytes)).toBe(0);
  });

  it.skipIf(!CALC)("opens in LibreOffice with the same totals", () => {
    const file = join(work, "consolidation.xlsx");
    writeFileSync(file, bytes);
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "lo")}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false", "--outdir", work, file], { stdio: "ignore", timeout: 110_000 });
    const [header = "", ...lines] = readFileSync(join(work, "consolidation.csv"), "utf8").trimEnd().split(/\r?\n/);
    const columns = csvLine(header);
    const sum = (name: string) => lines.reduce((t, l) => t + cents(csvLine(l)[columns.indexOf(name)] ?? "0"), 0);
    expect(lines).toHaveLength(c.rows.length);
    expect(sum("Engagé total")).toBe(c.total.committed.total);
    expect(sum("Dépensé total")).toBe(c.total.spent.total);
    expect(sum("Part de l’État due")).toBe(c.total.stateDue);
  }, 120_000);
});
