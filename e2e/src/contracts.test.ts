import { describe, expect, it } from "vitest";
import { shippedContracts } from "./contracts";
import { CAN_COMPARE, SKIP_REASON, compareFormats } from "./same-words";

// Issue « One place decides »: the demo contract, the métropole and avenant examples, and a
// contract of each profile say the same words in the same order in the DOCX (through
// LibreOffice) and in the PDF, page furniture aside (headers, footers, TOC page numbers).
describe("the shipped contracts say the same thing in both formats", () => {
  if (!CAN_COMPARE) {
    it.skip(SKIP_REASON, () => {});
    return;
  }

  it(
    "the demo, the métropole example, the avenant and its consolidated contract, one contract of each profile",
    async () => {
      const contracts = shippedContracts();
      expect(contracts.map((c) => c.name)).toHaveLength(7);
      const results = await compareFormats(contracts, process.env.PACTE_E2E_KEEP);
      for (const r of results) {
        expect(r.pdf.length, r.name).toBeGreaterThan(500);
        expect({ name: r.name, difference: r.difference }).toEqual({ name: r.name });
      }
    },
    600_000,
  );
});
