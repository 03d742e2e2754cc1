import { describe, expect, it } from "vitest";
import { pacteChoices } from "./choices";

describe("pacteChoices", () => {
  const choices = pacteChoices();

  it("offers every collectivity with departmental powers, then every métropole", () => {
    const groups = choices.parties.map((p) => p.group);
    expect(groups.indexOf("metropole")).toBe(groups.lastIndexOf("collectivite") + 1);
    expect(choices.parties.filter((p) => p.group === "metropole")).toHaveLength(22);
    expect(choices.parties.filter((p) => p.group === "collectivite").length).toBeGreaterThanOrEqual(95);
    expect(new Set(choices.parties.map((p) => p.value)).size).toBe(choices.parties.length);
  });

  it("gives each party the département whose préfet signs, its profile and its SIRET when known", () => {
    const creuse = choices.parties.find((p) => p.value === "collectivite:23D");
    expect(creuse).toMatchObject({ label: "Département de la Creuse", ref: "23D", code: "23D", profile: "cls-departement-2024", departement: "23", departementWithDe: "de la Creuse", siret: "22230962700016" });
    expect(choices.parties.find((p) => p.ref === "20R")?.departement).toBe("2A");
    const lyon = choices.parties.find((p) => p.value === "metropole:200046977");
    expect(lyon).toMatchObject({ label: "Métropole de Lyon", code: "69M", profile: "cls-metropole-2024", departement: "69" });
    expect(lyon?.siret).toBeUndefined();
  });

  it("finds a party by name without accents, code or SIREN", () => {
    const creuse = choices.parties.find((p) => p.ref === "23D");
    expect(creuse?.haystack).toContain("creuse");
    expect(creuse?.haystack).toContain("23d");
  });

  it("says each profile's axes and years", () => {
    expect(choices.axes.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(choices.profiles["cls-departement-2024"]).toMatchObject({ allowedAxes: [1, 3, 4], requiredAxes: [1, 3, 4], years: ["2024", "2025", "2026", "2027"] });
    expect(choices.profiles["cls-departement-2024"].optionAxes).toEqual([{ axis: 2, option: "singleConvention", label: expect.stringContaining("Convention unique") }]);
    expect(choices.profiles["cls-metropole-2024"]).toMatchObject({ allowedAxes: [1, 2, 3, 4], requiredAxes: [1, 2, 3, 4], optionAxes: [] });
  });

  it("is plain data: the build writes it as JSON", () => {
    expect(JSON.parse(JSON.stringify(choices))).toEqual(choices);
  });
});
