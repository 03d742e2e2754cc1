const VOWELS = new Set("aeiouyàâäéèêëîïôöùûüÿæœ");
/** Consonant pairs that stay together and start the next syllable (ta-ble, ma-tra-que, si-gner). */
const ONSETS = new Set([
  "bl", "cl", "fl", "gl", "pl", "br", "cr", "dr", "fr", "gr", "kr", "pr", "tr", "vr",
  "ch", "ph", "th", "gn", "rh", "qu", "gu",
]);
/** Clusters of three that stay together (chrétien, phrase, throne). */
const ONSETS3 = new Set(["chr", "chl", "phr", "phl", "thr"]);
const MIN_WORD = 6;
const MIN_LEFT = 2;
const MIN_RIGHT = 3;
/** A last syllable made of consonants and a mute e (-ble, -tre, -gue, -ques) is not carried over. */
const MUTE_END = /^(?:qu|gu|[^aeiouyàâäéèêëîïôöùûüÿæœ])+(?:e|es)$/;

const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === undefined || !VOWELS.has(c)) return false;
  // The u of qu and gu (before a vowel) belongs to the consonant: qu-oi, lan-gue.
  if (c === "u" && i > 0 && (w[i - 1] === "q" || w[i - 1] === "g") && w[i + 1] !== undefined && VOWELS.has(w[i + 1] ?? "")) {
    return false;
  }
  return true;
};

function syllableBreaks(w: string): number[] {
  const breaks: number[] = [];
  let i = 0;
  const n = w.length;
  while (i < n && !isVowelAt(w, i)) i++; // leading consonants belong to the first syllable
  while (i < n) {
    while (i < n && isVowelAt(w, i)) i++; // the nucleus (vowel sequences are never split)
    const start = i;
    while (i < n && !isVowelAt(w, i)) i++;
    if (i >= n) break; // final consonants stay
    const cluster = w.slice(start, i);
    if (cluster.includes("x")) continue; // exa-men: never split around an x between vowels
    const len = cluster.length;
    if (len === 1) breaks.push(start);
    else if (len >= 3 && ONSETS3.has(cluster.slice(-3))) breaks.push(i - 3);
    else if (ONSETS.has(cluster.slice(-2))) breaks.push(i - 2);
    else breaks.push(i - 1);
  }
  return breaks;
}

/**
 * Where a French word may take a hyphen at the end of a line: indexes `i` such that the word
 * may become `word.slice(0, i) + "-"` / `word.slice(i)`. A small rule-based syllabification —
 * one consonant goes with the next vowel (é-ta-blis-se-ment), two are split (ac-tion) unless
 * they form an onset such as bl, tr, ch, gn (ta-ble, si-gner) — with at least 2 letters before
 * the break and 3 after, no break in a vowel sequence, around an x, before a mute final
 * syllable (-ble, -tre) or in words shorter than 6 letters, starting with a capital (names, acronyms), or holding
 * anything but letters. After an apostrophe (l’administration) only the second part is cut.
 * Limits: no exception dictionary, no prefixes (in-exact), no etymological breaks.
 *
 * @example
 * frenchHyphenation("solidarités") //=> [2, 4, 6, 8] (so-li-da-ri-tés)
 * frenchHyphenation("administration") //=> [2, 4, 7, 10] (ad-mi-nis-tra-tion)
 * frenchHyphenation("CAF") //=> []
 */
export function frenchHyphenation(word: string): number[] {
  const apostrophe = Math.max(word.lastIndexOf("’"), word.lastIndexOf("'"));
  const offset = apostrophe >= 0 ? apostrophe + 1 : 0;
  const part = word.slice(offset);
  if (part.length < MIN_WORD || !/^\p{L}+$/u.test(part) || part[0] !== part[0]?.toLowerCase()) return [];
  if (part !== part.normalize("NFC")) return [];
  const lower = part.toLowerCase();
  return syllableBreaks(lower)
    .filter((b) => b >= MIN_LEFT && lower.length - b >= MIN_RIGHT && !MUTE_END.test(lower.slice(b)))
    .map((b) => b + offset);
}
