import { normalizeText } from "./normalize";

/**
 * How well a query matched a name: 0 exact, 1 prefix, 2 start of a later word, 3 anywhere.
 * Lower is better.
 */
export type MatchScore = 0 | 1 | 2 | 3;

/** A prebuilt index for name search over a fixed list: terms are normalised once. */
export interface NameIndex<T> {
  readonly entries: readonly { readonly item: T; readonly position: number; readonly terms: readonly string[] }[];
  readonly exact: ReadonlyMap<string, readonly number[]>;
}

/** Folds a name or query the way the name index does (accents, case, punctuation, "St"). */
export function normalizeName(text: unknown): string {
  return normalizeText(text, { saint: true });
}

/**
 * Builds a {@link NameIndex}: each item is searchable under the names `termsOf` gives
 * (official name, aliases…), normalised with {@link normalizeName}.
 */
export function buildNameIndex<T>(items: readonly T[], termsOf: (item: T) => readonly string[]): NameIndex<T> {
  const exact = new Map<string, number[]>();
  const entries = items.map((item, position) => {
    const terms = [...new Set(termsOf(item).map(normalizeName).filter((t) => t !== ""))];
    for (const t of terms) {
      const list = exact.get(t);
      if (list === undefined) exact.set(t, [position]);
      else list.push(position);
    }
    return { item, position, terms };
  });
  return { entries, exact };
}

function scoreTerm(term: string, q: string): MatchScore | undefined {
  if (term === q) return 0;
  if (term.startsWith(q)) return 1;
  const at = term.indexOf(q);
  if (at < 0) return undefined;
  if (term[at - 1] === " ") return 2;
  // A later occurrence may start a word even if the first one does not.
  return term.includes(` ${q}`) ? 2 : 3;
}

/**
 * Scores every item of the index against `query` (best score over its terms), keeping those
 * that match and pass `keep`. Results are in index order; callers sort. An empty or
 * non-string query matches nothing.
 */
export function searchNames<T>(
  index: NameIndex<T>,
  query: unknown,
  keep: (item: T) => boolean = () => true,
): { item: T; position: number; score: MatchScore }[] {
  const q = normalizeName(query);
  if (q === "") return [];
  const out: { item: T; position: number; score: MatchScore }[] = [];
  for (const entry of index.entries) {
    let best: MatchScore | undefined;
    for (const term of entry.terms) {
      const s = scoreTerm(term, q);
      if (s !== undefined && (best === undefined || s < best)) best = s;
      if (best === 0) break;
    }
    if (best !== undefined && keep(entry.item)) out.push({ item: entry.item, position: entry.position, score: best });
  }
  return out;
}

/** Turns a user-given `limit` into a usable one: a non-negative integer, `fallback` otherwise. */
export function sanitizeLimit(limit: unknown, fallback: number): number {
  if (typeof limit !== "number" || Number.isNaN(limit)) return fallback;
  if (limit === Number.POSITIVE_INFINITY) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor(limit));
}
