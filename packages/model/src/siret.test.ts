import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  formatSiret,
  isValidSiret,
  LA_POSTE_SIREN,
  parseSiret,
  safeParseSiret,
  sirenOfSiret,
  SiretSchema,
  siretMatchesSiren,
  siretSirenIssue,
  type Siret,
} from "./siret";
import { oneDigitChanges, withLuhnKey } from "./test-support/identifiers";
import { PacteError } from "@pacte/issues";

// Headquarters SIRETs of collectivities, as published (reference data).
const REAL_SIRETS = [
  "22010001000010", // Ain
  "22230962700016", // Creuse
  "22130001500247", // Bouches-du-Rhône
  "20007695800012", // Collectivité de Corse
  "20009433200018", // Collectivité européenne d'Alsace
  "21750001600019", // Ville de Paris
  "22985000300018", // Mayotte
];

describe("SiretSchema", () => {
  it.each([
    ["22230962700016", "22230962700016"],
    ["222 309 627 00016", "22230962700016"],
    ["222\u00A0309\u00A0627\u00A000016", "22230962700016"],
    ["222\u202F309\u202F627\u202F00016", "22230962700016"],
    ["35600000000048", "35600000000048"], // La Poste's head office: Luhn-valid
    ["35600000000001", "35600000000001"], // La Poste: Luhn fails, but 3+5+6+1 = 15
    ["356 000 000 12346", "35600000012346"], // La Poste: Luhn fails, digit sum 30
  ])("accepts %j as %j", (input, expected) => {
    expect(SiretSchema.parse(input)).toBe(expected);
  });

  it.each(REAL_SIRETS)("accepts the real SIRET %s, and refuses every one-digit change of it", (siret) => {
    expect(isValidSiret(siret)).toBe(true);
    for (const changed of oneDigitChanges(siret)) expect(isValidSiret(changed)).toBe(false);
  });

  it.each([
    ["2223096270001", "siret.format", {}],
    ["222309627000160", "siret.format", {}],
    ["2223096270001X", "siret.format", {}],
    ["", "siret.format", {}],
    ["22230962700017", "siret.checksum", { rule: "luhn" }],
    ["222 309 627 00026", "siret.checksum", { rule: "luhn" }],
    ["35600000000002", "siret.checksum", { rule: "la-poste" }], // sum 16, Luhn fails too
  ])("refuses %j with %s", (input, code, params) => {
    const r = safeParseSiret(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code, path: [], params: { received: input, ...params } });
  });

  it("words La Poste's rule apart", () => {
    const r = safeParseSiret("35600000000002");
    expect(!r.success && r.issues[0]?.message).toContain("La Poste");
    const en = safeParseSiret("22230962700017", { lang: "en" });
    expect(!en.success && en.issues[0]?.message).toBe(
      'Invalid SIRET: the Luhn check digit of "22230962700017" does not match; check the 14 digits.',
    );
  });

  it("accepts La Poste's SIRETs whose digit sum is a multiple of 5, and no others that fail Luhn", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), (nic) => {
        const siret = LA_POSTE_SIREN + nic;
        const sum = [...siret].reduce((s, d) => s + Number(d), 0);
        const luhn = withLuhnKey(siret.slice(0, 13)) === siret;
        expect(isValidSiret(siret)).toBe(sum % 5 === 0 || luhn);
      }),
    );
  });

  it("accepts every generated SIRET and refuses every one-digit change of it (outside La Poste)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13}$/), fc.nat(13), fc.integer({ min: 1, max: 9 }), (payload, at, shift) => {
        fc.pre(!payload.startsWith(LA_POSTE_SIREN));
        const siret = withLuhnKey(payload);
        expect(isValidSiret(siret)).toBe(true);
        const changed = siret.slice(0, at) + String((Number(siret[at]) + shift) % 10) + siret.slice(at + 1);
        fc.pre(!changed.startsWith(LA_POSTE_SIREN));
        expect(isValidSiret(changed)).toBe(false);
      }),
    );
  });

  it("infers a branded string", () => {
    expectTypeOf<Siret>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Siret>();
  });
});

describe("parseSiret", () => {
  it("returns the digits or throws PacteError", () => {
    expect(parseSiret("222 309 627 00016")).toBe("22230962700016");
    expect(() => parseSiret("22230962700017")).toThrow(PacteError);
    expect(isValidSiret(22230962700016)).toBe(false);
  });
});

describe("sirenOfSiret and siretMatchesSiren", () => {
  it("takes the first nine digits", () => {
    expect(sirenOfSiret("222 309 627 00016")).toBe("222309627");
    expect(sirenOfSiret("222309627")).toBeUndefined();
  });

  it.each([
    ["22230962700016", "222309627", true],
    ["222 309 627 00016", "222\u00A0309\u00A0627", true],
    ["22010001000010", "222309627", false],
    ["22230962700016", "22230962", false],
    ["2223096270001", "222309627", false],
  ])("siretMatchesSiren(%j, %j) is %s", (siret, siren, expected) => {
    expect(siretMatchesSiren(siret, siren)).toBe(expected);
  });

  it("reports siret.siren_mismatch with the path given", () => {
    expect(siretSirenIssue("22230962700016", "222309627")).toBeUndefined();
    expect(siretSirenIssue("22010001000010", "222309627", { path: ["collectivite", "siret"] })).toEqual({
      code: "siret.siren_mismatch",
      path: ["collectivite", "siret"],
      severity: "error",
      params: { received: "22010001000010", expected: "222309627" },
      message:
        "Le SIRET « 22010001000010 » n’appartient pas au SIREN « 222309627 » : ses 9 premiers chiffres doivent être ceux du SIREN.",
    });
    expect(siretSirenIssue("22010001000010", "222309627", { lang: "en" })?.message).toMatch(/^SIRET "22010001000010" does not belong/);
  });
});

describe("formatSiret", () => {
  it("groups 3 3 3 5 with a no-break space by default", () => {
    expect(formatSiret("22230962700016", { separator: " " })).toBe("222 309 627 00016");
    expect(formatSiret("222 309 627 00016")).toBe("222\u00A0309\u00A0627\u00A000016");
  });

  it("round-trips through the schema", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13}$/), (payload) => {
        const siret = withLuhnKey(payload);
        expect(SiretSchema.parse(formatSiret(siret, { separator: " " }))).toBe(siret);
      }),
    );
  });

  it("throws siret.format when the input is not 14 digits", () => {
    expect(() => formatSiret("222309627")).toThrow(/siret.format/);
  });
});
