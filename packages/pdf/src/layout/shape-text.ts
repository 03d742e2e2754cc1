import { SOFT_HYPHEN, ZERO_WIDTH_SPACE, breaksAfterDash, isBreakSpace, isInvisibleFormat } from "@pacte/document";
import type { FontFace, FontStack } from "../fonts/font-stack";
import { codePointLabel, pdfIssue } from "../pdf-issue";
import { type Issue, type IssuePath, type Lang } from "@pacte/issues";
import type { RunStyle } from "./run-style";
import type { StyledRun } from "./styled-run";

/**
 * Glyphs of one face and one style, measured: advances and kerning in points. `src` holds the
 * characters of the document (what text extraction gives back), `cps` what is drawn (the same,
 * or a substitute such as a hyphen for U+2011).
 *
 * @example
 * shaper.words([{ text: "AV", style, path: [] }])[0]?.pieces[0]?.kerns[0] //=> -0.74
 */
export interface Piece {
  readonly face: FontFace;
  readonly style: RunStyle;
  readonly cps: number[];
  /** The same array as `cps` while no glyph stands for another character (nearly always: one array less a piece). */
  readonly src: number[];
  readonly advs: number[];
  /** Kerning between glyph i and glyph i + 1 of this piece (the last one is 0). */
  readonly kerns: number[];
  width: number;
}

/**
 * A unit the line breaker never splits unless it must: glyph pieces with no break opportunity
 * between them, the breakable space that follows (drawn only inside a line), the soft-hyphen
 * positions (glyph indexes where `-` may be inserted) and whether a forced break follows.
 *
 * @example
 * shaper.words([{ text: "Vu le", style, path: [] }])[0]?.space?.cps //=> [32]
 */
export interface Word {
  readonly pieces: Piece[];
  width: number;
  space: Piece | null;
  readonly soft: number[];
  forcedBreak: boolean;
  /** Whether a break may be made after it: false only for a word that ends the paragraph. */
  closed: boolean;
}

/**
 * Width of a piece's glyphs from `from` to `to` (exclusive), kerning between them included.
 *
 * @example
 * pieceWidth(piece, 0, piece.cps.length) === piece.width //=> true
 */
export function pieceWidth(piece: Piece, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    w += piece.advs[i] ?? 0;
    if (i < to - 1) w += piece.kerns[i] ?? 0;
  }
  return w;
}

/**
 * A copy of glyphs `from`–`to` of a piece, its width recomputed.
 *
 * @example
 * slicePiece(piece, 0, 3).cps.length //=> 3
 */
export function slicePiece(piece: Piece, from: number, to: number): Piece {
  const kerns = piece.kerns.slice(from, to);
  if (kerns.length > 0) kerns[kerns.length - 1] = 0;
  const cps = piece.cps.slice(from, to);
  const p: Piece = {
    face: piece.face,
    style: piece.style,
    cps,
    src: piece.src === piece.cps ? cps : piece.src.slice(from, to),
    advs: piece.advs.slice(from, to),
    kerns,
    width: 0,
  };
  p.width = pieceWidth(p, 0, p.cps.length);
  return p;
}

interface ShapedGlyph {
  readonly face: FontFace;
  readonly codePoint: number;
  readonly adv: number;
}

/**
 * Builds pieces glyph by glyph, reporting characters no font has.
 *
 * @example
 * new Shaper(FontStack.create("Pacte Sans", [pacteSans()]), issues, "fr").words(runs).length //=> 12
 */
export class Shaper {
  private readonly reported = new Set<string>();
  /** Per style, what each code point resolves to and its advance in points (one look-up a character). */
  private readonly glyphs = new Map<RunStyle, Map<number, ShapedGlyph | null>>();
  private lastStyle: RunStyle | null = null;
  private lastGlyphs = new Map<number, ShapedGlyph | null>();
  private readonly spaces = new Map<RunStyle, Map<number, Piece>>();
  private kernLeft = -1;
  private kernRight = -1;
  private kernFace: FontFace | null = null;
  private kernSize = 0;
  private kernValue = 0;

  private readonly stack: FontStack;
  private readonly issues: Issue[];
  private readonly lang: Lang;

  constructor(stack: FontStack, issues: Issue[], lang: Lang) {
    this.stack = stack;
    this.issues = issues;
    this.lang = lang;
  }

  /**
   * Appends one character to `pieces` (a new piece when face or style changes); false when no
   * font has it. `source` and `at` tell what the user typed for it, when the text was composed
   * (NFC) into it, for the issue.
   */
  addGlyph(pieces: Piece[], cp: number, style: RunStyle, path: IssuePath, source?: ComposedText, at = 0): boolean {
    if (style !== this.lastStyle) {
      this.lastStyle = style;
      let glyphs = this.glyphs.get(style);
      if (!glyphs) this.glyphs.set(style, (glyphs = new Map()));
      this.lastGlyphs = glyphs;
    }
    let glyph = this.lastGlyphs.get(cp);
    if (glyph === undefined) {
      const r = this.stack.resolve(cp, style.font);
      glyph = r ? { face: r.face, codePoint: r.codePoint, adv: r.face.metrics.advance(r.codePoint) * (style.size / 1000) } : null;
      this.lastGlyphs.set(cp, glyph);
    }
    if (!glyph) {
      this.reportMissing(cp, path, source, at);
      return false;
    }
    const { face, codePoint, adv } = glyph;
    let piece = pieces[pieces.length - 1];
    if (!piece || piece.face !== face || piece.style !== style) {
      const cps: number[] = [];
      piece = { face, style, cps, src: cps, advs: [], kerns: [], width: 0 };
      pieces.push(piece);
    }
    const n = piece.cps.length;
    if (n > 0) {
      const prev = piece.cps[n - 1] ?? 0;
      // (The same pair again, as in a long run of one letter, skips the font's pair table.)
      if (prev !== this.kernLeft || codePoint !== this.kernRight || face !== this.kernFace || style.size !== this.kernSize) {
        this.kernLeft = prev;
        this.kernRight = codePoint;
        this.kernFace = face;
        this.kernSize = style.size;
        this.kernValue = face.metrics.kerning(prev, codePoint) * (style.size / 1000);
      }
      const k = this.kernValue;
      piece.kerns[n - 1] = k;
      piece.width += k;
    }
    if (piece.src !== piece.cps) piece.src.push(cp);
    else if (codePoint !== cp) {
      // The first glyph that stands for another character (a hyphen for U+2011): the source
      // characters get an array of their own from here on.
      const src = piece.cps.slice();
      src.push(cp);
      (piece as { src: number[] }).src = src;
    }
    piece.cps.push(codePoint);
    piece.advs.push(adv);
    piece.kerns.push(0);
    piece.width += adv;
    return true;
  }

  /** A piece holding only the space `cp` in `style`, shared by every word it follows (not to be modified). */
  private spacePiece(cp: number, style: RunStyle, path: IssuePath, source: ComposedText, at: number): Piece | null {
    let byCp = this.spaces.get(style);
    if (!byCp) this.spaces.set(style, (byCp = new Map()));
    const known = byCp.get(cp);
    if (known) return known;
    const pieces: Piece[] = [];
    const piece = this.addGlyph(pieces, cp, style, path, source, at) ? pieces[0] : undefined;
    if (!piece) return null; // (reported; not cached, so that another path reports it too)
    byCp.set(cp, piece);
    return piece;
  }

  private reportMissing(cp: number, path: IssuePath, source: ComposedText | undefined, at: number): void {
    const key = `${path.join("/")}|${cp}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const params: Record<string, unknown> = { character: String.fromCodePoint(cp), codePoint: codePointLabel(cp), fonts: this.stack.familyNames };
    const typed = source?.typedAt(at);
    if (typed !== undefined && typed !== params.character) {
      const typedCps = Array.from(typed, (c) => c.codePointAt(0) ?? 0);
      params.typedBase = String.fromCodePoint(typedCps[0] ?? 0);
      params.typedCodePoints = typedCps.map(codePointLabel);
    }
    this.issues.push(pdfIssue("pdf.missing_glyph", path, params, this.lang));
  }

  /**
   * A piece holding only `cp` in `style` (a hyphen added by hyphenation), or null when no font has it.
   *
   * @example
   * shaper.single(0x2d, style)?.width //=> 3.49
   */
  single(cp: number, style: RunStyle): Piece | null {
    const pieces: Piece[] = [];
    const resolved = this.stack.resolve(cp, style.font);
    if (!resolved) return null;
    this.addGlyph(pieces, cp, style, []);
    return pieces[0] ?? null;
  }

  /**
   * Cuts styled runs into measured words: text NFC-normalised first (combining accents composed
   * with their letter), breaks at spaces (never at U+00A0, U+202F or U+2007), after hyphens
   * between letters, at U+200B; soft hyphens recorded as possible breaks; forced line breaks
   * kept. Leading spaces of a line are dropped. Linear in the length of the text.
   *
   * @example
   * shaper.words([{ text: "Vu le code", style, path: [] }]).length //=> 3
   */
  words(runs: readonly StyledRun[]): Word[] {
    const words: Word[] = [];
    let cur: Word | null = null;
    let glyphs = 0; // glyphs of `cur`
    const fresh = (): Word => ({ pieces: [], width: 0, space: null, soft: [], forcedBreak: false, closed: false });
    const flush = (): void => {
      if (cur) {
        let width = 0;
        for (const p of cur.pieces) width += p.width;
        cur.width = width;
        words.push(cur);
        cur = null;
        glyphs = 0;
      }
    };

    for (const run of runs) {
      if ("lineBreak" in run) {
        if (!cur) cur = fresh();
        cur.forcedBreak = true;
        cur.closed = true;
        flush();
        continue;
      }
      const { style, path } = run;
      const typed = composedText(run.text);
      const text = typed.text;
      let prevChar = -1;
      for (let i = 0; i < text.length; ) {
        const at = i;
        const cp = text.codePointAt(i) ?? 0;
        const size = cp > 0xffff ? 2 : 1;
        const before = prevChar;
        prevChar = cp;
        i += size;
        if (isBreakSpace(cp)) {
          if (cur && cur.pieces.length > 0) {
            if (!cur.space) {
              // The usual case, one space after a word: one shared piece per style and space
              // character (never modified: a second space copies it first).
              const shared = this.spacePiece(cp, style, path, typed, at);
              if (shared) cur.space = shared;
              cur.closed = true;
              continue;
            }
            const spaces: Piece[] = [slicePiece(cur.space, 0, cur.space.cps.length)];
            if (this.addGlyph(spaces, cp, style, path, typed, at)) {
              // Spaces of different styles after one word: keep the first piece, widened.
              const first = spaces[0];
              if (first && spaces.length > 1) {
                for (const extra of spaces.slice(1)) first.width += extra.width;
              }
              cur.space = first ?? null;
            }
            cur.closed = true;
          }
          continue;
        }
        if (isInvisibleFormat(cp)) continue;
        if (cp === ZERO_WIDTH_SPACE) {
          if (cur) cur.closed = true;
          continue;
        }
        if (cp === SOFT_HYPHEN) {
          if (cur && !cur.closed && cur.pieces.length > 0) cur.soft.push(glyphs);
          continue;
        }
        if (cur?.closed) flush();
        cur ??= fresh();
        if (this.addGlyph(cur.pieces, cp, style, path, typed, at)) glyphs++;
        // (The rules of line breaking are @pacte/document's, which the DOCX lays its pages out by.)
        if (i < text.length && breaksAfterDash(before, cp, text.codePointAt(i) ?? 0)) cur.closed = true;
      }
    }
    flush();
    const last = words[words.length - 1];
    if (last && !last.forcedBreak) last.closed = false;
    return words;
  }
}

/** A letter followed by its combining marks (or marks alone): what NFC composes together. */
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gsu;

/**
 * A text NFC-normalised, and what the user typed for each of its characters: for text already
 * in NFC (nearly all) the character itself, at no cost; otherwise each letter with its combining
 * marks is composed on its own, and remembered as typed (« ê » + U+0301 for « ế »).
 */
interface ComposedText {
  readonly text: string;
  typedAt(offset: number): string | undefined;
}

const asTyped = (text: string): ComposedText => ({ text, typedAt: () => undefined });

function composedText(raw: string): ComposedText {
  const nfc = raw.normalize("NFC");
  if (nfc === raw) return asTyped(raw);
  const starts: number[] = [];
  const typed: string[] = [];
  let text = "";
  for (const m of raw.matchAll(SEGMENT)) {
    starts.push(text.length);
    typed.push(m[0]);
    text += m[0].normalize("NFC");
  }
  // (Composition across letters — Hangul jamo — is not for the scripts we set: then no memory of the typing.)
  if (text !== nfc) return asTyped(nfc);
  return {
    text,
    typedAt(offset: number): string | undefined {
      // The last segment starting at or before `offset` (binary search; only for issues).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return typed[lo];
    },
  };
}
