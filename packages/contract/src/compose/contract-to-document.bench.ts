import { bench, describe } from "vitest";
import { amendmentToDocument } from "./amendment-to-document";
import { createAmendment } from "../amend/amendment";
import { creuseContract, creuseInput } from "../test-support/fixtures";
import { contractToDocument } from "./contract-to-document";

// Composition time is vitest's "mean" column (ms per document); rendering to DOCX or PDF is not included.
const creuse = creuseContract();
const revised = creuseInput();
const f = revised.actions[2]!.funding["2025"]!;
f.state = (f.state as number) - 100_000;
f.collectivite = (f.collectivite as number) - 100_000;
const g = revised.actions[8]!.funding["2025"]!;
g.state = (g.state as number) + 100_000;
g.collectivite = (g.collectivite as number) + 100_000;
const made = createAmendment(creuse, revised, { number: 1, date: "2025-03-14" });
if (!made.success) throw new Error("the bench amendment must be valid");
const amendment = made.data;

describe("composition of the 12-action Creuse CLS into a Document", () => {
  bench("contractToDocument (with annexes)", () => {
    contractToDocument(creuse);
  });
  bench("contractToDocument (without annexes)", () => {
    contractToDocument(creuse, { includeAnnexes: false });
  });
});

describe("composition of an avenant", () => {
  bench("amendmentToDocument (money moved between two actions)", () => {
    amendmentToDocument(amendment);
  });
});
