/** Options of {@link closestMatch}. */
export interface ClosestMatchOptions {
  /**
   * The most edits a suggestion may be away from what was typed. By default a third of the
   * typed word's length, at least 1 and at most 3.
   */
  readonly maxDistance?: number;
  /** Suggest the one candidate that starts with what was typed, when at least 3 characters were (`cls-dep` → `cls-departement-2024`); on by default. */
  readonly prefix?: boolean;
}

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Edit distance where swapping two neighbouring letters counts as one edit ("titel" → "title"), capped at `limit + 1`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate a typo most likely meant — the one "did you mean" of every package: the only
 * candidate that starts with what was typed, else the nearest one by edit distance (ignoring
 * case and accents, a swap of two letters counting as one edit) when it is close enough;
 * `undefined` otherwise. Ties go to the first candidate. Bounded: words longer than 64
 * characters are not compared.
 *
 * @example
 * closestMatch("preambul", ["preambule", "period"]) //=> "preambule"
 * closestMatch("cls-departement", ["cls-departement-2024", "calpae-2019"]) //=> "cls-departement-2024"
 * closestMatch("zzz", ["preambule"]) //=> undefined
 */
export function closestMatch(typed: string, candidates: Iterable<string>, options: ClosestMatchOptions = {}): string | undefined {
  const t = fold(typed.trim());
  if (t.length === 0 || t.length > 64) return undefined;
  const list = [...candidates];
  if (options.prefix !== false && t.length >= 3) {
    const prefixed = list.filter((c) => fold(c).startsWith(t));
    if (prefixed.length === 1) return prefixed[0];
  }
  const limit = options.maxDistance ?? Math.min(3, Math.max(1, Math.floor(t.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const c = fold(candidate);
    if (c.length > 64) continue;
    const d = distance(t, c, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
