// A small national consolidation for the tests of its outputs: the Creuse (2024 hand-checked
// report, 2025 generated), Bordeaux Métropole (2024 generated).
import { parseContract } from "@pacte/contract";
import { bordeauxInput } from "@pacte/contract/samples";
import { consolidate, type Consolidation } from "../consolidate/consolidate";
import { validateExecution } from "../validate-execution";
import { creuse2024, creuseContract } from "./fixtures";
import { generatedExecution } from "./generated";

export function smallConsolidation(): Consolidation {
  const creuse = creuseContract();
  const bordeaux = parseContract(bordeauxInput());
  const checked = validateExecution(creuse2024(), creuse);
  if (!checked.success) throw new Error("the Creuse's 2024 report should be valid");
  const r = consolidate(
    [creuse, bordeaux],
    [checked.data, generatedExecution(creuse, 2025, () => ({ state: 900, collectivite: 950 })), generatedExecution(bordeaux, 2024, () => ({ state: 800, collectivite: 800 }))],
  );
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return r.data;
}
