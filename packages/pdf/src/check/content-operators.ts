/**
 * An operand of a content-stream operator: a number, a name (`/P`, without the slash), a string
 * (its bytes), an array, a dictionary, or a keyword used as a value (`true`, `null`).
 *
 * @example
 * const mcid: Operand = { kind: "dict", entries: new Map([["MCID", { kind: "number", value: 3 }]]) };
 */
export type Operand =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "name"; readonly value: string }
  | { readonly kind: "string"; readonly bytes: Uint8Array }
  | { readonly kind: "array"; readonly items: readonly Operand[] }
  | { readonly kind: "dict"; readonly entries: ReadonlyMap<string, Operand> }
  | { readonly kind: "keyword"; readonly value: string };

/**
 * One operator of a content stream with its operands, and where it starts in the bytes.
 *
 * @example
 * const op: ContentOperator = { operator: "BDC", operands: [{ kind: "name", value: "P" }, mcid], start: 120, end: 141 };
 */
export interface ContentOperator {
  readonly operator: string;
  readonly operands: readonly Operand[];
  /** Byte offset of the first operand (or of the operator when it has none). */
  readonly start: number;
  /** Byte offset just after the operator. */
  readonly end: number;
}

const isWhite = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number): boolean => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const hexValue = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);
const latin1 = (bytes: Uint8Array, from: number, to: number): string => {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
};

/** A reader of content-stream tokens (ISO 32000-1 §7.2, §7.8.2). */
class Reader {
  pos = 0;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Moves past white space and comments. */
  skip(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos] ?? 0;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  /** The next token as an operand, `{ operator }` for a keyword that is not a value, or `null` at the end. */
  next(): Operand | { readonly operator: string; readonly start: number } | null {
    this.skip();
    const b = this.bytes;
    if (this.pos >= b.length) return null;
    const c = b[this.pos] ?? 0;
    if (c === 0x2f) {
      const start = ++this.pos;
      while (this.pos < b.length && !isWhite(b[this.pos] ?? 0) && !isDelimiter(b[this.pos] ?? 0)) this.pos++;
      return { kind: "name", value: latin1(b, start, this.pos).replace(/#([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))) };
    }
    if (c === 0x28) return this.literal();
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const entries = new Map<string, Operand>();
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { kind: "dict", entries };
        }
        const key = this.next();
        if (key === null) return { kind: "dict", entries };
        const value = this.next();
        if (key !== null && "kind" in key && key.kind === "name" && value !== null && "kind" in value) entries.set(key.value, value);
      }
    }
    if (c === 0x3c) return this.hex();
    if (c === 0x5b) {
      this.pos++;
      const items: Operand[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= b.length) return { kind: "array", items };
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return { kind: "array", items };
        }
        const item = this.next();
        if (item === null) return { kind: "array", items };
        if ("kind" in item) items.push(item);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return this.next();
    }
    const start = this.pos;
    while (this.pos < b.length && !isWhite(b[this.pos] ?? 0) && !isDelimiter(b[this.pos] ?? 0)) this.pos++;
    const word = latin1(b, start, this.pos);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { kind: "number", value: Number(word) };
    if (word === "true" || word === "false" || word === "null") return { kind: "keyword", value: word };
    return { operator: word, start };
  }

  private literal(): Operand {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++] ?? 0;
      if (c === 0x5c) {
        const e = b[this.pos++] ?? 0;
        const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (escapes[e] !== undefined) out.push(escapes[e] ?? 0);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && (b[this.pos] ?? 0) >= 0x30 && (b[this.pos] ?? 0) <= 0x37; k++) v = v * 8 + ((b[this.pos++] ?? 0) - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) break;
      out.push(c);
    }
    return { kind: "string", bytes: Uint8Array.from(out) };
  }

  private hex(): Operand {
    const b = this.bytes;
    this.pos++;
    const digits: number[] = [];
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const v = hexValue(b[this.pos++] ?? 0);
      if (v >= 0) digits.push(v);
    }
    this.pos++;
    if (digits.length % 2 === 1) digits.push(0);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = ((digits[2 * i] ?? 0) << 4) | (digits[2 * i + 1] ?? 0);
    return { kind: "string", bytes: out };
  }

  /** Skips an inline image's data, from after `ID` to after `EI`. */
  skipInlineImage(): void {
    const b = this.bytes;
    this.pos++;
    while (this.pos < b.length) {
      if (b[this.pos] === 0x45 && b[this.pos + 1] === 0x49 && isWhite(b[this.pos - 1] ?? 0x20) && (this.pos + 2 >= b.length || isWhite(b[this.pos + 2] ?? 0x20))) {
        this.pos += 2;
        return;
      }
      this.pos++;
    }
  }
}

/**
 * Reads a content stream into its operators, each with its operands, in order (an inline
 * image is one `BI` operator, its data skipped). Lenient: stray delimiters are ignored.
 *
 * @example
 * contentOperators(new TextEncoder().encode("/P <</MCID 0>> BDC BT [<0041>] TJ ET EMC")).map((o) => o.operator)
 * //=> ["BDC", "BT", "TJ", "ET", "EMC"]
 */
export function contentOperators(bytes: Uint8Array): ContentOperator[] {
  const reader = new Reader(bytes);
  const out: ContentOperator[] = [];
  let operands: Operand[] = [];
  let start = -1;
  for (;;) {
    reader.skip();
    const before = reader.pos;
    const token = reader.next();
    if (token === null) break;
    if ("kind" in token) {
      if (start < 0) start = before;
      operands.push(token);
      continue;
    }
    if (token.operator === "BI") {
      while (reader.pos < bytes.length) {
        const t = reader.next();
        if (t === null || (!("kind" in t) && t.operator === "ID")) break;
      }
      reader.skipInlineImage();
    }
    out.push({ operator: token.operator, operands, start: start < 0 ? token.start : start, end: reader.pos });
    operands = [];
    start = -1;
  }
  return out;
}
