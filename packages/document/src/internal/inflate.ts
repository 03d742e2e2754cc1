// A zlib (RFC 1950) / DEFLATE (RFC 1951) decoder that writes into a buffer of a size fixed in
// advance and stops as soon as the data would pass it: a "zlib bomb" costs no more time or
// memory than a well-formed image of the declared size. Written for checking PNG data in
// `@pacte/document`, which must stay free of Node's zlib and of dependencies.

/** Why a stream could not be inflated into its buffer. */
export type InflateProblem = "truncated" | "data" | "size";

/** The result of {@link inflateInto}: the number of bytes written, or the problem. */
export type InflateResult = { readonly ok: true; readonly written: number } | { readonly ok: false; readonly problem: InflateProblem };

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

class Failure {
  readonly problem: InflateProblem;
  constructor(problem: InflateProblem) {
    this.problem = problem;
  }
}

/** A canonical Huffman code as a lookup table indexed by the next `bits` input bits: `symbol << 4 | length` (0: no code). */
interface Table {
  readonly entries: Uint32Array;
  readonly bits: number;
}

function buildTable(lengths: ArrayLike<number>, count: number): Table {
  let max = 0;
  const counts = new Uint16Array(16);
  for (let i = 0; i < count; i++) {
    const l = lengths[i] ?? 0;
    counts[l] = (counts[l] ?? 0) + 1;
    if (l > max) max = l;
  }
  counts[0] = 0;
  // Over-subscribed codes are invalid; incomplete ones are allowed (a single distance code).
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - (counts[len] ?? 0);
    if (left < 0) throw new Failure("data");
  }
  const bits = Math.max(max, 1);
  const entries = new Uint32Array(1 << bits);
  const next = new Uint16Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + (counts[len - 1] ?? 0)) << 1;
    next[len] = code;
  }
  for (let symbol = 0; symbol < count; symbol++) {
    const len = lengths[symbol] ?? 0;
    if (len === 0) continue;
    const c = next[len] ?? 0;
    next[len] = c + 1;
    let reversed = 0;
    for (let i = 0; i < len; i++) reversed |= ((c >> i) & 1) << (len - 1 - i);
    for (let i = reversed; i < entries.length; i += 1 << len) entries[i] = (symbol << 4) | len;
  }
  return { entries, bits };
}

let fixedTables: { lit: Table; dist: Table } | undefined;
function fixed(): { lit: Table; dist: Table } {
  if (!fixedTables) {
    const lit = new Uint8Array(288);
    lit.fill(8, 0, 144);
    lit.fill(9, 144, 256);
    lit.fill(7, 256, 280);
    lit.fill(8, 280, 288);
    fixedTables = { lit: buildTable(lit, 288), dist: buildTable(new Uint8Array(30).fill(5), 30) };
  }
  return fixedTables;
}

/**
 * Inflates the zlib stream `input` into `out` (whose length is what the stream must hold, at
 * most): checks the zlib header (deflate, no preset dictionary), every block, every back
 * reference, and the Adler-32 of what was written. Time is linear in `out.length` plus the
 * input; nothing is allocated beyond a few small tables. A stream that would write past
 * `out.length` stops there with `size`.
 *
 * @example
 * inflateInto(zlibBytes, new Uint8Array(1000)) //=> { ok: true, written: 1000 }
 */
export function inflateInto(input: Uint8Array, out: Uint8Array): InflateResult {
  let pos = 2;
  let bitbuf = 0;
  let bitcnt = 0;
  let o = 0;
  const limit = out.length;
  const need = (n: number): void => {
    while (bitcnt < n) {
      if (pos >= input.length) throw new Failure("truncated");
      bitbuf |= (input[pos++] ?? 0) << bitcnt;
      bitcnt += 8;
    }
  };
  const bits = (n: number): number => {
    if (n === 0) return 0;
    need(n);
    const v = bitbuf & ((1 << n) - 1);
    bitbuf >>>= n;
    bitcnt -= n;
    return v;
  };
  const decode = (t: Table): number => {
    // Load what is there (up to the table's width) without failing early at the end of the input.
    while (bitcnt < t.bits && pos < input.length) {
      bitbuf |= (input[pos++] ?? 0) << bitcnt;
      bitcnt += 8;
    }
    const e = t.entries[bitbuf & ((1 << t.bits) - 1)] ?? 0;
    const len = e & 15;
    if (len === 0) throw new Failure("data");
    if (len > bitcnt) throw new Failure("truncated");
    bitbuf >>>= len;
    bitcnt -= len;
    return e >>> 4;
  };

  try {
    if (input.length < 2) throw new Failure("truncated");
    const cmf = input[0] ?? 0;
    const flg = input[1] ?? 0;
    if ((cmf & 15) !== 8 || cmf >> 4 > 7 || (cmf * 256 + flg) % 31 !== 0 || flg & 0x20) throw new Failure("data");
    let final = 0;
    while (!final) {
      final = bits(1);
      const type = bits(2);
      if (type === 0) {
        // To the byte boundary: drop the partial byte, give back whole bytes read ahead.
        pos -= bitcnt >> 3;
        bitbuf = 0;
        bitcnt = 0;
        if (pos + 4 > input.length) throw new Failure("truncated");
        const len = (input[pos] ?? 0) | ((input[pos + 1] ?? 0) << 8);
        const nlen = (input[pos + 2] ?? 0) | ((input[pos + 3] ?? 0) << 8);
        pos += 4;
        if ((len ^ 0xffff) !== nlen) throw new Failure("data");
        if (pos + len > input.length) throw new Failure("truncated");
        if (o + len > limit) throw new Failure("size");
        out.set(input.subarray(pos, pos + len), o);
        o += len;
        pos += len;
        continue;
      }
      let lit: Table;
      let dist: Table;
      if (type === 1) ({ lit, dist } = fixed());
      else if (type === 2) {
        const hlit = bits(5) + 257;
        const hdist = bits(5) + 1;
        const hclen = bits(4) + 4;
        const clens = new Uint8Array(19);
        for (let i = 0; i < hclen; i++) clens[CODE_LENGTH_ORDER[i] ?? 0] = bits(3);
        const clt = buildTable(clens, 19);
        const lengths = new Uint8Array(hlit + hdist);
        for (let i = 0; i < hlit + hdist; ) {
          const sym = decode(clt);
          if (sym < 16) lengths[i++] = sym;
          else {
            let repeat: number;
            let value = 0;
            if (sym === 16) {
              if (i === 0) throw new Failure("data");
              value = lengths[i - 1] ?? 0;
              repeat = 3 + bits(2);
            } else if (sym === 17) repeat = 3 + bits(3);
            else repeat = 11 + bits(7);
            if (i + repeat > hlit + hdist) throw new Failure("data");
            lengths.fill(value, i, i + repeat);
            i += repeat;
          }
        }
        if ((lengths[256] ?? 0) === 0) throw new Failure("data"); // no end-of-block code
        lit = buildTable(lengths.subarray(0, hlit), hlit);
        dist = buildTable(lengths.subarray(hlit), hdist);
      } else throw new Failure("data");

      for (;;) {
        const sym = decode(lit);
        if (sym < 256) {
          if (o >= limit) throw new Failure("size");
          out[o++] = sym;
        } else if (sym === 256) break;
        else {
          const li = sym - 257;
          if (li >= 29) throw new Failure("data");
          const length = (LENGTH_BASE[li] ?? 0) + bits(LENGTH_EXTRA[li] ?? 0);
          const ds = decode(dist);
          if (ds >= 30) throw new Failure("data");
          const distance = (DIST_BASE[ds] ?? 0) + bits(DIST_EXTRA[ds] ?? 0);
          if (distance > o) throw new Failure("data");
          if (o + length > limit) throw new Failure("size");
          if (distance >= length) out.copyWithin(o, o - distance, o - distance + length);
          else for (let i = 0; i < length; i++) out[o + i] = out[o + i - distance] ?? 0;
          o += length;
        }
      }
    }
    // Adler-32, big-endian, on the next byte boundary.
    pos -= bitcnt >> 3;
    if (pos + 4 > input.length) throw new Failure("truncated");
    let a = 1;
    let b = 0;
    for (let i = 0; i < o; ) {
      const end = Math.min(o, i + 3800);
      for (; i < end; i++) {
        a += out[i] ?? 0;
        b += a;
      }
      a %= 65521;
      b %= 65521;
    }
    const stored = (((input[pos] ?? 0) << 24) | ((input[pos + 1] ?? 0) << 16) | ((input[pos + 2] ?? 0) << 8) | (input[pos + 3] ?? 0)) >>> 0;
    if (stored !== ((b << 16) | a) >>> 0) throw new Failure("data");
    return { ok: true, written: o };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, problem: e.problem };
    throw e;
  }
}
