import { documentPlainText, validateDocument, walkBlocks, type Chart, type Heading } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { euros } from "../compose/internal/figures";
import { smallConsolidation } from "../test-support/consolidation";
import { consolidationToDocument } from "./consolidation-to-document";

const c = smallConsolidation();
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, " ").replace(/\s+/g, " ");

describe("consolidationToDocument", () => {
  const doc = consolidationToDocument(c, { createdAt: "2026-09-15", author: "Délégation interministérielle" });
  const text = plain(documentPlainText(doc).join(" "));

  it("is a valid document dated by its options, with a section per grouping and an annex by contract", () => {
    expect(validateDocument(doc).success).toBe(true);
    expect(doc.meta.createdAt).toBe("2026-09-15");
    expect(doc.meta.title).toBe("Consolidation nationale des rapports d’exécution – années 2024 à 2025");
    const headings = [...walkBlocks(doc.body, ["body"])].map((b) => b.block).filter((b): b is Heading => b.type === "heading");
    expect(headings.map((h) => h.text)).toEqual(["Synthèse", "Par année", "Par axe du Pacte", "Par région", "Par type de collectivité", "Indicateurs communs", "Par contrat"]);
  });

  it("draws committed against spent by year and by axis, spent by funder, and the indicators over the years", () => {
    const charts = [...walkBlocks(doc.body, ["body"])].map((b) => b.block).filter((b): b is Chart => b.type === "chart");
    const [byYear, byAxis, byFunder] = charts;
    expect(byYear?.categories).toEqual(c.byYear.map((y) => String(y.year)));
    expect(byYear?.series.map((x) => x.values)).toEqual([c.byYear.map((y) => y.committed.total), c.byYear.map((y) => y.spent.total)]);
    expect(byAxis?.series[1]?.values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(c.total.spent.total);
    expect(byFunder?.kind).toBe("stackedBar");
    expect(byFunder?.series.flatMap((x) => x.values).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(c.total.spent.total);
    const lines = charts.filter((x) => x.kind === "line");
    const codes = new Set(c.indicators.map((i) => i.code));
    const overYears = [...codes].filter((code) => c.indicators.filter((i) => i.code === code).length >= 2);
    expect(lines).toHaveLength(overYears.length);
    for (const line of lines) expect(line.series.map((x) => x.name)).toEqual(["Cible", "Réalisé"]);
  });

  it("draws one line chart per référentiel code reported over two years or more", () => {
    const indicator = (code: string, year: number, target: number, value: number) => ({ code, label: `Indicateur ${code}`, unit: "jeunes", year, reports: 2, target, value });
    const withIndicators = { ...c, indicators: [indicator("IND-1", 2024, 100, 80), indicator("IND-1", 2025, 120, 130), indicator("IND-2", 2024, 10, 5)] };
    const charts = [...walkBlocks(consolidationToDocument(withIndicators, { createdAt: "2026-09-15" }).body, ["body"])]
      .map((b) => b.block)
      .filter((b): b is Chart => b.type === "chart" && b.kind === "line");
    expect(charts).toEqual([
      expect.objectContaining({
        title: "Indicateur IND-1 (jeunes) : cibles et résultats par année",
        categories: ["2024", "2025"],
        series: [
          { name: "Cible", values: [100, 120] },
          { name: "Réalisé", values: [80, 130] },
        ],
      }),
    ]);
  });

  it("prints the same total in the key figures and in the total row of every grouping", () => {
    const total = plain(euros(c.total.committed.total));
    expect(text).toContain(`Engagé, tous financeurs ${total}`);
    const totalRows = text.match(new RegExp(`Total \\d+ ${total.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "g")) ?? [];
    // By year, by axis, by region, by kind, and the annex by contract: five total rows with the grand total committed.
    expect(totalRows).toHaveLength(5);
    expect(text).toContain(`Soldes à verser ${plain(euros(c.total.balance))}`);
    expect(text).toContain("Nouvelle-Aquitaine");
    expect(text).toContain("Métropole");
  });

  it("says so when no indicator carries a référentiel code, and refuses a date that is not ISO", () => {
    expect(text).toContain("Aucun indicateur des rapports consolidés ne porte de code du référentiel.");
    expect(() => consolidationToDocument(c, { createdAt: "15/09/2026" })).toThrow();
  });

  it("is the same document run after run", () => {
    expect(consolidationToDocument(c, { createdAt: "2026-09-15", author: "Délégation interministérielle" })).toEqual(doc);
  });
});
