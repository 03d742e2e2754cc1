import type { Alignment } from "@pacte/document";
import type { RunStyle } from "./run-style";
import { slicePiece, type Piece, type Shaper, type Word } from "./shape-text";

/**
 * A piece placed on a line: `x` from the line's left edge, `width` (spaces widened when justified).
 *
 * @example
 * line.items[0] //=> { piece, x: 0, width: 12.5, isSpace: false }
 */
export interface LineItem {
  readonly piece: Piece;
  readonly x: number;
  readonly width: number;
  /** True for the breakable space between two words. */
  readonly isSpace: boolean;
}

/**
 * A line of text: its pieces placed, its natural width, and whether a forced break ends it.
 *
 * @example
 * breakLines(words, shaper, options)[0]?.forced //=> false
 */
export interface TextLine {
  readonly items: LineItem[];
  readonly naturalWidth: number;
  readonly forced: boolean;
  /** The breakable space the line was broken at (its last word's), which the line does not draw; `null` when it ends inside a word or at a forced break. */
  readonly breakSpace: Piece | null;
}

/**
 * Where a word may take a hyphen at the end of a line: string indexes, ascending.
 *
 * @example
 * const hyphenate: Hyphenation = frenchHyphenation;
 */
export type Hyphenation = (word: string) => number[];

/**
 * How lines are broken.
 *
 * @example
 * const options: BreakOptions = { width: 481.9, align: "justify", hyphenate: null };
 */
export interface BreakOptions {
  readonly width: number;
  readonly align: Alignment;
  /**
   * Automatic hyphenation: where a word may take a hyphen (`frenchHyphenation`), or `null` for
   * none (soft hyphens are always honoured). Passed in rather than imported, so that its
   * patterns load only when a render asks for it.
   */
  readonly hyphenate: Hyphenation | null;
  /** Counts the work done (glyphs visited), for tests. */
  readonly counter?: WorkCounter;
}

/**
 * Counts the glyphs the breaker visits while cutting words, so that a test can show the work
 * grows linearly with the input (no timing involved).
 *
 * @example
 * const counter: WorkCounter = { steps: 0 }; breakLines(words, shaper, { ...options, counter }); counter.steps //=> 2048
 */
export interface WorkCounter {
  steps: number;
}

const EPS = 1e-6;
const HYPHEN = 0x2d;

/** The text of a word's glyphs (source characters), built without spreading huge arrays into a call. */
function wordText(w: Word): string {
  let s = "";
  for (const p of w.pieces) for (const cp of p.src) s += String.fromCodePoint(cp);
  return s;
}

/** Merges two ascending lists of glyph indexes into one, without duplicates. */
function mergePoints(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    const v = Math.min(x, y);
    if (x === v) i++;
    if (y === v) j++;
    if (out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

/** What a forward scan of a word's remaining glyphs found (see {@link WordCutter.scan}). */
interface Scan {
  /** The whole rest fits in the room. */
  readonly fits: boolean;
  /** The furthest hyphenation point whose head, with its hyphen, fits in the room (0: none). */
  readonly point: number;
  readonly hyphen: Piece | null;
  /** The furthest cut between characters that fits in a whole line (at least one glyph). */
  readonly cut: number;
}

/**
 * Cuts one word that does not fit into line-sized heads, in time linear in the word: a cursor
 * moves forward over its glyphs; each scan stops as soon as the width passes the room, and each
 * head copies only its own glyphs. (Copying the tail at every cut, or measuring every prefix
 * from the start, made a 1 MB word quadratic.)
 */
class WordCutter {
  private readonly word: Word;
  private readonly shaper: Shaper;
  private readonly counter: WorkCounter | undefined;
  /** Ascending glyph indexes where a hyphen may be inserted. */
  private readonly points: readonly number[];
  private pointAt = 0;
  /** Total glyphs, and the cursor: glyph `pos` is glyph `local` of piece `piece`. */
  readonly n: number;
  private pos = 0;
  private piece = 0;
  private local = 0;
  private readonly hyphens = new Map<RunStyle, Piece | null>();

  constructor(word: Word, shaper: Shaper, hyphenate: Hyphenation | null, counter: WorkCounter | undefined) {
    this.word = word;
    this.shaper = shaper;
    this.counter = counter;
    let n = 0;
    for (const p of word.pieces) n += p.cps.length;
    this.n = n;
    let points: readonly number[] = word.soft;
    if (hyphenate !== null) {
      const text = wordText(word);
      // Hyphenation indexes are string indexes: usable as glyph indexes only without astral characters.
      if (text.length === n) points = mergePoints(word.soft, hyphenate(text));
    }
    this.points = points;
  }

  private hyphenFor(style: RunStyle): Piece | null {
    if (!this.hyphens.has(style)) this.hyphens.set(style, this.shaper.single(HYPHEN, style));
    return this.hyphens.get(style) ?? null;
  }

  /**
   * Measures the rest of the word from the cursor, glyph by glyph, until the width passes
   * `limit` (the room left on the line, or a whole line when the word must be cut anyway).
   */
  scan(room: number, limit: number): Scan {
    const pieces = this.word.pieces;
    while (this.points[this.pointAt] !== undefined && (this.points[this.pointAt] ?? 0) <= this.pos) this.pointAt++;
    let pointAt = this.pointAt;
    let acc = 0;
    let point = 0;
    let hyphen: Piece | null = null;
    let cut = 0;
    let pi = this.piece;
    let li = this.local;
    for (let g = this.pos; g < this.n; g++) {
      let p = pieces[pi];
      while (p && li >= p.cps.length) {
        pi++;
        li = 0;
        p = pieces[pi];
      }
      if (!p) break;
      if (this.counter) this.counter.steps++;
      if (li > 0 && g > this.pos) acc += p.kerns[li - 1] ?? 0;
      acc += p.advs[li] ?? 0;
      li++;
      const end = g + 1; // a head [pos, end)
      if (acc > limit + EPS) break;
      if (acc <= limit + EPS) cut = end;
      let isPoint = false;
      for (let q = this.points[pointAt]; q !== undefined && q <= end; q = this.points[++pointAt]) isPoint ||= q === end;
      if (isPoint) {
        if (end < this.n) {
          const h = this.hyphenFor(p.style);
          if (acc + (h?.width ?? 0) <= room + EPS) {
            point = end;
            hyphen = h;
          }
        }
      }
      if (end === this.n) return { fits: acc <= room + EPS, point, hyphen, cut };
    }
    return { fits: this.pos >= this.n, point, hyphen, cut: Math.max(cut, Math.min(this.pos + 1, this.n)) };
  }

  /** The glyphs from the cursor to `to` as a word that ends its line (with `hyphen` appended); the cursor moves to `to`. */
  head(to: number, hyphen: Piece | null): Word {
    const pieces: Piece[] = [];
    while (this.pos < to) {
      const p = this.word.pieces[this.piece];
      if (!p) break;
      const take = Math.min(p.cps.length - this.local, to - this.pos);
      if (this.counter) this.counter.steps += take;
      pieces.push(this.local === 0 && take === p.cps.length ? p : slicePiece(p, this.local, this.local + take));
      this.pos += take;
      this.local += take;
      if (this.local >= p.cps.length) {
        this.piece++;
        this.local = 0;
      }
    }
    if (hyphen) pieces.push(hyphen);
    return { pieces, width: pieces.reduce((s, p) => s + p.width, 0), space: null, soft: [], forcedBreak: false, closed: true };
  }

  /** The glyphs from the cursor to the end, with the word's space, break and soft hyphens. */
  rest(): Word {
    const w = this.word;
    const pieces: Piece[] = [];
    for (let i = this.piece; i < w.pieces.length; i++) {
      const p = w.pieces[i];
      if (!p) continue;
      if (i === this.piece && this.local > 0) pieces.push(slicePiece(p, this.local, p.cps.length));
      else pieces.push(p);
      if (this.counter) this.counter.steps += p.cps.length - (i === this.piece ? this.local : 0);
    }
    const from = this.pos;
    return {
      pieces,
      width: pieces.reduce((s, p) => s + p.width, 0),
      space: w.space,
      soft: from === 0 ? w.soft : w.soft.filter((s) => s > from).map((s) => s - from),
      forcedBreak: w.forcedBreak,
      closed: w.closed,
    };
  }
}

/**
 * Breaks words into lines of at most `width` points, first fit: a word that does not fit goes
 * to the next line, after trying a hyphenation point (soft hyphens; French syllables when
 * `hyphenate`); a word longer than a whole line is cut between characters. Then places the
 * pieces for the alignment: left, centred, right, or justified (the space between words
 * widened; the last line and lines ending with a forced break stay left-aligned). Linear in the
 * number of glyphs, whatever the length of the words.
 *
 * @example
 * breakLines(shaper.words(runs), shaper, { width: 200, align: "justify", hyphenate: null }).length //=> 3
 */
export function breakLines(words: readonly Word[], shaper: Shaper, options: BreakOptions): TextLine[] {
  const { width: max, align, counter } = options;
  const rawLines: { words: Word[]; forced: boolean }[] = [];
  let line: Word[] = [];
  let lineWidth = 0;
  const close = (forced: boolean): void => {
    rawLines.push({ words: line, forced });
    line = [];
    lineWidth = 0;
  };
  const gapBefore = (): number => line[line.length - 1]?.space?.width ?? 0;
  const add = (w: Word, gap: number): void => {
    line.push(w);
    lineWidth += gap + w.width;
    if (w.forcedBreak) close(true);
  };

  for (const w of words) {
    if (counter) counter.steps++;
    const gap = gapBefore();
    if (lineWidth + gap + w.width <= max + EPS || (line.length === 0 && w.pieces.length === 0)) {
      add(w, gap);
      continue;
    }
    // It does not fit: hyphenate it, move it to the next line, or cut it — as often as needed.
    const cutter = new WordCutter(w, shaper, options.hyphenate, counter);
    for (;;) {
      const g = gapBefore();
      const room = max - lineWidth - g;
      const alone = line.length === 0;
      const scan = cutter.scan(room, alone ? max : room);
      // (What is left fits, or is a single glyph wider than a line: it goes whole.)
      if (scan.fits || (alone && scan.cut >= cutter.n)) {
        add(cutter.rest(), g);
        break;
      }
      if (scan.point > 0) {
        line.push(cutter.head(scan.point, scan.hyphen));
        close(false);
        continue;
      }
      if (!alone) {
        close(false);
        continue;
      }
      // Alone on its line and still too long: cut between characters (at least one per line).
      line.push(cutter.head(scan.cut, null));
      close(false);
    }
  }
  if (line.length > 0 || rawLines.length === 0) close(false);

  return rawLines.map((raw, index) => placeLine(raw.words, raw.forced, index === rawLines.length - 1, max, align));
}

/**
 * Places the words of one line for the alignment: left, centred, right, or justified (the spaces
 * between words widened, except on the last line and on a line a forced break ends).
 *
 * @example
 * placeLine(words, false, false, 200, "justify").items.at(-1) // ends at x + width = 200
 */
export function placeLine(words: readonly Word[], forced: boolean, last: boolean, max: number, align: Alignment): TextLine {
  const content = words.filter((w) => w.pieces.length > 0);
  let natural = 0;
  let gaps = 0;
  content.forEach((w, i) => {
    natural += w.width;
    if (i < content.length - 1 && w.space) {
      natural += w.space.width;
      gaps++;
    }
  });
  const slack = Math.max(0, max - natural);
  const justify = align === "justify" && !last && !forced && gaps > 0;
  const extra = justify ? slack / gaps : 0;
  let x = align === "center" ? slack / 2 : align === "right" ? slack : 0;
  const items: LineItem[] = [];
  content.forEach((w, i) => {
    for (const piece of w.pieces) {
      items.push({ piece, x, width: piece.width, isSpace: false });
      x += piece.width;
    }
    if (i < content.length - 1 && w.space) {
      const width = w.space.width + extra;
      items.push({ piece: w.space, x, width, isSpace: true });
      x += width;
    }
  });
  return { items, naturalWidth: natural, forced, breakSpace: content[content.length - 1]?.space ?? null };
}
