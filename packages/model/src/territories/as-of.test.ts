import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { isIsoDate } from "../iso-date";
import { AsOfDateSchema, isInForce, REFERENCE_DATE } from "./as-of";
import { toJsonSchema } from "../json-schema";

describe("isIsoDate", () => {
  it.each(["2024-01-01", "2024-02-29", "2000-02-29", "1999-12-31"])("accepts %s", (d) => {
    expect(isIsoDate(d)).toBe(true);
  });
  it.each(["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-1", " 2024-01-01", "20240101", "", 20240101])(
    "refuses %j",
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe("isInForce", () => {
  const cea = { validFrom: "2021-01-01" };
  const basRhin = { validTo: "2020-12-31" };
  it("treats both bounds as inclusive", () => {
    expect(isInForce(cea, "2021-01-01")).toBe(true);
    expect(isInForce(cea, "2020-12-31")).toBe(false);
    expect(isInForce(basRhin, "2020-12-31")).toBe(true);
    expect(isInForce(basRhin, "2021-01-01")).toBe(false);
    expect(isInForce({ validFrom: "2015-01-01", validTo: "2015-12-31" }, "2015-06-30")).toBe(true);
  });
  it("treats a missing bound as open and a bad date as nowhere", () => {
    expect(isInForce({}, "1790-03-04")).toBe(true);
    expect(isInForce({}, "2024-02-30")).toBe(false);
  });
});

describe("AsOfDateSchema", () => {
  it("reports date.format with the received value", () => {
    const r = safeParseWith(AsOfDateSchema, "01/01/2024");
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: "date.format", params: { received: "01/01/2024" } });
  });
  it("keeps the reference date fixed, never the clock", () => {
    expect(REFERENCE_DATE).toBe("2024-01-01");
  });
});

describe("AsOfDateSchema as JSON Schema", () => {
  it("is a string (existence is a refinement JSON Schema cannot say)", () => {
    expect(toJsonSchema(AsOfDateSchema).type).toBe("string");
  });
});
