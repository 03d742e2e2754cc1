import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { dosDateTime, setZipTimestamps } from "./zip-timestamps";

const stamps = (zip: Uint8Array): string[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: string[] = [];
  for (let i = 0; i + 4 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) out.push(`L${view.getUint16(i + 12, true)}/${view.getUint16(i + 10, true)}`);
    if (sig === 0x02014b50) out.push(`C${view.getUint16(i + 14, true)}/${view.getUint16(i + 12, true)}`);
  }
  return out;
};

describe("dosDateTime", () => {
  it.each([
    ["2024-03-14T16:45:10Z", ((2024 - 1980) << 9) | (3 << 5) | 14, (16 << 11) | (45 << 5) | 5],
    ["2024-03-14T16:45Z", ((2024 - 1980) << 9) | (3 << 5) | 14, (16 << 11) | (45 << 5)],
    ["2024-01-01", ((2024 - 1980) << 9) | (1 << 5) | 1, 0],
    ["1970-06-15", (0 << 9) | (1 << 5) | 1, 0],
    ["2200-01-01", ((2107 - 1980) << 9) | (1 << 5) | 1, 0],
  ])("%s", (timestamp, date, time) => {
    expect(dosDateTime(timestamp)).toEqual({ date, time });
  });
});

describe("setZipTimestamps", () => {
  it("sets every local header and central directory entry, leaving the contents readable", () => {
    const zip = zipSync({ "a.txt": strToU8("alpha"), "dir/b.xml": strToU8("<b/>") }, { mtime: new Date(2001, 1, 2, 3, 4, 6) });
    const stamp = dosDateTime("2024-03-14T16:45:10Z");
    const out = setZipTimestamps(zip, stamp);
    expect(new Set(stamps(out))).toEqual(new Set([`L${stamp.date}/${stamp.time}`, `C${stamp.date}/${stamp.time}`]));
    expect(stamps(out)).toHaveLength(4);
    expect(Object.keys(unzipSync(out))).toEqual(["a.txt", "dir/b.xml"]);
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => setZipTimestamps(new Uint8Array(40), { date: 0, time: 0 })).toThrow(/end of central directory/);
  });
});
