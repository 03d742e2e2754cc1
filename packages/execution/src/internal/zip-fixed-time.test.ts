import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { zipWithFixedTime } from "./zip-fixed-time";

const files = (mtime: number): Zippable => ({ "a.xml": [strToU8("<a/>"), { mtime }], "dir/b.txt": [strToU8("b".repeat(500)), { mtime }] });

describe("zipWithFixedTime", () => {
  it("gives the same bytes whatever the timestamps fflate wrote, and a zip that still reads", () => {
    const one = zipWithFixedTime(zipSync(files(Date.UTC(1999, 5, 1, 13, 5))));
    const two = zipWithFixedTime(zipSync(files(Date.UTC(2031, 11, 31, 23, 59))));
    expect(Buffer.compare(one, two)).toBe(0);
    expect(new TextDecoder().decode(unzipSync(one)["a.xml"])).toBe("<a/>");
    // 1980-01-01 00:00 in the first local header: time 0, date 0x0021.
    expect([...one.slice(10, 14)]).toEqual([0, 0, 0x21, 0]);
  });
});
