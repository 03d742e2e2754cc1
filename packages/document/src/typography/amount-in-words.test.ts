import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountToFrenchWords, MAX_FRENCH_WORDS, numberToFrenchWords, type FrenchWordsOptions } from "./amount-in-words";
import { FormatError } from "./format-error";

/** A small reader of French numerals, written independently of the speller, for round trips. */
const VALUES: Record<string, number> = {
  zéro: 0, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
const SCALES: Record<string, bigint> = {
  million: 10n ** 6n, milliard: 10n ** 9n, billion: 10n ** 12n,
  billiard: 10n ** 15n, trillion: 10n ** 18n, trilliard: 10n ** 21n,
};
function readFrench(text: string): bigint {
  const words = text.split(/[ -]/);
  let total = 0n;
  let current = 0n;
  words.forEach((word, k) => {
    if (word === "et") return;
    if (word === "vingt" || word === "vingts") {
      current = words[k - 1] === "quatre" ? current - 4n + 80n : current + 20n;
    } else if (word === "cent" || word === "cents") current = (current === 0n ? 1n : current) * 100n;
    else if (word === "mille") {
      total += (current === 0n ? 1n : current) * 1000n;
      current = 0n;
    } else if (SCALES[word.replace(/s$/, "")] !== undefined) {
      total += current * (SCALES[word.replace(/s$/, "")] ?? 0n);
      current = 0n;
    } else if (VALUES[word] !== undefined) current += BigInt(VALUES[word] ?? 0);
    else throw new Error(`mot inconnu : ${word}`);
  });
  return total + current;
}

describe("numberToFrenchWords — traditional spelling", () => {
  it.each([
    [0, "zéro"],
    [1, "un"],
    [7, "sept"],
    [10, "dix"],
    [11, "onze"],
    [16, "seize"],
    [17, "dix-sept"],
    [19, "dix-neuf"],
    [20, "vingt"],
    [21, "vingt et un"],
    [22, "vingt-deux"],
    [31, "trente et un"],
    [41, "quarante et un"],
    [51, "cinquante et un"],
    [61, "soixante et un"],
    [70, "soixante-dix"],
    [71, "soixante et onze"],
    [72, "soixante-douze"],
    [77, "soixante-dix-sept"],
    [79, "soixante-dix-neuf"],
    [80, "quatre-vingts"],
    [81, "quatre-vingt-un"],
    [88, "quatre-vingt-huit"],
    [90, "quatre-vingt-dix"],
    [91, "quatre-vingt-onze"],
    [97, "quatre-vingt-dix-sept"],
    [99, "quatre-vingt-dix-neuf"],
    [100, "cent"],
    [101, "cent un"],
    [111, "cent onze"],
    [121, "cent vingt et un"],
    [180, "cent quatre-vingts"],
    [181, "cent quatre-vingt-un"],
    [200, "deux cents"],
    [201, "deux cent un"],
    [280, "deux cent quatre-vingts"],
    [999, "neuf cent quatre-vingt-dix-neuf"],
    [1000, "mille"],
    [1001, "mille un"],
    [1100, "mille cent"],
    [1980, "mille neuf cent quatre-vingts"],
    [2000, "deux mille"],
    [2024, "deux mille vingt-quatre"],
    [21_000, "vingt et un mille"],
    [80_000, "quatre-vingt mille"],
    [81_000, "quatre-vingt-un mille"],
    [100_000, "cent mille"],
    [200_000, "deux cent mille"],
    [200_200, "deux cent mille deux cents"],
    [280_080, "deux cent quatre-vingt mille quatre-vingts"],
    [1_000_000, "un million"],
    [1_000_001, "un million un"],
    [1_001_000, "un million mille"],
    [2_000_000, "deux millions"],
    [2_500_000, "deux millions cinq cent mille"],
    [21_000_000, "vingt et un millions"],
    [80_000_000, "quatre-vingts millions"],
    [200_000_000, "deux cents millions"],
    [280_000_000, "deux cent quatre-vingts millions"],
    [1_000_000_000, "un milliard"],
    [2_000_000_000, "deux milliards"],
    [80_000_000_000, "quatre-vingts milliards"],
    [
      1_234_567_891,
      "un milliard deux cent trente-quatre millions cinq cent soixante-sept mille huit cent quatre-vingt-onze",
    ],
    [999_999_999_999, "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf"],
    [1_000_000_000_000, "un billion"],
    [2_000_000_000_000_000, "deux billiards"],
    [-21, "moins vingt et un"],
  ])("%d → %j", (n, expected) => {
    expect(numberToFrenchWords(n)).toBe(expected);
  });

  it("goes up to 10^24 − 1 with bigint", () => {
    expect(numberToFrenchWords(10n ** 18n)).toBe("un trillion");
    expect(numberToFrenchWords(3n * 10n ** 21n)).toBe("trois trilliards");
    expect(readFrench(numberToFrenchWords(MAX_FRENCH_WORDS))).toBe(MAX_FRENCH_WORDS);
  });
});

describe("numberToFrenchWords — 1990 spelling", () => {
  it.each([
    [21, "vingt-et-un"],
    [71, "soixante-et-onze"],
    [80, "quatre-vingts"],
    [81, "quatre-vingt-un"],
    [100, "cent"],
    [101, "cent-un"],
    [200, "deux-cents"],
    [201, "deux-cent-un"],
    [1001, "mille-un"],
    [2003, "deux-mille-trois"],
    [80_000, "quatre-vingt-mille"],
    [221_000, "deux-cent-vingt-et-un-mille"],
    [1_000_000, "un million"],
    [200_000_000, "deux-cents millions"],
    [2_300_001, "deux millions trois-cent-mille-un"],
    [5_000_000_021, "cinq milliards vingt-et-un"],
  ])("%d → %j", (n, expected) => {
    expect(numberToFrenchWords(n, { spelling: "1990" })).toBe(expected);
  });
});

describe("numberToFrenchWords — refusals", () => {
  it.each([
    [1.5, {}, "format.not-integer"],
    [Number.NaN, {}, "format.not-integer"],
    [2 ** 53, {}, "format.unsafe-integer"],
    [10n ** 24n, {}, "format.out-of-range"],
    [-(10n ** 24n), {}, "format.out-of-range"],
    [1, { spelling: "belge" }, "format.invalid-option"],
  ])("%s %j throws %s", (n, options, code) => {
    expect(() => numberToFrenchWords(n, options as FrenchWordsOptions)).toThrowError(
      expect.objectContaining({ name: "FormatError", code }) as FormatError,
    );
  });
});

describe("numberToFrenchWords — properties", () => {
  const value = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.bigInt({ min: 0n, max: MAX_FRENCH_WORDS }),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
  );
  const spelling = fc.constantFrom("traditional" as const, "1990" as const);

  it("reads back as the same number", () => {
    fc.assert(
      fc.property(value, spelling, (n, s) => {
        expect(readFrench(numberToFrenchWords(n, { spelling: s }))).toBe(BigInt(n));
      }),
      { numRuns: 3000 },
    );
  });

  it("is made of words, single spaces and hyphens only", () => {
    fc.assert(
      fc.property(value, spelling, (n, s) => {
        const text = numberToFrenchWords(n, { spelling: s });
        expect(text).toMatch(/^[a-zé]+(?:[ -][a-zé]+)*$/);
      }),
      { numRuns: 3000 },
    );
  });

  it("follows the agreement rules of cent, vingt and mille", () => {
    fc.assert(
      fc.property(value, spelling, (n, s) => {
        const words = numberToFrenchWords(n, { spelling: s }).split(/[ -]/);
        words.forEach((word, k) => {
          const next = words[k + 1];
          const nounNext = next !== undefined && /^(million|milliard|billion|billiard|trillion|trilliard)s?$/.test(next);
          // "cents" and "vingts" only at the end or before a noun; "cent" and "vingt" multiplied and final take an s.
          if (word === "cents" || word === "vingts") expect(next === undefined || nounNext).toBe(true);
          if ((word === "cent" && k > 0 && VALUES[words[k - 1] ?? ""] !== undefined && words[k - 1] !== "et") || (word === "vingt" && words[k - 1] === "quatre")) {
            expect(next !== undefined && !nounNext).toBe(true);
          }
          expect(word).not.toBe("milles");
          if (word === "mille" && k === 1) expect(words[0]).not.toBe("un");
          if (/^(million|milliard|billion|billiard|trillion|trilliard)$/.test(word)) expect(words[k - 1]).toBe("un");
        });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("amountToFrenchWords", () => {
  it.each([
    [0, "zéro euro"],
    [1, "un centime"],
    [50, "cinquante centimes"],
    [80, "quatre-vingts centimes"],
    [100, "un euro"],
    [101, "un euro et un centime"],
    [150, "un euro et cinquante centimes"],
    [200, "deux euros"],
    [2100, "vingt et un euros"],
    [8000, "quatre-vingts euros"],
    [10000, "cent euros"],
    [20000, "deux cents euros"],
    [10_000_000, "cent mille euros"],
    [12345678, "cent vingt-trois mille quatre cent cinquante-six euros et soixante-dix-huit centimes"],
    [100_000_000, "un million d’euros"],
    [200_000_000, "deux millions d’euros"],
    [8_000_000_000, "quatre-vingts millions d’euros"],
    [100_000_000_000, "un milliard d’euros"],
    [100_000_100, "un million un euros"],
    [250_000_000, "deux millions cinq cent mille euros"],
    [200_000_050, "deux millions d’euros et cinquante centimes"],
    [77521370, "sept cent soixante-quinze mille deux cent treize euros et soixante-dix centimes"],
    [-150, "moins un euro et cinquante centimes"],
  ])("%d cents → %j", (cents, expected) => {
    expect(amountToFrenchWords(cents)).toBe(expected);
  });

  it("takes the 1990 spelling and a straight apostrophe on request", () => {
    expect(amountToFrenchWords(2_100_000_021, { spelling: "1990", apostrophe: "'" })).toBe(
      "vingt-et-un millions d'euros et vingt-et-un centimes",
    );
  });

  it.each([
    [12.5, "format.not-integer"],
    [2 ** 53, "format.unsafe-integer"],
    [10n ** 26n, "format.out-of-range"],
  ])("%s throws %s", (cents, code) => {
    expect(() => amountToFrenchWords(cents)).toThrowError(
      expect.objectContaining({ name: "FormatError", code }) as FormatError,
    );
  });

  it("reads back as the same amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (cents) => {
        const text = amountToFrenchWords(cents);
        expect(text).not.toMatch(/ {2}|^ | $/);
        const match = /^(?:(.+?) (?:d’)?euros?)?(?: et )?(?:(.+) centimes?)?$/.exec(text);
        expect(match).not.toBeNull();
        const euros = match?.[1] === undefined ? 0n : readFrench(match[1]);
        const centimes = match?.[2] === undefined ? 0n : readFrench(match[2]);
        expect(euros * 100n + centimes).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });
});
