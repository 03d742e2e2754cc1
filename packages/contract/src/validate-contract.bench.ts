import { bench, describe } from "vitest";
import { ContractInputSchema } from "./input";
import { bordeauxInput, creuseInput } from "./test-support/fixtures";
import { validateContract } from "./validate-contract";

// Throughput in contracts a second is vitest's "hz" column. The plain schema parse alongside shows
// what the resolution of the parties and the rules cost on top of it.
const creuse = creuseInput();
const bordeaux = bordeauxInput();

describe("validation of the 12-action Creuse CLS (contracts a second)", () => {
  bench("validateContract: schema + profile + parties + rules", () => {
    const r = validateContract(creuse);
    if (!r.success) throw new Error("the fixture must be valid");
  });
  bench("ContractInputSchema.safeParse alone", () => {
    const r = ContractInputSchema.safeParse(creuse);
    if (!r.success) throw new Error("the fixture must parse");
  });
});

describe("validation of the 8-action Bordeaux Métropole CLS", () => {
  bench("validateContract", () => {
    validateContract(bordeaux);
  });
});
