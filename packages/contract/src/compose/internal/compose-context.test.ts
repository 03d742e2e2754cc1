import { describe, expect, it, vi } from "vitest";
import { creuseContract } from "../../test-support/fixtures";
import { composeContext } from "./compose-context";

vi.mock("../../finance/totals", async (original) => {
  const actual = await original<typeof import("../../finance/totals")>();
  return { ...actual, contractTotals: vi.fn(actual.contractTotals) };
});

describe("composeContext", () => {
  it("numbers the articles and annexes for references, as links or as plain words", () => {
    const ctx = composeContext(creuseContract());
    expect(ctx.refs.get("financement")).toEqual({ target: "art-financement", text: "article 5" });
    expect(ctx.refs.get("annexe-indicateurs")).toEqual({ target: "annexe-indicateurs", text: "annexe 3" });
    expect(composeContext(creuseContract(), { plainRefs: true }).refs.get("financement")).toEqual({ target: "", text: "article 5" });
  });

  it("puts the options' replaced articles over the input's", () => {
    const contract = { ...creuseContract(), articles: { objet: "A", litiges: "B" } };
    expect(composeContext(contract, { articles: { litiges: "C" } }).overrides).toEqual({ objet: "A", litiges: "C" });
  });

  it("computes the contract's totals once for a whole composition", async () => {
    // Test files share their modules (isolate: false): load the composition afresh so that it
    // imports the mocked totals, whatever another file loaded before.
    vi.resetModules();
    const totals = await import("../../finance/totals");
    const { contractToDocument } = await import("../contract-to-document");
    const { composeContext } = await import("./compose-context");
    const contract = creuseContract();
    const spy = vi.mocked(totals.contractTotals);
    spy.mockClear();
    contractToDocument(contract);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(composeContext(contract).totals).toEqual(totals.contractTotals(contract));
  });
});
