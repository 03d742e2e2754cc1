import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size";

describe("formatSize", () => {
  it.each([
    [0, "0 octets"],
    [1023, "1023 octets"],
    [1024, "1 Ko"],
    [250_880, "245 Ko"],
    [1_468_006, "1,4 Mo"],
  ])("%i → %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
