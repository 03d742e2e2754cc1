// The contracts the toolkit ships, as documents: the demo, the examples, an avenant and its
// consolidated contract, and a contract of each profile; with the execution report of the
// rapport-execution example, every document an example writes from a contract.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  amendmentToDocument,
  consolidatedContractToDocument,
  contractToDocument,
  createAmendment,
  parseContract,
  parseContractText,
} from "@pacte/contract";
import { bordeauxInput, calpaeInput, creuseInput } from "@pacte/contract/samples";
import type { Document } from "@pacte/document";
import { executionReportToDocument, settleExecution, validateExecution } from "@pacte/execution";
import { parse } from "yaml";

const exampleText = (path: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${path}`, import.meta.url)), "utf8");

/** An example's contract input (YAML), parsed and checked for form. */
export const example = (path: string): unknown => {
  const text = exampleText(path);
  const parsed = parseContractText(text, { format: "yaml" });
  if (!parsed.success) throw new Error(`${path}: ${parsed.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
};

/** Each shipped contract document, by a short name. */
export function shippedContracts(): { readonly name: string; readonly document: Document }[] {
  const demo = example("contrat-departement/contrat.yaml");
  const amendment = createAmendment(demo, example("avenant/contrat-revise.yaml"), example("avenant/avenant.yaml") as { number: number; date: string });
  if (!amendment.success) throw new Error(`avenant: ${amendment.issues.map((i) => i.message).join("; ")}`);
  return [
    { name: "demo-creuse", document: contractToDocument(parseContract(demo)) },
    { name: "example-metropole", document: contractToDocument(parseContract(example("contrat-metropole/contrat.yaml"))) },
    { name: "avenant", document: amendmentToDocument(amendment.data) },
    { name: "consolidated", document: consolidatedContractToDocument(amendment.data.revised, [amendment.data]) },
    { name: "profile-cls-departement", document: contractToDocument(parseContract(creuseInput())) },
    { name: "profile-cls-metropole", document: contractToDocument(parseContract(bordeauxInput())) },
    { name: "profile-calpae", document: contractToDocument(parseContract(calpaeInput())) },
  ];
}

/** The execution report the rapport-execution example writes: its 2024 report on the demo's contract, with the settlement. */
export function executionReportDocument(): Document {
  const contract = parseContract(creuseInput());
  const checked = validateExecution(parse(exampleText("rapport-execution/rapport-2024.yaml")), contract);
  if (!checked.success) throw new Error(`rapport-execution: ${checked.issues.map((i) => i.message).join("; ")}`);
  return executionReportToDocument(checked.data, contract, { settlement: settleExecution(checked.data, contract) });
}

/** The shipped contracts and the execution report, by a short name. */
export function shippedDocuments(): { readonly name: string; readonly document: Document }[] {
  return [...shippedContracts(), { name: "rapport-execution", document: executionReportDocument() }];
}
