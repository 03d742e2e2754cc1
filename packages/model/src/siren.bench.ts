import { bench, describe } from "vitest";
import { isValidSiren } from "./siren";
import { isValidSiret } from "./siret";
import { generateIdentifiers } from "./test-support/identifiers";

// 100 collectivities + 22 métropoles: as many identifiers as a national campaign checks.
const { sirens, sirets } = generateIdentifiers(122);
// The same numbers as people paste them: "222 309 627", "222 309 627 00016".
const spacedSirens = sirens.map((s) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`);
const spacedSirets = sirets.map((s) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}`);

// What one writes without the library: regex, split/map, and a reduce with string operations.
function naiveLuhn(digits: string): boolean {
  const sum = digits
    .split("")
    .reverse()
    .map(Number)
    .reduce((acc, d, i) => acc + (i % 2 === 1 ? String(d * 2).split("").map(Number).reduce((a, b) => a + b, 0) : d), 0);
  return sum % 10 === 0;
}
function naiveIsValidSiren(input: string): boolean {
  const s = input.replace(/\s/g, "");
  return /^\d{9}$/.test(s) && naiveLuhn(s);
}
function naiveIsValidSiret(input: string): boolean {
  const s = input.replace(/\s/g, "");
  if (!/^\d{14}$/.test(s)) return false;
  if (naiveLuhn(s)) return true;
  return s.startsWith("356000000") && s.split("").map(Number).reduce((a, b) => a + b, 0) % 5 === 0;
}

function check(f: (s: string) => boolean, values: readonly string[]): void {
  for (const v of values) if (!f(v)) throw new Error(`refused ${v}`);
}

describe("SIREN check, 122 identifiers", () => {
  bench("isValidSiren", () => check(isValidSiren, sirens));
  bench("naive split/map/reduce", () => check(naiveIsValidSiren, sirens));
});

describe("SIREN check, 122 identifiers with spaces", () => {
  bench("isValidSiren", () => check(isValidSiren, spacedSirens));
  bench("naive split/map/reduce", () => check(naiveIsValidSiren, spacedSirens));
});

describe("SIRET check, 122 identifiers", () => {
  bench("isValidSiret", () => check(isValidSiret, sirets));
  bench("naive split/map/reduce", () => check(naiveIsValidSiret, sirets));
});

describe("SIRET check, 122 identifiers with spaces", () => {
  bench("isValidSiret", () => check(isValidSiret, spacedSirets));
  bench("naive split/map/reduce", () => check(naiveIsValidSiret, spacedSirets));
});
