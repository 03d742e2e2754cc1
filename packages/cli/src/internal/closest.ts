// Suggestions for a typo: the candidate closest to what was typed, if it is close enough.

// Edit distance where swapping two neighbouring letters counts as one edit ("titel" → "title").
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = d;
    }
  }
  return at(a.length, b.length);
}

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The candidate nearest to `typed` (edit distance, ignoring case and accents) when it is within
 * a third of the word's length (at least 1, at most 3), else `undefined`.
 *
 * @example
 * closest("preambul", ["preambule", "period"]) //=> "preambule"
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const t = fold(typed);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(t, fold(c));
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(t.length / 3)));
  return bestD <= limit ? best : undefined;
}
