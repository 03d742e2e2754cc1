import { getCollectivite, getDepartement, getMetropole } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { collectiviteExecutiveQuality, deForm, metropoleExecutiveQuality, prefetQuality, stripArticle, withArticle } from "./titles";

describe("titles", () => {
  it.each([
    ["Bordeaux Métropole", "de Bordeaux Métropole"],
    ["Métropole européenne de Lille", "de la Métropole européenne de Lille"],
    ["Eurométropole de Strasbourg", "de l'Eurométropole de Strasbourg"],
    ["Orléans Métropole", "d'Orléans Métropole"],
    ["Métropole du Grand Paris", "de la Métropole du Grand Paris"],
  ])("deForm(%s)", (name, out) => {
    expect(deForm(name)).toBe(out);
  });
  it("genders the préfet and the executive", () => {
    const creuse = getDepartement("23")!;
    expect(prefetQuality(creuse, "f")).toBe("préfète de la Creuse");
    expect(prefetQuality(getDepartement("01")!, "m")).toBe("préfet de l'Ain");
    expect(collectiviteExecutiveQuality(getCollectivite("23D")!, creuse, "f")).toBe("présidente du conseil départemental de la Creuse");
    expect(collectiviteExecutiveQuality(getCollectivite("75C")!, getDepartement("75"), "f")).toBe("maire de Paris");
    expect(metropoleExecutiveQuality(getMetropole("MEL")!, "m")).toBe("président de la Métropole européenne de Lille");
    expect(withArticle("maire de Paris", "f")).toBe("La maire de Paris");
    expect(stripArticle("Le préfet de la Creuse")).toBe("préfet de la Creuse");
    expect(stripArticle("L’adjointe")).toBe("adjointe");
  });
});
