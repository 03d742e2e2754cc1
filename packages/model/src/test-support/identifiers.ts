// Test and benchmark helpers: generate identifiers with a correct Luhn key. Not published.
import { luhnCheckDigit } from "../internal/luhn";

/** Appends the Luhn key to a digit payload (8 digits → a SIREN, 13 → a SIRET). */
export function withLuhnKey(payload: string): string {
  const key = luhnCheckDigit(payload);
  if (key === undefined) throw new Error(`not digits: ${payload}`);
  return payload + String(key);
}

/** A deterministic pseudo-random generator (mulberry32), so benchmarks see the same data every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` valid SIRENs and as many valid SIRETs, reproducible from `seed`. */
export function generateIdentifiers(count: number, seed = 2024): { sirens: string[]; sirets: string[] } {
  const random = seededRandom(seed);
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join("");
  const sirens: string[] = [];
  const sirets: string[] = [];
  for (let i = 0; i < count; i++) {
    const siren = withLuhnKey(digits(8));
    sirens.push(siren);
    sirets.push(withLuhnKey(siren + digits(4)));
  }
  return { sirens, sirets };
}

/** Every string that differs from `digits` in exactly one position. */
export function oneDigitChanges(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== digits[i]) out.push(digits.slice(0, i) + String(d) + digits.slice(i + 1));
    }
  }
  return out;
}
