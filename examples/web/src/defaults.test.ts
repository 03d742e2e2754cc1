import { describe, expect, it } from "vitest";
import { actionIds, defaultReference } from "./defaults";

describe("defaultReference", () => {
  it("names the party by its code, as pacte init does", () => {
    expect(defaultReference({ code: "23D" })).toBe("CLS-23D-2024-001");
    expect(defaultReference({ code: "243300316" })).toBe("CLS-243300316-2024-001");
    expect(defaultReference(undefined)).toBe("");
  });
});

describe("actionIds", () => {
  it("numbers the actions by axis, in the order of the form", () => {
    const ids = actionIds([
      { id: "", axis: "1" },
      { id: "", axis: "3" },
      { id: "", axis: "1" },
      { id: "", axis: "4" },
    ]);
    expect(ids).toEqual(["A1.1", "A3.1", "A1.2", "A4.1"]);
  });

  it("keeps a typed number and skips it for the others", () => {
    expect(actionIds([{ id: "", axis: "1" }, { id: " A1.1 ", axis: "1" }, { id: "", axis: "3" }])).toEqual(["A1.2", "A1.1", "A3.1"]);
  });

  it("gives an action without an axis yet its place in the list", () => {
    expect(actionIds([{ id: "", axis: "1" }, { id: "", axis: "" }])).toEqual(["A1.1", "A2"]);
  });

  it("never gives two actions the same number", () => {
    const ids = actionIds([{ id: "A2", axis: "" }, { id: "", axis: "" }, { id: "", axis: "" }]);
    expect(new Set(ids).size).toBe(3);
  });
});
