import { describe, expect, it } from "vitest";
import { sanitizeInput } from "./sanitize-input";

describe("sanitizeInput", () => {
  it("drops __proto__ and pollutes nothing", () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"polluted": 1}, "a": {"constructor": {"prototype": {"polluted": 2}}, "b": 1}}');
    const r = sanitizeInput(parsed);
    expect(r.value).toEqual({ a: { b: 1 } });
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["input.forbidden_key", ["__proto__"]],
      ["input.forbidden_key", ["a", "constructor"]],
    ]);
  });

  it("copies: the result shares nothing with the input", () => {
    const input = { a: [{ b: 1 }] };
    const r = sanitizeInput(input);
    expect(r.value).toEqual(input);
    expect((r.value as typeof input).a).not.toBe(input.a);
  });

  it("refuses nesting deeper than the limit, once", () => {
    let deep: unknown = 1;
    for (let k = 0; k < 100; k++) deep = [deep];
    const r = sanitizeInput({ a: deep, b: deep }, { maxDepth: 64 });
    expect(r.issues.map((i) => i.code)).toEqual(["input.too_deep"]);
  });
});
