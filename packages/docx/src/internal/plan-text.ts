import {
  PACTE_SANS_METRICS,
  SOFT_HYPHEN,
  ZERO_WIDTH_SPACE,
  breaksAfterDash,
  faceOf,
  isBreakSpace,
  isInvisibleFormat,
  type FaceStyle,
  type Inline,
} from "@pacte/document";

/** The share of the size a superscript is set at (as the PDF engine sets it). */
const SUPERSCRIPT_SCALE = 0.65;
/** What the PDF draws for a character its fonts lack (the engine's substitutes). */
const SUBSTITUTES: ReadonlyMap<number, readonly number[]> = new Map([
  [0x2011, [0x2d]],
  [0x2010, [0x2d]],
  [0x2212, [0x2d]],
  [0x202f, [0x2009, 0xa0, 0x20]],
  [0xa0, [0x20]],
  [0x2007, [0x2002, 0x20]],
]);
/** The advance given to a character Pacte Sans lacks (Greek, Cyrillic…: Pacte Sans Extended draws them), per 1000 em. */
const OTHER_ADVANCE = 556;
const EPS = 1e-6;

/**
 * A run of text in one style, as the plan measures it.
 *
 * @example
 * const run: PlanRun = { text: "Article 5", face: "bold", size: 13 };
 */
export type PlanRun = { readonly text: string; readonly face: FaceStyle; readonly size: number } | { readonly lineBreak: true };

/** A word measured: its glyphs' widths (kerning folded in), the space after it, its soft hyphens, whether a break may or must follow. */
interface PlanWord {
  readonly glyphs: number[];
  width: number;
  space: number;
  readonly soft: number[];
  closed: boolean;
  forced: boolean;
  /** The hyphen's width in the word's last style, for a break at a soft hyphen. */
  hyphen: number;
}

function advance(cp: number, face: FaceStyle): number {
  const own = PACTE_SANS_METRICS.advance(cp, face);
  if (own !== undefined) return own;
  for (const sub of SUBSTITUTES.get(cp) ?? []) {
    const a = PACTE_SANS_METRICS.advance(sub, face);
    if (a !== undefined) return a;
  }
  return OTHER_ADVANCE;
}

/**
 * Inline content as plan runs: marks resolved against a base style (bold, italic, size),
 * superscripts smaller, references showing their label, fields as a two-digit placeholder —
 * what the PDF engine sets for the same content.
 *
 * @example
 * planRuns([{ type: "text", text: "1" }, { type: "text", text: "er", superscript: true }], { bold: false, italic: false, size: 10.5 }, new Map())
 * //=> [{ text: "1", face: "regular", size: 10.5 }, { text: "er", face: "regular", size: 6.825 }]
 */
export function planRuns(content: readonly Inline[], base: { readonly bold: boolean; readonly italic: boolean; readonly size: number }, references: ReadonlyMap<string, string>): PlanRun[] {
  const out: PlanRun[] = [];
  const push = (text: string, marks: { bold?: boolean | undefined; italic?: boolean | undefined; superscript?: boolean | undefined }): void => {
    const face = faceOf(base.bold || marks.bold === true, base.italic || marks.italic === true);
    const size = marks.superscript === true ? base.size * SUPERSCRIPT_SCALE : base.size;
    text
      .replace(/\t/g, " ")
      .split(/\r\n|[\n\r\u2028\u2029]/)
      .forEach((part, i) => {
        if (i > 0) out.push({ lineBreak: true });
        if (part !== "") out.push({ text: part, face, size });
      });
  };
  for (const inline of content) {
    switch (inline.type) {
      case "text":
        push(inline.text, inline);
        break;
      case "link":
        for (const c of inline.children) push(c.text, c);
        break;
      case "ref":
        if (inline.children && inline.children.length > 0) for (const c of inline.children) push(c.text, c);
        else push(references.get(inline.target) ?? inline.target, {});
        break;
      case "field":
        push("00", inline);
        break;
      case "lineBreak":
        out.push({ lineBreak: true });
        break;
    }
  }
  return out;
}

/** Cuts runs into measured words by the shared rules of line breaking (as the PDF engine's shaper). */
function planWords(runs: readonly PlanRun[]): PlanWord[] {
  const words: PlanWord[] = [];
  let cur: PlanWord | null = null;
  let lastFace: FaceStyle | null = null;
  let lastSize = 0;
  let lastCp = -1;
  const fresh = (): PlanWord => ({ glyphs: [], width: 0, space: 0, soft: [], closed: false, forced: false, hyphen: 0 });
  const flush = (): void => {
    if (cur) words.push(cur);
    cur = null;
    lastCp = -1;
  };
  for (const run of runs) {
    if ("lineBreak" in run) {
      cur ??= fresh();
      cur.forced = true;
      cur.closed = true;
      flush();
      continue;
    }
    const scale = run.size / 1000;
    const text = run.text.normalize("NFC");
    let prev = -1;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      const before = prev;
      prev = cp;
      if (isBreakSpace(cp)) {
        if (cur && cur.glyphs.length > 0) {
          cur.space += advance(cp, run.face) * scale;
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
        if (cur && !cur.closed && cur.glyphs.length > 0) cur.soft.push(cur.glyphs.length);
        continue;
      }
      if (cur?.closed) flush();
      const word: PlanWord = cur ?? fresh();
      cur = word;
      const w = advance(cp, run.face) * scale;
      // Kerning within a run of one style, as the PDF's pieces kern.
      const n = word.glyphs.length;
      if (n > 0 && lastFace === run.face && lastSize === run.size && lastCp >= 0) {
        const k = PACTE_SANS_METRICS.kerning(lastCp, cp, run.face) * scale;
        word.glyphs[n - 1] = (word.glyphs[n - 1] ?? 0) + k;
        word.width += k;
      }
      word.glyphs.push(w);
      word.width += w;
      word.hyphen = advance(0x2d, run.face) * scale;
      lastFace = run.face;
      lastSize = run.size;
      lastCp = cp;
      if (i < text.length && breaksAfterDash(before, cp, text.codePointAt(i) ?? 0)) word.closed = true;
    }
    // Kerning does not carry across runs.
    lastCp = -1;
  }
  flush();
  const last = words[words.length - 1];
  if (last && !last.forced) last.closed = false;
  return words;
}

/**
 * How many lines inline content takes at a width, broken first-fit as the PDF engine breaks it:
 * a word that does not fit goes to the next line after trying its soft hyphens, a word longer
 * than a line is cut between characters; a line ends at a forced break. At least one line.
 *
 * @example
 * lineCount(planRuns(paragraph.content, base, references), 481.89) //=> 3
 */
export function lineCount(runs: readonly PlanRun[], width: number): number {
  const max = Math.max(width, 1);
  let lines = 0;
  let lineWidth = 0;
  let gap = 0; // the space after the line's last word
  let inLine = false;
  const close = (): void => {
    lines++;
    lineWidth = 0;
    gap = 0;
    inLine = false;
  };
  const add = (w: PlanWord, width: number): void => {
    lineWidth += (inLine ? gap : 0) + width;
    gap = w.space;
    inLine = true;
    if (w.forced) close();
  };
  for (const w of planWords(runs)) {
    if (lineWidth + (inLine ? gap : 0) + w.width <= max + EPS || (!inLine && w.glyphs.length === 0)) {
      add(w, w.width);
      continue;
    }
    let from = 0;
    let soft = 0;
    for (;;) {
      const room = max - lineWidth - (inLine ? gap : 0);
      const alone = !inLine;
      let acc = 0;
      let cut = 0;
      let point = 0;
      let fits = true;
      while (soft < w.soft.length && (w.soft[soft] ?? 0) <= from) soft++;
      let s = soft;
      for (let g = from; g < w.glyphs.length; g++) {
        acc += w.glyphs[g] ?? 0;
        if (acc > (alone ? max : room) + EPS) {
          fits = false;
          break;
        }
        cut = g + 1;
        while (s < w.soft.length && (w.soft[s] ?? 0) < g + 1) s++;
        if (w.soft[s] === g + 1 && g + 1 < w.glyphs.length && acc + w.hyphen <= room + EPS) point = g + 1;
      }
      if (acc > room + EPS) fits = false;
      if (fits || (alone && cut >= w.glyphs.length)) {
        add(w, acc);
        break;
      }
      if (point > 0) {
        from = point;
        close();
        continue;
      }
      if (!alone) {
        close();
        continue;
      }
      from = Math.max(cut, from + 1);
      close();
    }
  }
  if (inLine || lines === 0) close();
  return lines;
}

/**
 * The widest word and the widest unbroken line of some content, in points (for a table's auto
 * columns, as the PDF measures its cells).
 *
 * @example
 * contentWidths(planRuns(cell.content, base, references)) //=> { min: 38.2, max: 120.5 }
 */
export function contentWidths(runs: readonly PlanRun[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  let line = 0;
  const words = planWords(runs);
  words.forEach((w, i) => {
    min = Math.max(min, w.width);
    line += w.width;
    if (w.forced || i === words.length - 1) {
      max = Math.max(max, line);
      line = 0;
    } else line += w.space;
  });
  return { min, max };
}

/**
 * The natural width of a text on one line (a list label, the page-number column).
 *
 * @example
 * textWidth("10.", "regular", 10.5) //=> 14.6
 */
export function textWidth(text: string, face: FaceStyle, size: number): number {
  let w = 0;
  let last = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += advance(cp, face);
    if (last >= 0) w += PACTE_SANS_METRICS.kerning(last, cp, face);
    last = cp;
  }
  return (w * size) / 1000;
}
