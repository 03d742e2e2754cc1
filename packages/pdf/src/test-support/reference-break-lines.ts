// The line breaker as first written (quadratic on long words), kept as the oracle the linear one
// is checked against in break-lines.test.ts. Test support only: never imported by the library.
import type { Alignment } from "@pacte/document";
import { placeLine, type TextLine } from "../layout/break-lines";
import { frenchHyphenation } from "../layout/french-hyphenation";
import { slicePiece, type Piece, type Shaper, type Word } from "../layout/shape-text";

interface BreakOptions {
  readonly width: number;
  readonly align: Alignment;
  readonly hyphenate: boolean;
}

const EPS = 1e-6;
const HYPHEN = 0x2d;

const flatGlyphs = (w: Word): number => w.pieces.reduce((n, p) => n + p.cps.length, 0);

/** Width of the first `k` glyphs of a word (kerning inside the cut included). */
function prefixWidth(w: Word, k: number): number {
  let width = 0;
  let left = k;
  for (const p of w.pieces) {
    if (left <= 0) break;
    const take = Math.min(left, p.cps.length);
    for (let i = 0; i < take; i++) {
      width += p.advs[i] ?? 0;
      if (i < take - 1) width += p.kerns[i] ?? 0;
    }
    left -= take;
  }
  return width;
}

/** Splits a word after `k` glyphs; the head ends the line (with `hyphen` appended when given). */
function splitWord(w: Word, k: number, hyphen: Piece | null): [Word, Word] {
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let left = k;
  for (const p of w.pieces) {
    if (left >= p.cps.length) head.push(p);
    else if (left <= 0) tail.push(p);
    else {
      head.push(slicePiece(p, 0, left));
      tail.push(slicePiece(p, left, p.cps.length));
    }
    left -= p.cps.length;
  }
  if (hyphen) head.push(hyphen);
  const sum = (ps: Piece[]): number => ps.reduce((s, p) => s + p.width, 0);
  return [
    { pieces: head, width: sum(head), space: null, soft: [], forcedBreak: false, closed: true },
    {
      pieces: tail,
      width: sum(tail),
      space: w.space,
      soft: w.soft.filter((s) => s > k).map((s) => s - k),
      forcedBreak: w.forcedBreak,
      closed: w.closed,
    },
  ];
}

function wordText(w: Word): string {
  let s = "";
  for (const p of w.pieces) s += String.fromCodePoint(...p.src);
  return s;
}

/**
 * Breaks words into lines of at most `width` points, first fit: a word that does not fit goes
 * to the next line, after trying a hyphenation point (soft hyphens; French syllables when
 * `hyphenate`); a word longer than a whole line is cut between characters. Then places the
 * pieces for the alignment: left, centred, right, or justified (the space between words
 * widened; the last line and lines ending with a forced break stay left-aligned).
 *
 * @example
 * breakLines(shaper.words(runs), shaper, { width: 200, align: "justify", hyphenate: false }).length //=> 3
 */
export function referenceBreakLines(words: readonly Word[], shaper: Shaper, options: BreakOptions): TextLine[] {
  const { width: max, align } = options;
  const rawLines: { words: Word[]; forced: boolean }[] = [];
  let line: Word[] = [];
  let lineWidth = 0;
  const close = (forced: boolean): void => {
    rawLines.push({ words: line, forced });
    line = [];
    lineWidth = 0;
  };
  const hyphenPiece = (w: Word, k: number): Piece | null => {
    let left = k;
    for (const p of w.pieces) {
      if (left <= p.cps.length) return shaper.single(HYPHEN, p.style);
      left -= p.cps.length;
    }
    return null;
  };

  const queue: Word[] = [...words];
  for (let qi = 0; qi < queue.length; qi++) {
    const w = queue[qi];
    if (!w) continue;
    const prev = line[line.length - 1];
    const gap = prev?.space ? prev.space.width : 0;
    if (lineWidth + gap + w.width <= max + EPS || (line.length === 0 && w.pieces.length === 0)) {
      line.push(w);
      lineWidth += gap + w.width;
      if (w.forcedBreak) close(true);
      continue;
    }
    // Try a hyphenation point: the longest head that fits with its hyphen.
    const room = max - lineWidth - gap;
    const points = new Set(w.soft);
    if (options.hyphenate) for (const b of frenchHyphenation(wordText(w))) points.add(b);
    let best = -1;
    let bestHyphen: Piece | null = null;
    for (const k of [...points].sort((a, b) => b - a)) {
      if (k <= 0 || k >= flatGlyphs(w)) continue;
      const hyphen = hyphenPiece(w, k);
      if (prefixWidth(w, k) + (hyphen?.width ?? 0) <= room + EPS) {
        best = k;
        bestHyphen = hyphen;
        break;
      }
    }
    if (best > 0) {
      const [head, tail] = splitWord(w, best, bestHyphen);
      line.push(head);
      close(false);
      queue[qi] = tail;
      qi--;
      continue;
    }
    if (line.length > 0) {
      close(false);
      qi--;
      continue;
    }
    // Alone on its line and still too long: cut between characters (at least one per line).
    const n = flatGlyphs(w);
    let k = 1;
    while (k < n && prefixWidth(w, k + 1) <= max + EPS) k++;
    if (k >= n) {
      line.push(w);
      lineWidth = w.width;
      if (w.forcedBreak) close(true);
      continue;
    }
    const [head, tail] = splitWord(w, k, null);
    line.push(head);
    close(false);
    queue[qi] = tail;
    qi--;
  }
  if (line.length > 0 || rawLines.length === 0) close(false);

  return rawLines.map((raw, index) => placeLine(raw.words, raw.forced, index === rawLines.length - 1, max, align));
}
