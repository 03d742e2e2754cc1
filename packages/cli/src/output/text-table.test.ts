import { describe, expect, it } from "vitest";
import { formatTable } from "./text-table";

describe("formatTable", () => {
  it("aligns columns under a rule", () => {
    expect(formatTable(["Code", "Nom"], [["23D", "Département de la Creuse"], ["6AE", "Alsace"]])).toBe(
      ["Code  Nom", "────  ────────────────────────", "23D   Département de la Creuse", "6AE   Alsace"].join("\n"),
    );
  });

  it("aligns right and cuts long cells", () => {
    expect(formatTable(["A", "Durée"], [["abcdefgh", "1,2 s"], ["b", "850 ms"]], { align: ["left", "right"], maxWidth: [4] })).toBe(
      ["A      Durée", "────  ──────", "abc…   1,2 s", "b     850 ms"].join("\n"),
    );
  });
});
