import { describe, expect, it } from "vitest";
import { someValue } from "./some-value";

describe("someValue", () => {
  it("tests the value, its items and its properties, nested ones included", () => {
    const seen: unknown[] = [];
    someValue({ a: "x", b: [1, { c: "y" }] }, (v) => (seen.push(v), false));
    expect(seen.filter((v) => typeof v !== "object")).toEqual(expect.arrayContaining(["x", 1, "y"]));
    expect(seen).toHaveLength(6); // the object, "x", the array, 1, the inner object, "y"
  });

  it("stops at the first value that holds", () => {
    let calls = 0;
    expect(someValue(["a", "b", "c"], (v) => (calls++, v === "c"))).toBe(true);
    expect(calls).toBe(2); // the array, then its last item first (depth first, from the end)
  });

  it("does not enter bytes, and says false when nothing holds", () => {
    expect(someValue({ data: new Uint8Array([1, 2]) }, (v) => v === 1)).toBe(false);
    expect(someValue({}, () => false)).toBe(false);
  });

  it("walks a document nested 100 000 deep without overflowing the stack", () => {
    let deep: unknown = "fond";
    for (let i = 0; i < 100_000; i++) deep = { children: [deep] };
    expect(someValue(deep, (v) => v === "fond")).toBe(true);
  });
});
