import { formatPath } from "@pacte/issues";
import { describe, expect, it } from "vitest";
import type { ExecutionInput } from "./execution-input";
import { parseContract } from "@pacte/contract";
import { calpaeInput } from "@pacte/contract/samples";
import { PacteError } from "@pacte/issues";
import { settleExecution } from "./compute/settle-execution";
import { creuse2024, creuseContract } from "./test-support/fixtures";
import { validateExecution } from "./validate-execution";

const contract = creuseContract();
type Action = ExecutionInput["actions"][number];

/** The Creuse report with some actions changed (by id) — a fresh copy each time. */
function edited(change: (actions: Action[]) => Action[], top: Partial<ExecutionInput> = {}): ExecutionInput {
  const base = creuse2024();
  return { ...base, ...top, actions: change(base.actions) };
}
const replace = (id: string, f: (a: Action) => Action) => (actions: Action[]) => actions.map((a) => (a.id === id ? f(a) : a));
/** Narrow and plain no-break spaces read as spaces, for assertions written with plain ones. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, " ");
const lines = (r: ReturnType<typeof validateExecution>) => [...(r.success ? [] : r.issues), ...r.warnings].map((i) => `${formatPath(i.path)}  ${i.code}  ${i.severity}`);

describe("validateExecution", () => {
  it("accepts the Creuse's 2024 report as written, amounts read into exact cents", () => {
    const r = validateExecution(creuse2024(), contract);
    expect(lines(r)).toEqual([]);
    if (!r.success) return;
    expect(r.data.actions).toHaveLength(12);
    const a32 = r.data.actions.find((a) => a.id === "A3.2");
    expect(a32?.spent).toEqual({ state: 4125050, collectivite: 4380000, others: [{ name: "CAF de la Creuse", amount: 1500000 }] });
    expect(r.data.actions[0]?.indicators).toEqual([{ indicator: "Places réservées", index: 0, value: 28 }]);
  });

  it("reports an unknown action, an overspend and a parity break at once, each with its path and a French message", () => {
    const input = edited((actions) => [
      ...replace("A1.2", (a) => ({ ...a, spent: { state: "26 000", collectivite: "26 000" } }))(actions).map((a) =>
        a.id === "A3.3" ? { ...a, spent: { state: "55 000", collectivite: "50 000" } } : a,
      ),
      { id: "A9.1", status: "completed", spent: { state: 0, collectivite: 0 } },
    ]);
    const r = validateExecution(input, contract);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => `${formatPath(i.path)}  ${i.code}  ${plain(i.message)}`)).toMatchInlineSnapshot(`
      [
        "actions[1].spent.state  execution.overspend  Dépense supérieure à l’engagement pour l’action « A1.2 » en 2024 : 26 000,00 € de crédits de l’État déclarés pour 25 000,00 € engagés, soit 1 000,00 € de trop ; les crédits de l’État ne peuvent pas financer plus que leur engagement.",
        "actions[7].spent  execution.parity  Parité non respectée à l’exécution pour l’action « A3.3 » en 2024 : l’État a dépensé 55 000,00 €, la collectivité 50 000,00 €, soit 5 000,00 € de crédits de l’État sans contrepartie ; chaque euro de l’État est accompagné d’un euro de la collectivité.",
        "actions[12].id  execution.unknown_action  Action inconnue : « A9.1 » n’est pas une action du contrat ; vouliez-vous dire « A1.1 » ?",
      ]
    `);
  });

  it("says it in English on request", () => {
    const input = edited(replace("A1.2", (a) => ({ ...a, spent: { state: "26 000", collectivite: "26 000" } })));
    const r = validateExecution(input, contract, { lang: "en" });
    expect(r.success ? [] : r.issues.map((i) => plain(i.message))).toEqual([
      'Spending above the commitment for action "A1.2" in 2024: 26 000,00 € of the State declared for 25 000,00 € committed, 1 000,00 € too much; the State\'s money cannot fund more than its commitment.',
    ]);
  });

  it.each([
    ["12,345", "money.ambiguous"],
    ["1 234,567", "money.too_many_decimals"],
    ["-500", "money.negative"],
    ["12 5OO", "money.format"],
    [12.345, "money.too_many_decimals"],
  ])("refuses the amount %j (%s), quoting what was written", (written, code) => {
    const r = validateExecution(edited(replace("A1.2", (a) => ({ ...a, spent: { state: written, collectivite: 25000 } }))), contract);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [formatPath(i.path), i.code])).toEqual([["actions[1].spent.state", code]]);
    expect(r.issues[0]?.message).toContain(String(written));
  });

  it("does not let a malformed amount hide an unknown action in another entry, nor call the malformed one missing", () => {
    const input = edited((actions) => [
      ...replace("A1.2", (a) => ({ ...a, spent: { state: "vingt-cinq mille", collectivite: 25000 } }))(actions),
      { id: "A3.9", status: "completed", spent: { state: 0, collectivite: 0 } },
    ]);
    expect(lines(validateExecution(input, contract))).toEqual(["actions[1].spent.state  money.format  error", "actions[12].id  execution.unknown_action  error"]);
  });

  it("reports a missing action, a duplicate, an abandoned action without reason, and an unknown indicator with the nearest one", () => {
    const input = edited((actions) => {
      const out = actions.filter((a) => a.id !== "A4.3").map((a) => (a.id === "A1.5" ? { ...a, reason: undefined } : a));
      const a11 = out[0]!;
      return [{ ...a11, indicators: [{ indicator: "Places reservees", value: 28 }] }, ...out.slice(1), { ...a11 }];
    });
    expect(lines(validateExecution(input, contract))).toEqual([
      "actions[0].indicators[0].indicator  execution.unknown_indicator  error",
      "actions[4].reason  execution.reason_required  error",
      "actions[11].id  execution.duplicate_action  error",
      "actions  execution.missing_action  error",
      // The first A1.1 names its indicator wrongly, so its target has no value.
      "actions[0].indicators  execution.missing_indicator  warning",
    ]);
    const r = validateExecution(input, contract);
    expect(r.success ? undefined : r.issues[0]?.message).toBe(
      "Indicateur inconnu pour l’action « A1.1 » : « Places reservees » ; vouliez-vous dire « Places réservées » ? Indicateurs du contrat : « Places réservées ».",
    );
  });

  it("checks the year, the contract, and the report's date against the year's end and the deadline", () => {
    expect(lines(validateExecution(edited((a) => a, { year: 2031 }), contract))).toEqual(["year  execution.year_outside  error"]);
    expect(lines(validateExecution(edited((a) => a, { contract: "CLS-87-2024-001" }), contract))).toEqual(["contract  execution.contract_mismatch  error"]);
    expect(lines(validateExecution(edited((a) => a, { date: "2024-11-30" }), contract))).toEqual(["date  execution.date_before_year_end  error"]);
    const late = validateExecution(edited((a) => a, { date: "2025-07-15" }), contract);
    expect(late.success).toBe(true);
    expect(late.warnings.map((w) => plain(w.message))).toEqual([
      "Rapport remis le 15 juillet 2025, après l’échéance du 30 juin 2025 (15 jours de retard) ; le solde de l’année ne peut être versé qu’après son approbation.",
    ]);
  });

  it("warns about partners that spent more than committed and funders the contract does not name", () => {
    const input = edited(
      replace("A1.1", (a) => ({ ...a, spent: { state: "38 500", collectivite: "41 000", others: [{ name: "CAF de la Creuse", amount: "11 000" }, { name: "MSA du Limousin", amount: 500 }] } })),
    );
    const r = validateExecution(input, contract);
    expect(r.success).toBe(true);
    expect(lines(r)).toEqual([
      "actions[0].spent.collectivite  execution.overspend_partner  warning",
      "actions[0].spent.others[0].amount  execution.overspend_partner  warning",
      "actions[0].spent.others[1].name  execution.unknown_funder  warning",
    ]);
  });

  it("makes a parity break a warning when the parameters say so", () => {
    const input = edited(replace("A3.3", (a) => ({ ...a, spent: { state: "55 000", collectivite: "50 000" } })));
    const r = validateExecution(input, contract, { parameters: { parityAtExecution: "warning" } });
    expect(r.success).toBe(true);
    expect(lines(r)).toEqual(["actions[7].spent  execution.parity  warning"]);
  });

  it("refuses unknown keys and invisible characters in comments", () => {
    const input = edited(replace("A1.2", (a) => ({ ...a, comment: "ok\u202Eko", statut: "x" }) as Action));
    expect(lines(validateExecution(input, contract))).toEqual([
      "actions[1].comment  text.invisible_character  error",
      "actions[1]  schema.unrecognized_keys  error",
    ]);
  });

  it("refuses a character no renderer draws in a comment, at its path, and accepts Vietnamese", () => {
    const input = edited(replace("A1.2", (a) => ({ ...a, comment: "Objectif atteint 🎉" })));
    expect(lines(validateExecution(input, contract))).toEqual(["actions[1].comment  document.unsupported_character  error"]);
    const vietnamese = edited(replace("A1.2", (a) => ({ ...a, comment: "Suivi par Nguyễn Thị Lộc" })));
    expect(validateExecution(vietnamese, contract).success).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = creuse2024();
    const copy = structuredClone(input);
    validateExecution(input, contract);
    expect(input).toEqual(copy);
  });

  it("refuses a report on a contract without the Pacte's axes (a CALPAE), in validation and in the settlement", () => {
    const calpae = parseContract(calpaeInput());
    const input = { contract: calpae.reference, year: calpae.years[0], date: "2020-06-30", actions: [] };
    const r = validateExecution(input, calpae);
    expect(r.success).toBe(false);
    const noAxis = (r.success ? [] : r.issues).find((i) => i.code === "execution.no_axis");
    expect(noAxis?.path).toEqual(["contract"]);
    expect(noAxis?.message).toMatch(/^Rapport impossible pour ce contrat : le rapport d’exécution suit les axes du Pacte des solidarités, et l’action « .+ » du contrat « .+ » \(profil calpae-2019\) n’en a pas/);
    const settle = () => settleExecution({ contract: calpae.reference, year: calpae.years[0] ?? 2019, date: "2020-06-30", actions: [] } as never, calpae);
    expect(settle).toThrow(PacteError);
  });
});
