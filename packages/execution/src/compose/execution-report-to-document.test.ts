import { defineProfile, CLS_DEPARTEMENT_2024, parseContract, type Contract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { documentPlainText, validateDocument, walkBlocks, type Chart, type Heading } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { settleExecution } from "../compute/settle-execution";
import { creuse2024, creuseContract } from "../test-support/fixtures";
import type { ExecutionInput } from "../execution-input";
import { validateExecution, type ExecutionOptions } from "../validate-execution";
import { executionReportToDocument } from "./execution-report-to-document";

const contract = creuseContract();
const r = validateExecution(creuse2024(), contract);
if (!r.success) throw new Error("the Creuse's 2024 report should be valid");
const execution = r.data;
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, " ");

describe("executionReportToDocument", () => {
  const doc = executionReportToDocument(execution, contract);
  const text = plain(documentPlainText(doc).join(" ")).replace(/\s+/g, " ");

  it("is a valid document dated by the report", () => {
    expect(validateDocument(doc).success).toBe(true);
    expect(doc.meta.createdAt).toBe("2025-06-12");
  });

  it("has a title page, a summary, one section per axis, one per action, the decision and the raw figures", () => {
    const headings = [...walkBlocks(doc.body, ["body"])].map((b) => b.block).filter((b): b is Heading => b.type === "heading");
    expect(headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual(["Synthèse", "Exécution par axe", "Actions", "Solde et proposition de décision", "Données brutes"]);
    expect(headings.filter((h) => h.id.startsWith("axe-")).map((h) => h.id)).toEqual(["axe-1", "axe-3", "axe-4"]);
    expect(headings.filter((h) => h.id.startsWith("action-"))).toHaveLength(12);
    expect(text).toContain("Rapport d’exécution 2024");
    expect(text).toContain("Le rapport porte sur 12 actions : 8 réalisées, 3 en cours, 1 abandonnée.");
  });

  it("draws committed against spent by axis, and spent by axis and funder, from the settlement", () => {
    const s = settleExecution(execution, contract);
    const charts = [...walkBlocks(doc.body, ["body"])].map((b) => b.block).filter((b): b is Chart => b.type === "chart");
    expect(charts.map((c) => [c.kind, c.title])).toEqual([
      ["bar", "Engagé et dépensé par axe en 2024"],
      ["stackedBar", "Dépensé par axe et par financeur en 2024"],
    ]);
    const [bars, stacked] = charts;
    expect(bars?.categories).toEqual(["Axe 1", "Axe 3", "Axe 4"]);
    expect(bars?.series).toEqual([
      { name: "Engagé", values: s.byAxis.map((a) => a.committed.total) },
      { name: "Dépensé", values: s.byAxis.map((a) => a.spent.total) },
    ]);
    // The stacks add up to what each axis spent, to the cent.
    s.byAxis.forEach((a, i) => expect(stacked?.series.reduce((sum, x) => sum + (x.values[i] ?? 0), 0)).toBe(a.spent.total));
    expect(text).toContain("Données du graphique : Dépensé par axe et par financeur en 2024");
  });

  it("prints the balance of the hand computation and the proposal to the préfète", () => {
    expect(text).toContain("Solde à verser 36 871,25 €");
    expect(text).toContain("Il est proposé à la préfète de la Creuse :");
    expect(text).toContain("de verser à la collectivité le solde de 36 871,25 € au titre de 2024.");
    expect(text).toContain("Motif de l’abandon : Poste de puéricultrice non pourvu");
  });

  it("gives in its annex every funder's committed and spent amounts, other funders included", () => {
    // A1.1: the CAF committed 10 000 € in 2024 and spent 9 000 €.
    expect(text).toContain("A1.1 CAF de la Creuse 10 000,00 € 9 000,00 €");
  });

  it("shows each indicator against its target with its rate", () => {
    expect(text).toContain("Places réservées places 20 30 28 93,3 %");
    expect(text).toContain("Jeunes sans solution à 18 ans jeunes 12 8 9 75,0 %");
  });

  it("is the same document run after run, and uses a settlement given to it", () => {
    expect(executionReportToDocument(execution, contract)).toEqual(doc);
    const settlement = settleExecution(execution, contract);
    expect(executionReportToDocument(execution, contract, { settlement })).toEqual(doc);
  });
});

describe("executionReportToDocument, the decision proposed to the préfet", () => {
  const textOf = (input: ExecutionInput, c: Contract = contract, options: ExecutionOptions = {}) => {
    const checked = validateExecution(input, c, options);
    if (!checked.success) throw new Error(checked.issues.map((i) => i.message).join("\n"));
    return plain(documentPlainText(executionReportToDocument(checked.data, c, options)).join(" ")).replace(/\s+/g, " ");
  };
  // A3.3 stopped in March (9 000 € spent by each side), A3.4 spent nothing: the State owes
  // 323 231,25 € and paid 360 000,00 € in advance, 36 768,75 € too much (see settle-execution.test.ts).
  const underspent = (): ExecutionInput => {
    const base = creuse2024();
    return {
      ...base,
      actions: base.actions.map((a) =>
        a.id === "A3.3"
          ? { ...a, status: "abandoned", reason: "Marché résilié en mars.", spent: { state: "9 000", collectivite: "9 000" } }
          : a.id === "A3.4"
            ? { ...a, status: "in-progress", spent: { state: 0, collectivite: 0 } }
            : a,
      ),
    };
  };

  it("proposes a titre de perception for the money paid beyond the due", () => {
    const text = textOf(underspent());
    expect(text).toContain("Trop-perçu à reverser 36 768,75 €");
    expect(text).toContain("d’émettre un titre de perception de 36 768,75 € au titre du trop-perçu de 2024.");
    expect(text).not.toContain("de verser à la collectivité le solde");
  });

  it("proposes to carry it over where the contract allows it and the parameters treat abandoned actions like the others", () => {
    const carrying = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-23-report", clawback: { unspent: "carried-over" } });
    const c = parseContract({ ...creuseInput(), profile: "cls-23-report" }, { profiles: [carrying] });
    const text = textOf(underspent(), c, { parameters: { abandonedUnspent: "as-profile" } });
    expect(text).toContain("Trop-perçu reporté sur l’année suivante 36 768,75 €");
    expect(text).toContain("de reporter 36 768,75 € sur les crédits de 2025, en déduction de l’avance.");
  });

  it("counts a single action in the singular", () => {
    const s = settleExecution(execution, contract);
    const doc = executionReportToDocument(execution, contract, { settlement: { ...s, byAction: s.byAction.slice(0, 1) } });
    expect(plain(documentPlainText(doc).join(" ")).replace(/\s+/g, " ")).toContain("Le rapport porte sur 1 action : 1 réalisée.");
  });

  it("states the rules it applied: the advance or the amount really paid, and where the excess goes", () => {
    expect(textOf(creuse2024())).toContain("Le versement déjà effectué est l’avance de l’année selon l’échéancier du contrat. Le trop-perçu est reversé à l’État.");
    const paid = textOf(creuse2024(), contract, { parameters: { paidBeforeReport: 40000000, unspent: "carried-over" } });
    expect(paid).toContain(
      "Le versement déjà effectué est celui que les services de l’État ont constaté. Le trop-perçu est reporté sur l’année suivante, sauf la part non dépensée des actions abandonnées, reversée à l’État.",
    );
    // 400 000,00 − 396 871,25 = 3 128,75 € paid too much, all of it within A1.5's unspent money (15 800 €): recovered.
    expect(paid).toContain("d’émettre un titre de perception de 3 128,75 € au titre du trop-perçu de 2024.");
  });

  it("says how late a report is", () => {
    const text = textOf({ ...creuse2024(), date: "2025-07-10" });
    expect(text).toContain("Il est remis le 10 juillet 2025, 10 jours après l’échéance du 30 juin 2025.");
  });
});
