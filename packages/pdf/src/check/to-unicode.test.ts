import { describe, expect, it } from "vitest";
import { encodeUtf8 } from "../internal/utf8";
import { parseToUnicode } from "./to-unicode";

const CMAP = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000><ffff>
endcodespacerange
2 beginbfchar
<0003> <0020>
<0024> <00410301>
endbfchar
2 beginbfrange
<0010> <0012> <0061>
<0020> <0021> [<00E9> <D83DDE00>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

describe("parseToUnicode", () => {
  const map = parseToUnicode(encodeUtf8(CMAP));

  it("reads the code length from the code space", () => {
    expect(map.codeBytes).toBe(2);
  });

  it("reads bfchar entries, several UTF-16 units included", () => {
    expect(map.codes.get(0x03)).toBe(" ");
    expect(map.codes.get(0x24)).toBe("A\u0301");
  });

  it("reads bfrange entries with one destination (incremented) or an array", () => {
    expect([0x10, 0x11, 0x12].map((c) => map.codes.get(c))).toEqual(["a", "b", "c"]);
    expect([0x20, 0x21].map((c) => map.codes.get(c))).toEqual(["é", "😀"]);
    expect(map.codes.has(0x13)).toBe(false);
  });
});
