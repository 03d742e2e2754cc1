import { InvalidMetadataError } from "../pdf-objects/errors";

const TIMESTAMP = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?Z)?$/;

/** One instant written the two ways PDF/A wants to see equal. */
export interface PdfDate {
  /** Info dictionary form, `D:YYYYMMDDHHmmSSZ`. */
  readonly pdf: string;
  /** XMP form, `YYYY-MM-DDTHH:mm:SSZ`. */
  readonly xmp: string;
}

/**
 * Converts a `@pacte/document` timestamp (`2024-03-12` — midnight UTC — or
 * `2024-03-12T10:00Z`, `2024-03-12T10:00:00Z`) to the PDF and XMP date forms of the same
 * instant, without `Date` (no time zone, no clock).
 *
 * @throws {InvalidMetadataError} when the text is not such a timestamp.
 * @example
 * pdfDate("2024-03-12T10:05Z", "createdAt") //=> { pdf: "D:20240312100500Z", xmp: "2024-03-12T10:05:00Z" }
 */
export function pdfDate(timestamp: string, field: string): PdfDate {
  const m = TIMESTAMP.exec(timestamp);
  if (!m) throw new InvalidMetadataError(field, timestamp);
  const [, year, month, day, hours = "00", minutes = "00", seconds = "00"] = m as unknown as [string, string, string, string, string?, string?, string?];
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (Number(day) > daysInMonth) throw new InvalidMetadataError(field, timestamp);
  return {
    pdf: `D:${year}${month}${day}${hours}${minutes}${seconds}Z`,
    xmp: `${year}-${month}-${day}T${hours}:${minutes}:${seconds}Z`,
  };
}
