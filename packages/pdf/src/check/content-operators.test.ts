import { describe, expect, it } from "vitest";
import { encodeUtf8 } from "../internal/utf8";
import { contentOperators } from "./content-operators";

const ops = (text: string) => contentOperators(encodeUtf8(text));

describe("contentOperators", () => {
  it("reads operators with their operands", () => {
    const read = ops("/P <</MCID 3>> BDC BT /F0 10.5 Tf 1 0 0 1 56.7 700 Tm [<0041> -12.5 <0042>] TJ ET EMC");
    expect(read.map((o) => o.operator)).toEqual(["BDC", "BT", "Tf", "Tm", "TJ", "ET", "EMC"]);
    expect(read[0]?.operands).toEqual([
      { kind: "name", value: "P" },
      { kind: "dict", entries: new Map([["MCID", { kind: "number", value: 3 }]]) },
    ]);
    expect(read[2]?.operands).toEqual([
      { kind: "name", value: "F0" },
      { kind: "number", value: 10.5 },
    ]);
    expect(read[4]?.operands).toEqual([
      { kind: "array", items: [{ kind: "string", bytes: Uint8Array.of(0, 0x41) }, { kind: "number", value: -12.5 }, { kind: "string", bytes: Uint8Array.of(0, 0x42) }] },
    ]);
  });

  it("reads literal strings with escapes and nested parentheses, names with #xx, comments", () => {
    const read = ops("(a\\(b\\)\\101\\n(c)) Tj % a comment\n/A#20B BMC EMC");
    expect(read.map((o) => o.operator)).toEqual(["Tj", "BMC", "EMC"]);
    expect(Array.from((read[0]?.operands[0] as { bytes: Uint8Array }).bytes, (b) => String.fromCharCode(b)).join("")).toBe("a(b)A\n(c)");
    expect(read[1]?.operands[0]).toEqual({ kind: "name", value: "A B" });
  });

  it("gives each operator the byte range of its operands and itself", () => {
    const text = "q 1 0 0 1 0 0 cm Q /Artifact BMC 0 0 m S EMC";
    const read = ops(text);
    const artifact = read.find((o) => o.operator === "BMC");
    expect(text.slice(artifact?.start, artifact?.end)).toBe("/Artifact BMC");
  });

  it("skips an inline image's data", () => {
    const read = ops("BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000EI) Tj EI Q");
    expect(read.map((o) => o.operator)).toEqual(["BI", "Q"]);
  });
});
