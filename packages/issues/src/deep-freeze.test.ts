import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deepFreeze } from "./deep-freeze";

describe("deepFreeze", () => {
  it("freezes plain objects and arrays at every depth, and returns the same value", () => {
    const data = { a: { b: [{ c: 1 }] }, d: [[2]] };
    const frozen = deepFreeze(data);
    expect(frozen).toBe(data);
    expect([data, data.a, data.a.b, data.a.b[0], data.d, data.d[0]].every((o) => Object.isFrozen(o))).toBe(true);
    expect(() => {
      (data.a.b[0] as { c: number }).c = 2;
    }).toThrow(TypeError);
  });

  it("walks into an object already frozen on the surface", () => {
    const inner = { x: 1 };
    deepFreeze(Object.freeze({ inner }));
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it("leaves schemas, byte arrays, Maps and class instances as they are, and still works after", () => {
    class Counter {
      n = 0;
    }
    const schema = z.object({ a: z.string() });
    const bytes = new Uint8Array([1, 2]);
    const map = new Map([["a", 1]]);
    const counter = new Counter();
    deepFreeze({ schema, bytes, map, counter });
    expect([schema, bytes, map, counter].some((o) => Object.isFrozen(o))).toBe(false);
    expect(schema.parse({ a: "x" })).toEqual({ a: "x" });
  });

  it("is safe on cycles and on primitives", () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
