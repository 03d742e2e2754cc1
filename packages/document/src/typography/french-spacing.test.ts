import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchTypography, FrenchSpacingStyleSchema, type FrenchTypographyOptions } from "./french-spacing";
import { FormatError } from "./format-error";

const NB = "\u00A0";
const NNB = "\u202F";

/** Ignores everything the normaliser may change: spaces, apostrophes, quotes. */
const skeleton = (s: string): string => s.replace(/[\s'’"«»]/g, "");

describe("frenchTypography — what it changes", () => {
  it.each([
    ["Objet: le contrat", `Objet${NB}: le contrat`],
    ["Objet : le contrat", `Objet${NB}: le contrat`],
    ["Objet  \u2009: le contrat", `Objet${NB}: le contrat`],
    [`Objet${NNB}: le contrat`, `Objet${NB}: le contrat`],
    ["Article 5:", `Article 5${NB}:`],
    ["a; b", `a${NNB}; b`],
    ["a ; b", `a${NNB}; b`],
    ["Vraiment!", `Vraiment${NNB}!`],
    ["Vraiment !", `Vraiment${NNB}!`],
    ["Quoi?", `Quoi${NNB}?`],
    ["Quoi?!", `Quoi${NNB}?!`],
    ["Quoi ? !", `Quoi${NNB}?${NNB}!`],
    ["Quoi?...", `Quoi${NNB}?...`],
    ["(voir annexe): la suite", `(voir annexe)${NB}: la suite`],
    ["«texte»", `«${NB}texte${NB}»`],
    ["« texte »", `«${NB}texte${NB}»`],
    [`«${NNB}texte${NNB}»`, `«${NB}texte${NB}»`],
    ["« texte » : suite", `«${NB}texte${NB}»${NB}: suite`],
    ["l'État", "l’État"],
    ["aujourd'hui qu'il", "aujourd’hui qu’il"],
    ['dénommé "le Département"', `dénommé «${NB}le Département${NB}»`],
    ['("cité") et " espacé "', `(«${NB}cité${NB}») et «${NB}espacé${NB}»`],
    ["avenant n°2", `avenant n°${NB}2`],
    ["avenant n° 2", `avenant n°${NB}2`],
    ["N°12 et n° DGCS", `N°${NB}12 et n°${NB}DGCS`],
    ["soit 50% des crédits", `soit 50${NB}% des crédits`],
    ["soit 50 % des crédits", `soit 50${NB}% des crédits`],
    ["12€.", `12${NB}€.`],
    ["1 234,56 €", `1 234,56${NB}€`],
  ])("%j → %j", (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  it("handles a full sentence", () => {
    expect(frenchTypography("Objet: l'avenant n°2 \"annuel\" ; voir https://x.fr/a?b=1!")).toBe(
      `Objet${NB}: l’avenant n°${NB}2 «${NB}annuel${NB}»${NNB}; voir https://x.fr/a?b=1!`,
    );
  });
});

describe("frenchTypography — what it leaves alone", () => {
  it.each([
    "Réunion à 10:30, ratio 3:2.",
    "ISO 19005-2:2011 et C:\\dossier",
    "art. L.5217-1 du CGCT",
    "instruction DGCS/SD1B/2023/169",
    "la CEA (6AE) et la Métropole de Lyon (69M)",
    "1 234,56 et 3.14 et 1\u202F234",
    "le 1er janvier 2024",
    "Voir https://www.legifrance.gouv.fr/loda/id/JORFTEXT000048?x=1;y=2!",
    "Voir http://exemple.fr/a:b'c",
    "Voir www.exemple.fr/page?x=1",
    "Écrire à jean.o'neil@exemple.fr ou à x!y?z@a-b.fr",
    "mailto:contact@exemple.fr",
    "index.php?id=3 et a!b et a;b",
    "Le signe\n: en début de ligne",
    "tab\t: ici",
    "fin avec espace ",
    " début avec espace",
    "12\" et 5' (pouces, pieds)",
    'un guillemet "seul',
    "rien à faire...",
    "",
  ])("%j", (input) => {
    expect(frenchTypography(input)).toBe(input);
  });

  it("leaves quotes alone when one of them does not pair cleanly", () => {
    expect(frenchTypography('il mesure 12" et le "bon" côté')).toBe('il mesure 12" et le "bon" côté');
  });

  it("converts quotes that pair cleanly only once a space is in front of them, in one call", () => {
    const once = frenchTypography('«"abc"');
    expect(once).toBe(`«${NB}«${NB}abc${NB}»`);
    expect(frenchTypography(once)).toBe(once);
  });

  it("leaves quotes alone across a line break", () => {
    expect(frenchTypography('"début\nfin"')).toBe('"début\nfin"');
  });

  it("handles a 200 000-character word and many URLs in linear time", () => {
    const word = "a".repeat(200_000);
    expect(frenchTypography(word)).toBe(word);
    const urls = "a://".repeat(50_000);
    expect(frenchTypography(urls)).toBe(urls);
    const ats = `${"x@".repeat(50_000)}y`;
    expect(frenchTypography(ats)).toBe(ats);
  });
});

describe("frenchTypography — options", () => {
  const text = "Note: «oui»; n°5 à 50% ?";
  it.each([
    ["imprimerie-nationale", `Note${NB}: «${NB}oui${NB}»${NNB}; n°${NB}5 à 50${NB}%${NNB}?`],
    ["narrow-everywhere", `Note${NNB}: «${NNB}oui${NNB}»${NNB}; n°${NNB}5 à 50${NNB}%${NNB}?`],
    ["no-break-everywhere", `Note${NB}: «${NB}oui${NB}»${NB}; n°${NB}5 à 50${NB}%${NB}?`],
  ] as const)("style %s", (style, expected) => {
    expect(frenchTypography(text, { style })).toBe(expected);
  });

  it("converts ... to … only when asked, and only runs of exactly three dots", () => {
    expect(frenchTypography("Et puis...")).toBe("Et puis...");
    expect(frenchTypography("Et puis... bof.... non..", { ellipsis: true })).toBe("Et puis… bof.... non..");
    expect(frenchTypography("voir www.a...b.fr", { ellipsis: true })).toBe("voir www.a...b.fr");
  });

  it("can keep apostrophes, quotes and units as they are", () => {
    expect(frenchTypography(`l'"État" 50%`, { apostrophes: false, quotes: false, units: false })).toBe(`l'"État" 50%`);
    expect(frenchTypography(`dit "oui"`, { quotes: false })).toBe(`dit "oui"`);
  });

  it("refuses an unknown style with a FormatError", () => {
    const bad = { style: "suisse" } as unknown as FrenchTypographyOptions;
    expect(() => frenchTypography("a", bad)).toThrow(FormatError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const dense = fc.string({
  unit: fc.constantFrom(
    "a", "é", "Z", "1", "0", ":", ";", "!", "?", "«", "»", '"', "'", "’", ".", ",", "(", ")", "°", "n",
    "%", "€", "@", "/", "w", "h", " ", " ", NB, NNB, "\u2009", "\n", "\t", "-", "𝒜", "😀",
  ),
  maxLength: 60,
});
const tokens = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          "Objet", "l'État", "aujourd'hui", "article", "10:30", "3:2", "1 234,56", "3.14", "art. L.5217-1",
          "DGCS/SD1B/2023/169", "6AE", "n°", "N°", "50", "%", "€", "...", "«", "»", '"', "'", ":", ";", "!", "?",
          "?!", "(", ")", "\n", "www.x.fr", "https://a.fr/b?c=d!", "x@y.fr", "1er",
        ),
        fc.string({ maxLength: 8 }),
      ),
      fc.constantFrom("", " ", "  ", NB, NNB),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.map(([t, s]) => t + s).join(""));
const noQuote = fc.string({
  unit: fc.constantFrom("a", "«", "»", "(", ")", ":", "?", "!", "°", "n", "5", "%", " ", NB, "\n", "'"),
  maxLength: 6,
});
/** One straight-quote pair in dense surroundings: pairing may succeed only after spacing changed. */
const quoted = fc
  .tuple(noQuote, fc.string({ unit: fc.constantFrom("a", "b", " ", "'", "?"), minLength: 1, maxLength: 5 }), noQuote)
  .map(([a, w, b]) => `${a}"${w}"${b}`);
const anyText = fc.oneof(dense, tokens, quoted, fc.string({ unit: "binary", maxLength: 40 }));
const anyOptions = fc.record(
  {
    style: fc.constantFrom(...FrenchSpacingStyleSchema.options),
    apostrophes: fc.boolean(),
    quotes: fc.boolean(),
    ellipsis: fc.boolean(),
    units: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe("frenchTypography — properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const once = frenchTypography(text, options);
        expect(frenchTypography(once, options)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("changes only spaces, apostrophes and quotes (and dots into … when asked)", () => {
    fc.assert(
      fc.property(anyText, anyOptions, (text, options) => {
        const out = frenchTypography(text, options);
        const unellipsis = (s: string) => (options.ellipsis === true ? s.replace(/…/g, "...") : s);
        expect(skeleton(unellipsis(out))).toBe(skeleton(unellipsis(text)));
        // Never removes a line break nor a tab.
        expect(out.replace(/[^\n\t]/g, "")).toBe(text.replace(/[^\n\t]/g, ""));
      }),
      { numRuns: 2000 },
    );
  });

  it("never touches a URL or an e-mail address", () => {
    const address = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl().map((u) => u.replace(/^https?:\/\//, "www.")),
      fc.emailAddress(),
    );
    fc.assert(
      fc.property(anyText, address, anyText, anyOptions, (before, addr, after, options) => {
        expect(frenchTypography(`${before} ${addr} ${after}`, options)).toContain(addr);
      }),
      { numRuns: 1000 },
    );
  });

  it("never touches a number, a time or a code", () => {
    const number = fc.oneof(
      fc.integer({ min: 0, max: 23 }).chain((h) => fc.integer({ min: 0, max: 59 }).map((m) => `${h}:${String(m).padStart(2, "0")}`)),
      fc.integer({ min: 1000, max: 999_999 }).map((n) => `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, "0")},56`),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
      fc.constantFrom("art. L.5217-1", "DGCS/SD1B/2023/169", "6AE", "2A", "ISO 19005-2:2011"),
    );
    fc.assert(
      fc.property(tokens, number, tokens, (before, n, after) => {
        expect(frenchTypography(`${before} ${n} ${after}`)).toContain(n);
      }),
      { numRuns: 1000 },
    );
  });
});
