import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidMetadataError } from "../pdf-objects/errors";
import { pdfDate } from "./pdf-date";

describe("pdfDate", () => {
  it.each([
    ["2024-03-12", "D:20240312000000Z", "2024-03-12T00:00:00Z"],
    ["2024-03-12T10:05Z", "D:20240312100500Z", "2024-03-12T10:05:00Z"],
    ["2024-02-29T23:59:59Z", "D:20240229235959Z", "2024-02-29T23:59:59Z"],
  ])("%s → %s and %s", (input, pdf, xmp) => {
    expect(pdfDate(input, "createdAt")).toEqual({ pdf, xmp });
  });

  it.each(["", "2024-3-12", "12/03/2024", "2024-03-12T10:00:00", "2024-03-12T10:00:00+01:00", "2024-13-01", "2023-02-29", "2024-04-31", "2024-03-12T24:00Z"])(
    "rejects %j with InvalidMetadataError naming the field",
    (input) => {
      expect(() => pdfDate(input, "modifiedAt")).toThrow(InvalidMetadataError);
      expect(() => pdfDate(input, "modifiedAt")).toThrow(/modifiedAt/);
    },
  );

  it("gives the same instant as Date does for every valid date-time (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 19) + "Z";
        const { pdf, xmp } = pdfDate(iso, "createdAt");
        expect(xmp).toBe(iso);
        expect(pdf).toBe(`D:${iso.replace(/[-:T]/g, "").slice(0, 14)}Z`);
      }),
    );
  });
});
