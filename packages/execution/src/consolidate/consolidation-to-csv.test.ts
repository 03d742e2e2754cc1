import { describe, expect, it } from "vitest";
import { smallConsolidation } from "../test-support/consolidation";
import { CONSOLIDATION_CSV_COLUMNS, consolidationToCsv } from "./consolidation-to-csv";

const c = smallConsolidation();

/** A minimal RFC 4180 reader for `;`: quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') (field += '"'), k++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") row.push(field), (field = "");
    else if (ch === "\r" && text[k + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), k++;
    else field += ch;
  }
  return rows;
}
const cents = (euros: string): number => {
  const [whole = "0", frac = "00"] = euros.split(",");
  return Number(whole) * 100 + Number(frac);
};

describe("consolidationToCsv", () => {
  const text = consolidationToCsv(c);
  const [header, ...rows] = readCsv(text.replace(/^\uFEFF/, ""));

  it("writes a UTF-8 BOM, the header and one line per action of each report, CRLF-terminated", () => {
    expect(text.startsWith("\uFEFFcontrat;collectivite;type;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(consolidationToCsv(c, { bom: false }).startsWith("contrat;")).toBe(true);
    expect(header).toEqual([...CONSOLIDATION_CSV_COLUMNS]);
    expect(rows).toHaveLength(c.rows.length);
    expect(rows.every((r) => r.length === CONSOLIDATION_CSV_COLUMNS.length)).toBe(true);
  });

  it("writes amounts a French spreadsheet reads, whose columns sum to the consolidation's totals to the cent", () => {
    const col = (name: (typeof CONSOLIDATION_CSV_COLUMNS)[number]) => CONSOLIDATION_CSV_COLUMNS.indexOf(name);
    const sum = (name: (typeof CONSOLIDATION_CSV_COLUMNS)[number]) => rows.reduce((t, r) => t + cents(r[col(name)] ?? ""), 0);
    expect(sum("engage_total")).toBe(c.total.committed.total);
    expect(sum("depense_etat")).toBe(c.total.spent.state);
    expect(sum("depense_total")).toBe(c.total.spent.total);
    expect(sum("part_etat_due")).toBe(c.total.stateDue);
    const a32 = rows.find((r) => r[col("contrat")] === "CLS-23-2024-001" && r[col("annee")] === "2024" && r[col("action")] === "A3.2");
    expect(a32?.[col("depense_etat")]).toBe("41250,50");
    expect(a32?.[col("statut")]).toBe("en cours");
    expect(a32?.[col("region")]).toBe("Nouvelle-Aquitaine");
  });

  it("quotes a field that holds the separator or a quote", () => {
    const row = c.rows[0];
    if (row === undefined) throw new Error("no row");
    const tricky = consolidationToCsv({ ...c, rows: [{ ...row, title: 'Aide « "vacances" » ; été' }] }, { bom: false });
    expect(tricky).toContain(';"Aide « ""vacances"" » ; été";');
    expect(readCsv(tricky)[1]?.[col("intitule")]).toBe('Aide « "vacances" » ; été');
  });
});

const col = (name: (typeof CONSOLIDATION_CSV_COLUMNS)[number]) => CONSOLIDATION_CSV_COLUMNS.indexOf(name);
