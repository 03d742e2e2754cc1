import { describe, expect, it } from "vitest";
import { collectiviteWithArticle, formatMonthDay, joinFrench, lowerFirst, timesAYear, titleWithA, titleWithDe, withA, withDe, withDefiniteArticle } from "./french";

describe("French helpers", () => {
  it.each([
    ["commission permanente", "la commission permanente", "de la commission permanente", "à la commission permanente"],
    ["conseil départemental", "le conseil départemental", "du conseil départemental", "au conseil départemental"],
    ["assemblée de Corse", "l'assemblée de Corse", "de l'assemblée de Corse", "à l'assemblée de Corse"],
    ["comité de pilotage", "le comité de pilotage", "du comité de pilotage", "au comité de pilotage"],
    ["DDETS de la Creuse", "la DDETS de la Creuse", "de la DDETS de la Creuse", "à la DDETS de la Creuse"],
    ["Direction départementale", "la direction départementale", "de la direction départementale", "à la direction départementale"],
    ["services de l'État", "les services de l'État", "des services de l'État", "aux services de l'État"],
    ["les services de l'État", "les services de l'État", "des services de l'État", "aux services de l'État"],
  ])("%s → %s, %s, %s", (phrase, article, de, a) => {
    expect([withDefiniteArticle(phrase), withDe(phrase), withA(phrase)]).toEqual([article, de, a]);
  });

  it.each([
    ["Département de la Creuse", "le Département de la Creuse"],
    ["Métropole de Lyon", "la Métropole de Lyon"],
    ["Collectivité européenne d'Alsace", "la Collectivité européenne d'Alsace"],
    ["Ville de Paris", "la Ville de Paris"],
    ["Eurométropole de Strasbourg", "l'Eurométropole de Strasbourg"],
    ["Bordeaux Métropole", "Bordeaux Métropole"],
  ])("names %s as %s", (name, expected) => {
    expect(collectiviteWithArticle(name)).toBe(expected);
  });

  it("agrees titles after « de » and « à », lowers first letters but not acronyms, joins and counts", () => {
    expect([titleWithDe("Le préfet de l'Ain"), titleWithA("Le préfet de l'Ain")]).toEqual(["du préfet de l'Ain", "au préfet de l'Ain"]);
    expect([titleWithDe("La maire de Paris"), titleWithA("La maire de Paris")]).toEqual(["de la maire de Paris", "à la maire de Paris"]);
    expect([lowerFirst("La préfète"), lowerFirst("DDETS")]).toEqual(["la préfète", "DDETS"]);
    expect([joinFrench([]), joinFrench(["a"]), joinFrench(["a", "b"]), joinFrench(["a", "b", "c"])]).toEqual(["", "a", "a et b", "a, b et c"]);
    expect([timesAYear(0), timesAYear(1), timesAYear(3)]).toEqual(["en tant que de besoin", "au moins une fois par an", "au moins trois fois par an"]);
    expect([formatMonthDay("06-30"), formatMonthDay("01-01"), formatMonthDay("02-29")]).toEqual(["30 juin", "1er janvier", "29 février"]);
  });
});
