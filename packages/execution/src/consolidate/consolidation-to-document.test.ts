import { documentPlainText, validateDocument, walkBlocks, type Heading } from "@pacte/document";
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
