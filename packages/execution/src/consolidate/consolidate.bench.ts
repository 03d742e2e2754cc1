import { bench, describe } from "vitest";
import { nationalCampaign } from "../test-support/national";
import { consolidate } from "./consolidate";
import { consolidationToCsv } from "./consolidation-to-csv";
import { consolidationToDocument } from "./consolidation-to-document";

// The scale the issue asks for: every collectivity and métropole over four years, 122 contracts ×
// 4 reports. vitest's "hz" column is consolidations a second.
const { contracts, reports } = nationalCampaign();

describe("national consolidation, 122 contracts × 4 reports", () => {
  bench("consolidate", () => {
    if (!consolidate(contracts, reports).success) throw new Error("the campaign must consolidate");
  });
  bench("consolidate + CSV + document", () => {
    const r = consolidate(contracts, reports);
    if (!r.success) throw new Error("the campaign must consolidate");
    consolidationToCsv(r.data);
    consolidationToDocument(r.data, { createdAt: "2028-09-15" });
  });
});
