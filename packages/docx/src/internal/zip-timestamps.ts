const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * The MS-DOS date and time of a timestamp (UTC parts), clamped to the years a zip can hold (1980–2107).
 *
 * @example
 * dosDateTime("2024-01-01") //=> { date: 22561, time: 0 }
 */
export function dosDateTime(timestamp: string): { date: number; time: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?$/.exec(timestamp);
  const [y, mo, d, h, mi, s] = m ? m.slice(1).map((v) => Number(v ?? 0)) : [1980, 1, 1, 0, 0, 0];
  const year = Math.min(2107, Math.max(1980, y ?? 1980));
  const clamped = year !== y;
  const date = ((year - 1980) << 9) | ((clamped ? 1 : (mo ?? 1)) << 5) | (clamped ? 1 : (d ?? 1));
  const time = clamped ? 0 : ((h ?? 0) << 11) | ((mi ?? 0) << 5) | Math.floor((s ?? 0) / 2);
  return { date, time };
}

/**
 * Gives every entry of a zip the same modification date and time, in its local header and in the
 * central directory, in place. `docx` stamps entries with the clock (in the machine's time zone);
 * the entries' contents and order are already stable, so this makes the bytes stable.
 *
 * @throws {Error} when the bytes are not a zip this code can read (a bug, not a user error).
 *
 * @example
 * setZipTimestamps(await Packer.pack(file, "uint8array"), dosDateTime("2024-01-01")) //=> the same zip, every entry dated 2024-01-01 00:00
 */
export function setZipTimestamps(zip: Uint8Array, stamp: { date: number; time: number }): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("setZipTimestamps: end of central directory not found");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error("setZipTimestamps: bad central directory entry");
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error("setZipTimestamps: bad local header");
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
