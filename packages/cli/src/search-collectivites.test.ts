import { describe, expect, it } from "vitest";
import { searchCollectivites } from "./search-collectivites";

describe("searchCollectivites", () => {
  it.each([
    ["creuse", "23D"],
    ["23", "23D"],
    ["222309627", "23D"],
    ["CEA", "6AE"],
  ])("%s → %s first", (query, code) => {
    expect(searchCollectivites(query)[0]?.code).toBe(code);
  });

  it("finds métropoles by name or SIREN", () => {
    expect(searchCollectivites("243300316").map((r) => [r.kind, r.name])).toEqual([["metropole", "Bordeaux Métropole"]]);
  });

  it("lists the councils in force at a date", () => {
    const names = searchCollectivites("rhin", "2020-06-01").map((r) => r.code);
    expect(names).toContain("67D");
    expect(names).not.toContain("6AE");
  });

  it("lists everything without a query", () => {
    const rows = searchCollectivites(undefined);
    expect(rows.filter((r) => r.kind === "metropole")).toHaveLength(22);
    expect(rows.filter((r) => r.kind === "collectivite").length).toBeGreaterThan(90);
  });
});
