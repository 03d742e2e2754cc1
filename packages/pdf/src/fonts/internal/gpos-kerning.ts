// Reads pair kerning (GPOS lookup type 2, directly or through extension lookups of type 9) from
// the tables fontkit has parsed, so that a pair costs a table look-up instead of a shaping run.
// Only what horizontal Latin text needs: the first glyph's xAdvance (value1) of every `kern`
// lookup, summed over lookups, first matching subtable within a lookup.

/** A loosely typed view of fontkit's parsed tables (restructure objects and lazy arrays). */
type Node = Record<string, unknown>;

const at = (list: unknown, i: number): unknown => {
  if (Array.isArray(list)) return list[i];
  if (list && typeof (list as { get?: unknown }).get === "function") return (list as { get(i: number): unknown }).get(i);
  return undefined;
};
const num = (v: unknown): number => (typeof v === "number" ? v : 0);

function coverageIndex(coverage: Node | undefined, glyph: number): number {
  if (!coverage) return -1;
  if (coverage.version === 1) {
    const glyphs = coverage.glyphs as unknown;
    const n = num(coverage.glyphCount);
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = num(at(glyphs, mid));
      if (g === glyph) return mid;
      if (g < glyph) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  if (coverage.version === 2) {
    const records = coverage.rangeRecords as unknown;
    const n = num(coverage.rangeCount);
    for (let i = 0; i < n; i++) {
      const r = at(records, i) as Node | undefined;
      if (r && glyph >= num(r.start) && glyph <= num(r.end)) return num(r.startCoverageIndex) + glyph - num(r.start);
    }
  }
  return -1;
}

function classOf(classDef: Node | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const i = glyph - num(classDef.startGlyph);
    return i >= 0 && i < num(classDef.glyphCount) ? num(at(classDef.classValueArray, i)) : 0;
  }
  if (classDef.version === 2) {
    const records = classDef.classRangeRecord as unknown;
    const n = num(classDef.classRangeCount);
    for (let i = 0; i < n; i++) {
      const r = at(records, i) as Node | undefined;
      if (r && glyph >= num(r.start) && glyph <= num(r.end)) return num(r.class);
    }
  }
  return 0;
}

/** The kerning of one pair in one subtable, or undefined when the subtable does not cover it. */
function pairInSubtable(st: Node, left: number, right: number): number | undefined {
  const index = coverageIndex(st.coverage as Node | undefined, left);
  if (index < 0) return undefined;
  if (st.version === 1) {
    const set = at(st.pairSets, index);
    const n = Array.isArray(set) ? set.length : num((set as Node | undefined)?.length);
    for (let i = 0; i < n; i++) {
      const rec = at(set, i) as Node | undefined;
      if (rec && num(rec.secondGlyph) === right) return num((rec.value1 as Node | undefined)?.xAdvance);
    }
    return undefined;
  }
  if (st.version === 2) {
    const c1 = classOf(st.classDef1 as Node | undefined, left);
    const c2 = classOf(st.classDef2 as Node | undefined, right);
    const row = at(st.classRecords, c1);
    const rec = at(row, c2) as Node | undefined;
    return rec ? num((rec.value1 as Node | undefined)?.xAdvance) : undefined;
  }
  return undefined;
}

/**
 * A function giving the kerning of a glyph pair, in font units.
 *
 * @example
 * const kern: PairKerning = (left, right) => 0;
 */
export type PairKerning = (leftGlyph: number, rightGlyph: number) => number;

/**
 * Builds the pair kerning function of a font from its GPOS `kern` feature, or `undefined` when
 * the font has none (or tables of a shape this reader does not know).
 *
 * @example
 * gposKerning(font)?.(glyphOf("A"), glyphOf("V")) //=> -152
 */
export function gposKerning(font: unknown): PairKerning | undefined {
  try {
    const gpos = (font as { GPOS?: Node }).GPOS;
    if (!gpos) return undefined;
    const features = gpos.featureList as unknown[] | undefined;
    if (!Array.isArray(features)) return undefined;
    const indexes = new Set<number>();
    for (const f of features as Node[]) {
      if (f.tag !== "kern") continue;
      const ids = (f.feature as Node | undefined)?.lookupListIndexes;
      if (Array.isArray(ids)) for (const i of ids) indexes.add(num(i));
    }
    if (indexes.size === 0) return undefined;
    const subtables: Node[][] = [];
    for (const i of [...indexes].sort((a, b) => a - b)) {
      const lookup = at(gpos.lookupList, i) as Node | undefined;
      if (!lookup) continue;
      const type = num(lookup.lookupType);
      const list: Node[] = [];
      const sts = lookup.subTables as unknown[] | undefined;
      const n = Array.isArray(sts) ? sts.length : 0;
      for (let k = 0; k < n; k++) {
        const raw = at(sts, k) as Node | undefined;
        const st = type === 9 ? (raw?.extension as Node | undefined) : raw;
        const stType = type === 9 ? num(raw?.lookupType) : type;
        if (st && stType === 2) list.push(st);
      }
      if (list.length > 0) subtables.push(list);
    }
    if (subtables.length === 0) return undefined;
    return (left, right) => {
      let total = 0;
      for (const lookup of subtables) {
        for (const st of lookup) {
          const v = pairInSubtable(st, left, right);
          if (v !== undefined) {
            total += v;
            break;
          }
        }
      }
      return total;
    };
  } catch {
    return undefined;
  }
}
