/** Levenshtein distance between two strings (small inputs only). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, substitution));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The candidate a typo most likely meant: one that starts with the input (`cls-departement` →
 * `cls-departement-2024`), else the nearest within 3 edits; `undefined` when none is close.
 */
export function closestCandidate(input: string, candidates: readonly string[]): string | undefined {
  const q = input.trim().toLowerCase();
  if (q.length === 0) return undefined;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(q));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = 4;
  for (const c of candidates) {
    const d = editDistance(q, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
