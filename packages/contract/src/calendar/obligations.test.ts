import { describe, expect, it } from "vitest";
import { contractBuilder } from "../builder";
import { bordeauxContract, calpaeContract, creuseContract, creuseInput } from "../test-support/fixtures";
import { contractObligations, ObligationSchema } from "./obligations";

describe("contractObligations", () => {
  it("lists reports, payments, meetings, the final report and the end, in date order", () => {
    const list = contractObligations(creuseContract());
    expect(list.every((o) => ObligationSchema.safeParse(o).success)).toBe(true);
    expect(list.map((o) => o.date)).toEqual([...list.map((o) => o.date)].sort());
    expect(new Set(list.map((o) => o.id)).size).toBe(list.length);
    expect(list.filter((o) => o.kind === "report").map((o) => [o.id, o.date])).toEqual([
      ["report-2024", "2025-06-30"],
      ["report-2025", "2026-06-30"],
      ["report-2026", "2027-06-30"],
      ["report-2027", "2028-06-30"],
    ]);
    // Signed on 5 July 2024: the meeting of 15 March 2024 is before the signature.
    expect(list.filter((o) => o.kind === "committee")).toHaveLength(7);
    expect(list.filter((o) => o.kind === "payment")).toHaveLength(8);
    expect(list.find((o) => o.id === "end")?.date).toBe("2027-12-31");
    expect(list.find((o) => o.id === "final-report")?.date).toBe("2028-06-30");
  });

  it("follows the CALPAE report deadline of 31 March", () => {
    const reports = contractObligations(calpaeContract()).filter((o) => o.kind === "report");
    expect(reports.map((o) => o.date)).toEqual(["2020-03-31", "2021-03-31", "2022-03-31"]);
    expect(reports[0]?.description).toContain("31 mars 2020");
  });

  it("skips meetings before the signature and gives a yearly deadline without dates", () => {
    const meetings = contractObligations(bordeauxContract()).filter((o) => o.kind === "committee");
    expect(meetings.map((o) => o.id)).toEqual(["committee-2024", "committee-2025", "committee-2026", "committee-2027"]);
    const early = creuseInput();
    early.collectivite.deliberation.date = "2024-04-15";
    const late = contractBuilder(early).signature("Guéret", "2024-05-01").build();
    expect(contractObligations(late).filter((o) => o.kind === "committee")[0]?.date).toBe("2024-10-15");
  });

  it("carries payment amounts and skips zero payments", () => {
    const payments = contractObligations(creuseContract()).filter((o) => o.kind === "payment");
    // Signed on 5 July 2024: the first advance is paid on signature, not « en début d'année ».
    expect(payments[0]).toMatchObject({ id: "payment-2024-1", date: "2024-07-05", amount: 36000000 });
    expect(payments[0]?.title).toBe("Versement de l’État : avance 2024 (80\u00A0%)");
    const input = creuseInput();
    for (const a of input.actions) a.funding["2027"] = { state: 0, collectivite: 0 };
    const zero = contractObligations(contractBuilder(input).build()).filter((o) => o.kind === "payment");
    expect(zero.map((o) => o.id)).not.toContain("payment-2027-1");
    expect(zero).toHaveLength(6);
  });

  it("is deterministic and pure", () => {
    const c = creuseContract();
    const before = structuredClone(c.input);
    expect(contractObligations(c)).toEqual(contractObligations(creuseContract()));
    expect(c.input).toEqual(before);
  });
});
