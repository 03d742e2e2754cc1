import fc from "fast-check";
import { constants, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { zlibBomb } from "../test-support/images";
import { inflateInto } from "./inflate";

const inflate = (input: Uint8Array, size: number) => {
  const out = new Uint8Array(size);
  const r = inflateInto(input, out);
  return r.ok ? out.subarray(0, r.written) : r.problem;
};

describe("inflateInto", () => {
  it("inflates what Node's zlib deflates, at every level and strategy (property)", () => {
    const strategies = [constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FILTERED];
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.constantFrom(0, 1, 2, 255), { maxLength: 70_000 }).map((a) => new Uint8Array(a)));
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 9 }), fc.constantFrom(...strategies), (data, level, strategy) => {
        const z = new Uint8Array(deflateSync(data, { level, strategy }));
        expect(inflate(z, data.length)).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it("stops a stream that would write past its buffer: a zlib bomb costs the buffer, not what it claims", () => {
    expect(inflate(zlibBomb(388), 30_100)).toBe("size");
  });

  it.each([
    ["a stream cut short", (z: Uint8Array) => z.subarray(0, z.length - 10), "truncated"],
    ["a wrong Adler-32", (z: Uint8Array) => Uint8Array.from(z, (b, i) => (i === z.length - 1 ? b ^ 1 : b)), "data"],
    ["a bad header", (z: Uint8Array) => Uint8Array.from(z, (b, i) => (i === 0 ? 0x79 : b)), "data"],
    ["a preset dictionary", (z: Uint8Array) => Uint8Array.from(z, (b, i) => (i === 1 ? 0xbb : b)), "data"],
    ["a reserved block type", (z: Uint8Array) => Uint8Array.from(z, (b, i) => (i === 2 ? b | 0x06 : b)), "data"],
  ] as const)("refuses %s", (_label, damage, problem) => {
    const data = new TextEncoder().encode("Pacte des solidarités ".repeat(200));
    expect(inflate(damage(new Uint8Array(deflateSync(data))), data.length)).toBe(problem);
  });

  it("refuses a back reference before the start of the output", () => {
    // Fixed block: length 3 (code 257, 7 bits 0000001), distance 1 (5 bits 00000), with nothing written yet.
    const z = new Uint8Array([0x78, 0x01, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01]);
    expect(inflate(z, 10)).toBe("data");
  });
});
