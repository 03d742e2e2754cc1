import { describe, expect, it } from "vitest";
import {
  CollectiviteCodeSchema,
  CommuneCodeSchema,
  departementOfCommune,
  DepartementCodeSchema,
  isCollectiviteCode,
  isCommuneCode,
  isDepartementCode,
} from "./insee";
import { safeParseWith } from "./validate";

const pad = (n: number) => String(n).padStart(2, "0");
const ALL_DEPARTEMENTS = [
  ...Array.from({ length: 19 }, (_, i) => pad(i + 1)),
  "2A",
  "2B",
  ...Array.from({ length: 75 }, (_, i) => pad(i + 21)),
  "971",
  "972",
  "973",
  "974",
  "976",
];

// The codes of the 100 collectivities with departmental powers in the reference data (2024).
const REFERENCE_COLLECTIVITES = [
  ...ALL_DEPARTEMENTS.filter((d) => !["2A", "2B", "67", "68", "75", "972", "973", "976"].includes(d)).map((d) => `${d}D`),
  "20R",
  "6AE",
  "69M",
  "75C",
  "972R",
  "973R",
  "976R",
];

describe("DepartementCodeSchema", () => {
  it("accepts exactly the 101 départements among all 1- to 3-character codes", () => {
    expect(ALL_DEPARTEMENTS).toHaveLength(101);
    const chars = "0123456789AB".split("");
    const candidates = new Set<string>();
    for (const a of chars) {
      candidates.add(a);
      for (const b of chars) {
        candidates.add(a + b);
        for (const c of chars) candidates.add(a + b + c);
      }
    }
    const accepted = [...candidates].filter(isDepartementCode).sort();
    expect(accepted).toEqual([...ALL_DEPARTEMENTS].sort());
  });

  it.each([
    ["01", "01"],
    ["2A", "2A"],
    [" 2b ", "2B"],
    ["95", "95"],
    ["974", "974"],
  ])("accepts %j as %j", (input, expected) => {
    expect(DepartementCodeSchema.parse(input)).toBe(expected);
  });

  it.each(["00", "20", "96", "970", "975", "977", "978", "1", "2C", "01D", "", "100"])("refuses %j with insee.departement", (input) => {
    const r = safeParseWith(DepartementCodeSchema, input);
    expect(!r.success && r.issues[0]?.code).toBe("insee.departement");
    expect(isDepartementCode(input)).toBe(false);
  });

  it("explains the expected forms", () => {
    const r = safeParseWith(DepartementCodeSchema, "975");
    expect(!r.success && r.issues[0]?.message).toBe(
      "Code de département invalide : « 975 » reçu ; attendu 01 à 95, 2A, 2B ou 971 à 976 (sans 975).",
    );
  });

  it("is strict in the type guard", () => {
    expect(isDepartementCode("2a")).toBe(false);
    expect(isDepartementCode(23)).toBe(false);
  });
});

describe("CollectiviteCodeSchema", () => {
  it.each(REFERENCE_COLLECTIVITES)("accepts the reference code %s", (code) => {
    expect(isCollectiviteCode(code)).toBe(true);
    expect(CollectiviteCodeSchema.parse(code)).toBe(code);
  });

  it.each(ALL_DEPARTEMENTS.map((d) => `${d}D`))("accepts %s (the council of a département, past or present)", (code) => {
    expect(isCollectiviteCode(code)).toBe(true);
  });

  it.each([["6ae", "6AE"], [" 69m", "69M"], ["2ad", "2AD"], ["972r", "972R"]])("normalises %j to %j", (input, expected) => {
    expect(CollectiviteCodeSchema.parse(input)).toBe(expected);
  });

  it.each(["23", "20D", "00D", "96D", "975D", "975R", "977R", "23R", "6AD", "69X", "75D2", "D", "", "2CD"])(
    "refuses %j with insee.collectivite",
    (input) => {
      const r = safeParseWith(CollectiviteCodeSchema, input);
      expect(!r.success && r.issues[0]?.code).toBe("insee.collectivite");
      expect(isCollectiviteCode(input)).toBe(false);
    },
  );
});

describe("CommuneCodeSchema", () => {
  it.each([
    ["23096", "23096"], // Guéret
    ["75056", "75056"], // Paris
    ["75101", "75101"], // Paris 1er arrondissement
    ["2A004", "2A004"], // Ajaccio
    ["2b033", "2B033"], // Bastia
    ["97411", "97411"], // Saint-Denis (La Réunion)
    ["97611", "97611"], // Mamoudzou
    ["01001", "01001"],
  ])("accepts %j as %j", (input, expected) => {
    expect(CommuneCodeSchema.parse(input)).toBe(expected);
  });

  it.each(["20004", "00001", "96001", "23000", "97400", "97711", "2A04", "230960", "2C004", "ABCDE", "", "97A11"])(
    "refuses %j with insee.commune",
    (input) => {
      const r = safeParseWith(CommuneCodeSchema, input);
      expect(!r.success && r.issues[0]?.code).toBe("insee.commune");
      expect(isCommuneCode(input)).toBe(false);
    },
  );

  it.each([
    ["2A004", "2A"],
    ["23096", "23"],
    ["97411", "974"],
    ["97502", undefined],
    ["20004", undefined],
  ])("departementOfCommune(%j) is %j", (code, dep) => {
    expect(departementOfCommune(code)).toBe(dep);
  });
});
