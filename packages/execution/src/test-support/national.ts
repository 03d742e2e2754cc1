// A national campaign for the consolidation's bench and scale test: 100 collectivities with
// departmental powers (copies of the Creuse's contract under other references) and 22 métropoles
// (copies of Bordeaux's), each with a generated report for each of its four years.
import { parseContract, type Contract } from "@pacte/contract";
import { bordeauxInput } from "@pacte/contract/samples";
import type { Execution } from "../execution";
import { creuseContract } from "./fixtures";
import { generatedExecution } from "./generated";

export function nationalCampaign(): { contracts: Contract[]; reports: Execution[] } {
  const creuse = creuseContract();
  const bordeaux = parseContract(bordeauxInput());
  const contracts = [
    ...Array.from({ length: 100 }, (_, k): Contract => ({ ...creuse, reference: `CLS-D${String(k).padStart(3, "0")}-2024` })),
    ...Array.from({ length: 22 }, (_, k): Contract => ({ ...bordeaux, reference: `CLS-M${String(k).padStart(2, "0")}-2024` })),
  ];
  const reports = contracts.flatMap((c, n) =>
    c.years.map((year) => generatedExecution(c, year, (k) => ({ state: 700 + ((n * 37 + k * 11 + year) % 300), collectivite: 800 + ((n * 13 + k * 7) % 200), ...((n + k + year) % 17 === 0 ? { status: "abandoned" as const } : {}) }))),
  );
  return { contracts, reports };
}
