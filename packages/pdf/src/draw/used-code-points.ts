/**
 * The code points a face draws in a document, gathered glyph by glyph before the face is
 * embedded (its subset's glyph numbers follow their order): a flag per code point of the Basic
 * Multilingual Plane (a 64 kB array, no hashing on every glyph of every page), a set above it.
 *
 * @example
 * const used = new UsedCodePoints();
 * used.add(0x1d400); used.add(0x65); used.add(0x41); used.add(0x65);
 * used.sorted() //=> [0x41, 0x65, 0x1d400]
 */
export class UsedCodePoints {
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Set<number>();

  /** Records a code point (again: no effect). */
  add(cp: number): void {
    if (cp < 0x10000) this.bmp[cp] = 1;
    else this.astral.add(cp);
  }

  /** Every code point recorded, once each, in increasing order. */
  sorted(): number[] {
    const out: number[] = [];
    const bmp = this.bmp;
    for (let cp = 0; cp < 0x10000; cp++) if (bmp[cp] === 1) out.push(cp);
    if (this.astral.size > 0) out.push(...[...this.astral].sort((a, b) => a - b));
    return out;
  }
}
