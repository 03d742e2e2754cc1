// fflate stamps each zip entry with an MS-DOS date and time taken from a Date in the process's
// local time zone, so the same data would zip to different bytes in Paris and in Nouméa. This
// rewrites every entry's date and time — in the local headers and in the central directory — to
// 1980-01-01 00:00, the zip format's first instant: the same data gives the same bytes anywhere.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
/** 1980-01-01 as an MS-DOS date: (year − 1980) << 9 | month << 5 | day. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** `zip` with every entry's timestamp set to 1980-01-01 00:00 (in place, and returned). */
export function zipWithFixedTime(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stamp = (at: number) => {
    view.setUint16(at, 0, true);
    view.setUint16(at + 2, DOS_DATE, true);
  };
  let at = 0;
  while (at + 30 <= zip.byteLength && view.getUint32(at, true) === LOCAL) {
    if ((view.getUint16(at + 6, true) & 0x8) !== 0) throw new Error("zipWithFixedTime: entries with a data descriptor are not supported");
    stamp(at + 10);
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
  }
  while (at + 46 <= zip.byteLength && view.getUint32(at, true) === CENTRAL) {
    stamp(at + 12);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
