// The contracts the toolkit ships, as documents: the demo, the examples, an avenant and its
// consolidated contract, and a contract of each profile.
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

const example = (path: string): unknown => {
  const text = readFileSync(fileURLToPath(new URL(`../../examples/${path}`, import.meta.url)), "utf8");
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
