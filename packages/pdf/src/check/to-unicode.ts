import { contentOperators, type Operand } from "./content-operators";

/**
 * What a font's `/ToUnicode` CMap maps: character codes (as numbers, with their length in bytes)
 * to the text they stand for.
 *
 * @example
 * const map: UnicodeMap = { codeBytes: 2, codes: new Map([[0x0041, "A"]]) };
 */
export interface UnicodeMap {
  /** The length of a character code in bytes, from the CMap's code space (1 or 2). */
  readonly codeBytes: number;
  readonly codes: ReadonlyMap<number, string>;
}

const bytesValue = (b: Uint8Array): number => b.reduce((v, x) => v * 256 + x, 0);

/** UTF-16BE bytes as a string. */
function utf16(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return s;
}

/** `dst` + k, the last UTF-16 unit incremented (the rule of `bfrange` with one destination). */
function offset(dst: Uint8Array, k: number): string {
  const copy = Uint8Array.from(dst);
  let carry = k;
  for (let i = copy.length - 1; i >= 0 && carry > 0; i--) {
    const v = (copy[i] ?? 0) + carry;
    copy[i] = v & 0xff;
    carry = v >> 8;
  }
  return utf16(copy);
}

/**
 * Reads a `/ToUnicode` CMap (its `begincodespacerange`, `bfchar` and `bfrange` sections) into
 * a {@link UnicodeMap}. Ranges larger than 65 536 codes are left out (no real font needs one).
 *
 * @example
 * parseToUnicode(new TextEncoder().encode("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0003> <0041> endbfchar")).codes.get(3)
 * //=> "A"
 */
export function parseToUnicode(cmap: Uint8Array): UnicodeMap {
  const codes = new Map<number, string>();
  let codeBytes = 1;
  let section = "";
  let pending: Operand[] = [];
  const str = (o: Operand | undefined): Uint8Array | undefined => (o?.kind === "string" ? o.bytes : undefined);
  for (const op of contentOperators(cmap)) {
    pending = [...pending, ...op.operands];
    switch (op.operator) {
      case "begincodespacerange":
      case "beginbfchar":
      case "beginbfrange":
        section = op.operator;
        pending = [];
        break;
      case "endcodespacerange": {
        const lo = str(pending[0]);
        if (lo !== undefined) codeBytes = Math.max(1, lo.length);
        section = "";
        pending = [];
        break;
      }
      case "endbfchar":
        for (let i = 0; i + 1 < pending.length; i += 2) {
          const src = str(pending[i]);
          const dst = str(pending[i + 1]);
          if (src !== undefined && dst !== undefined) codes.set(bytesValue(src), utf16(dst));
        }
        section = "";
        pending = [];
        break;
      case "endbfrange":
        for (let i = 0; i + 2 < pending.length; i += 3) {
          const lo = str(pending[i]);
          const hi = str(pending[i + 1]);
          const dst = pending[i + 2];
          if (lo === undefined || hi === undefined || dst === undefined) continue;
          const from = bytesValue(lo);
          const to = bytesValue(hi);
          if (to < from || to - from > 65_535) continue;
          for (let k = 0; k <= to - from; k++) {
            if (dst.kind === "string") codes.set(from + k, offset(dst.bytes, k));
            else if (dst.kind === "array") {
              const item = str(dst.items[k]);
              if (item !== undefined) codes.set(from + k, utf16(item));
            }
          }
        }
        section = "";
        pending = [];
        break;
      default:
        if (section === "") pending = [];
    }
  }
  return { codeBytes, codes };
}
