import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frenchLineBreaks } from "./french-line-breaks";
import { frenchTypography } from "./french-spacing";

const NB = "\u00A0";
const NNB = "\u202F";
const NBH = "\u2011";

describe("frenchLineBreaks — what it joins", () => {
  it.each([
    // dates
    ["du 11 décembre 2023", `du 11${NB}décembre${NB}2023`],
    ["le 1er janvier 2024", `le 1er${NB}janvier${NB}2024`],
    ["lundi 28 novembre 2022", `lundi${NB}28${NB}novembre${NB}2022`],
    ["du 1er au 15 mars 2024", `du 1er au 15${NB}mars${NB}2024`],
    ["en décembre 2023.", `en décembre${NB}2023.`],
    // numbered references
    ["l’annexe 2 et l’article 5", `l’annexe${NB}2 et l’article${NB}5`],
    ["Article 4.2, axe 3, action A3.3", `Article${NB}4.2, axe${NB}3, action${NB}A3.3`],
    ["ARTICLE 12 du titre IV", `ARTICLE${NB}12 du titre${NB}IV`],
    ["art. L.5217-1 et n° 12", `art.${NB}L.5217-1 et n°${NB}12`],
    ["Fiche action 3", `Fiche action${NB}3`],
    // amounts
    ["1 234 567,89 €", `1${NNB}234${NNB}567,89${NB}€`],
    ["cent mille euros (100 000 euros)", `cent mille euros (100${NNB}000${NB}euros)`],
    ["soit 50 % et 3 millions", `soit 50${NB}% et 3${NB}millions`],
    // civilities
    ["Mme Martin et M. Dupont", `Mme${NB}Martin et M.${NB}Dupont`],
    // place names with their article
    ["à La Souterraine, Le Grand-Bourg et Les Abymes", `à La${NB}Souterraine, Le${NB}Grand${NBH}Bourg et Les${NB}Abymes`],
    // proper names
    ["Pyrénées-Orientales", `Pyrénées${NBH}Orientales`],
    ["la Seine-Saint-Denis et l’Île-de-France", `la Seine${NBH}Saint${NBH}Denis et l’Île${NBH}de${NBH}France`],
    ["Bas-Rhin, Saint-Martin-d’Hères", `Bas${NBH}Rhin, Saint${NBH}Martin${NBH}d’Hères`],
    ["PRÉFET DE LA SEINE-SAINT-DENIS", `PRÉFET DE LA SEINE${NBH}SAINT${NBH}DENIS`],
  ])("%j", (input, expected) => {
    expect(frenchLineBreaks(input)).toBe(expected);
  });
});

describe("frenchLineBreaks — what it leaves alone", () => {
  it.each([
    "porte-monnaie, peut-être, vis-à-vis",
    "Peut-être demain",
    "en 2024 et 2025",
    "l’article premier",
    "Le contrat et la commune",
    "l’action L’article",
    "l’article ci-dessus",
    "Covid-19 et 2024–2027",
    "voir https://exemple.fr/article 5",
    "le point de vue",
    "12345 678",
    "",
  ])("%j", (input) => {
    expect(frenchLineBreaks(input)).toBe(input);
  });

  it("leaves URLs and addresses untouched", () => {
    expect(frenchLineBreaks("https://exemple.fr/Pyrénées-Orientales/1 janvier")).toBe("https://exemple.fr/Pyrénées-Orientales/1 janvier");
  });
});

describe("frenchLineBreaks — properties", () => {
  const text = fc.string({ unit: fc.constantFrom("1", "er", " ", "janvier", "2024", "article", "5", "-", "Saint", "Denis", "€", "000", "Mme", "a", "’", ":", "https://x.fr/") });
  it("is idempotent and composes with frenchTypography", () => {
    fc.assert(
      fc.property(text, (s) => {
        const once = frenchLineBreaks(frenchTypography(s));
        expect(frenchLineBreaks(frenchTypography(once))).toBe(once);
      }),
    );
  });
  it("only changes spaces and hyphens", () => {
    fc.assert(
      fc.property(text, (s) => {
        const skeleton = (t: string) => t.replace(/[ \u00A0\u202F\-\u2011]/g, "");
        expect(skeleton(frenchLineBreaks(s))).toBe(skeleton(s));
        expect(frenchLineBreaks(s).length).toBe(s.length);
      }),
    );
  });
});
