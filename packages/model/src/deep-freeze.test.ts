import { describe, expect, it } from "vitest";
import { deepFreeze } from "./deep-freeze";

describe("deepFreeze", () => {
  it("freezes every object and array reachable, even under a shallow-frozen parent", () => {
    const inner = { a: [1, 2] };
    const value = Object.freeze({ list: [inner] });
    deepFreeze(value);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(inner.a)).toBe(true);
  });

  it("returns its argument, leaves primitives and byte arrays alone, and survives a cycle", () => {
    const bytes = new Uint8Array([1]);
    const cyclic: { self?: unknown; bytes: Uint8Array } = { bytes };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
    bytes[0] = 2;
    expect(bytes[0]).toBe(2);
  });
});
