import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { formatSiren, isValidSiren, parseSiren, safeParseSiren, SirenSchema, type Siren } from "./siren";
import { oneDigitChanges, withLuhnKey } from "./test-support/identifiers";
import { safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

// SIRENs of collectivities and métropoles, as published (reference data).
const REAL_SIRENS = [
  "220100010", // Département de l'Ain
  "222309627", // Creuse
  "200076958", // Collectivité de Corse
  "200094332", // Collectivité européenne d'Alsace
  "200046977", // Métropole de Lyon
  "217500016", // Ville de Paris
  "229850003", // Mayotte
  "243300316", // Bordeaux Métropole
  "200054781", // Métropole du Grand Paris
];

describe("SirenSchema", () => {
  it.each([
    ["222309627", "222309627"],
    ["222 309 627", "222309627"],
    ["222\u00A0309\u00A0627", "222309627"],
    ["222\u202F309\u202F627", "222309627"],
    ["  222309627 ", "222309627"],
    ["356000000", "356000000"], // La Poste
  ])("accepts %j as %j", (input, expected) => {
    expect(SirenSchema.parse(input)).toBe(expected);
  });

  it.each(REAL_SIRENS)("accepts the real SIREN %s, and refuses every one-digit change of it", (siren) => {
    expect(isValidSiren(siren)).toBe(true);
    for (const changed of oneDigitChanges(siren)) expect(isValidSiren(changed)).toBe(false);
  });

  it.each([
    ["22230962", "siren.format"],
    ["2223096270", "siren.format"],
    ["22230962A", "siren.format"],
    ["222-309-627", "siren.format"],
    ["", "siren.format"],
    ["222309628", "siren.checksum"],
    ["222 309 626", "siren.checksum"],
  ])("refuses %j with %s", (input, code) => {
    const r = safeParseSiren(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code, path: [], severity: "error", params: { received: input } });
  });

  it("refuses a number with zod's French type message", () => {
    const r = safeParseSiren(222309627);
    expect(!r.success && r.issues[0]?.code).toBe("schema.invalid_type");
  });

  it("says which check failed, in French or English", () => {
    const fr = safeParseSiren("222309628");
    const en = safeParseSiren("2223", { lang: "en" });
    expect(!fr.success && fr.issues[0]?.message).toBe(
      "SIREN invalide : la clé de contrôle (Luhn) de « 222309628 » ne correspond pas ; vérifiez les 9 chiffres.",
    );
    expect(!en.success && en.issues[0]?.message).toBe('Invalid SIREN: 9 digits expected, received "2223".');
  });

  it("keeps the path when nested", () => {
    const r = safeParseWith(SirenSchema.array(), ["222309627", "1"]);
    expect(!r.success && r.issues[0]?.path).toEqual([1]);
  });

  it("infers a branded string", () => {
    expectTypeOf<Siren>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Siren>();
  });
});

describe("parseSiren and isValidSiren", () => {
  it("returns the digits or throws PacteError", () => {
    expect(parseSiren("222 309 627")).toBe("222309627");
    expect(() => parseSiren("222309628")).toThrow(PacteError);
    try {
      parseSiren("12");
    } catch (e) {
      expect(e instanceof PacteError && e.issues[0]?.code).toBe("siren.format");
    }
  });

  it("never throws on non-strings", () => {
    expect(isValidSiren(undefined)).toBe(false);
    expect(isValidSiren(222309627)).toBe(false);
    expect(isValidSiren({})).toBe(false);
  });

  it("accepts every generated SIREN and refuses every one-digit change of it", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), fc.nat(8), fc.integer({ min: 1, max: 9 }), (payload, at, shift) => {
        const siren = withLuhnKey(payload);
        expect(isValidSiren(siren)).toBe(true);
        const changed = siren.slice(0, at) + String((Number(siren[at]) + shift) % 10) + siren.slice(at + 1);
        expect(isValidSiren(changed)).toBe(false);
      }),
    );
  });
});

describe("formatSiren", () => {
  it("groups by three with a no-break space by default", () => {
    expect(formatSiren("222309627")).toBe("222\u00A0309\u00A0627");
    expect(formatSiren("222 309 627", { separator: " " })).toBe("222 309 627");
    expect(formatSiren("222309627", { separator: "\u202F" })).toBe("222\u202F309\u202F627");
  });

  it("round-trips through the schema", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (payload) => {
        const siren = withLuhnKey(payload);
        expect(SirenSchema.parse(formatSiren(siren))).toBe(siren);
      }),
    );
  });

  it("throws siren.format when the input is not 9 digits", () => {
    expect(() => formatSiren("12345")).toThrow(/siren.format/);
  });
});
