import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size";

describe("formatSize", () => {
  it.each([
    [0, "0 octets", "0 bytes"],
    [1023, "1023 octets", "1023 bytes"],
    [1024, "1 Ko", "1 KB"],
    [250_880, "245 Ko", "245 KB"],
    [1_468_006, "1,4 Mo", "1.4 MB"],
  ])("%i → %s / %s", (bytes, fr, en) => {
    expect(formatSize(bytes)).toBe(fr);
    expect(formatSize(bytes, "en")).toBe(en);
  });
});
