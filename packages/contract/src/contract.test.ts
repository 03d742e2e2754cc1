import { describe, expect, it } from "vitest";
import { ContractSchema } from "./contract";
import { bordeauxContract, calpaeContract, creuseContract } from "./test-support/fixtures";

describe("ContractSchema", () => {
  it.each([["Creuse", creuseContract], ["Bordeaux Métropole", bordeauxContract], ["CALPAE", calpaeContract]])(
    "describes the checked %s contract",
    (_, make) => {
      const r = ContractSchema.safeParse(make());
      expect(r.error?.issues ?? []).toEqual([]);
    },
  );
  it("discriminates the collectivity's kind", () => {
    expect(creuseContract().collectivite.kind).toBe("collectivite");
    expect(bordeauxContract().collectivite.kind).toBe("metropole");
  });
});
