import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHARED_DATA_DIR, OUTPUT_DIR, readSharedCsv, renderTerritories } from "../../scripts/generate-territories";
import { isValidSiren } from "../siren";
import { isValidSiret } from "../siret";
import { COLLECTIVITE_KIND_LABELS, CollectiviteSchema, type Collectivite } from "./collectivite";
import { COLLECTIVITE_DATA } from "./data/collectivites";
import { DEPARTEMENT_DATA } from "./data/departements";
import { METROPOLE_DATA } from "./data/metropoles";
import { DepartementSchema } from "./departement";
import { METROPOLE_STATUTE_LABELS, MetropoleSchema } from "./metropole";

/** An independent Luhn, so that these tests do not rest on the library's own. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const sirens = [
  ...COLLECTIVITE_DATA.flatMap((c) => (c.siren === undefined ? [] : [c.siren])),
  ...METROPOLE_DATA.map((m) => m.siren),
];
const sirets = COLLECTIVITE_DATA.flatMap((c) => (c.siret === undefined ? [] : [c.siret]));

/** Every string that differs from `id` by exactly one digit. */
function oneDigitChanges(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++)
    for (let d = 0; d <= 9; d++) if (String(d) !== id[i]) out.push(`${id.slice(0, i)}${d}${id.slice(i + 1)}`);
  return out;
}

describe("the shipped reference data", () => {
  it("has 101 départements, 22 métropoles, and 108 versions of collectivities", () => {
    expect(DEPARTEMENT_DATA).toHaveLength(101);
    expect(METROPOLE_DATA).toHaveLength(22);
    expect(COLLECTIVITE_DATA).toHaveLength(108);
  });

  it("parses with the schemas, record by record", () => {
    for (const d of DEPARTEMENT_DATA) expect(DepartementSchema.safeParse(d).error, d.code).toBeUndefined();
    for (const c of COLLECTIVITE_DATA) expect(CollectiviteSchema.safeParse(c).error, c.code).toBeUndefined();
    for (const m of METROPOLE_DATA) expect(MetropoleSchema.safeParse(m).error, m.name).toBeUndefined();
  });

  it("has unique département codes, unique (code, validFrom) versions, unique SIRENs per legal person", () => {
    expect(new Set(DEPARTEMENT_DATA.map((d) => d.code)).size).toBe(101);
    expect(new Set(COLLECTIVITE_DATA.map((c) => `${c.code}@${c.validFrom ?? ""}`)).size).toBe(COLLECTIVITE_DATA.length);
    const codeOfSiren = new Map<string, string>();
    for (const c of COLLECTIVITE_DATA) {
      if (c.siren === undefined) continue;
      expect(codeOfSiren.get(c.siren) ?? c.code, c.siren).toBe(c.code);
      codeOfSiren.set(c.siren, c.code);
    }
    expect(new Set(METROPOLE_DATA.map((m) => m.siren)).size).toBe(22);
  });

  it("has versions of a code that never overlap in time", () => {
    const byCode = new Map<string, Collectivite[]>();
    for (const c of COLLECTIVITE_DATA) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
    for (const [code, versions] of byCode) {
      const sorted = [...versions].sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? ""));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1];
        const after = sorted[i];
        expect(before?.validTo, code).toBeDefined();
        expect((before?.validTo ?? "") < (after?.validFrom ?? ""), code).toBe(true);
      }
    }
  });

  it("covers only départements that exist, and names replacements that exist", () => {
    const deps = new Set(DEPARTEMENT_DATA.map((d) => d.code));
    const codes = new Set(COLLECTIVITE_DATA.map((c) => c.code));
    for (const c of COLLECTIVITE_DATA) {
      for (const d of c.departements) expect(deps.has(d), `${c.code} covers ${d}`).toBe(true);
      for (const r of c.replacedBy ?? []) expect(codes.has(r), `${c.code} replaced by ${r}`).toBe(true);
    }
    for (const m of METROPOLE_DATA) {
      expect(deps.has(m.seatDepartement), m.name).toBe(true);
      if (m.collectiviteCode !== undefined) expect(codes.has(m.collectiviteCode), m.name).toBe(true);
    }
  });

  it("gives no SIREN nor SIRET to the councils that the CSV lacks, except the Rhône (same legal person)", () => {
    const historical = COLLECTIVITE_DATA.filter((c) => c.validTo !== undefined);
    expect(historical.map((c) => c.code).sort()).toEqual(["2AD", "2BD", "67D", "68D", "69D", "75D", "972D", "973D"]);
    for (const c of historical) {
      expect(c.siret, c.code).toBeUndefined();
      expect(c.siren, c.code).toBe(c.code === "69D" ? "226900017" : undefined);
    }
  });

  it("keeps SIRETs inside their SIREN", () => {
    for (const c of COLLECTIVITE_DATA) if (c.siret !== undefined) expect(c.siret.slice(0, 9), c.code).toBe(c.siren);
  });
});

describe("identifiers of the reference data", () => {
  it("are all there: 121 distinct SIRENs (Lyon is both) and 99 SIRETs", () => {
    expect(new Set(sirens).size).toBe(121);
    expect(sirets).toHaveLength(99);
  });

  it("all pass their check (the library's and an independent Luhn)", () => {
    for (const s of sirens) {
      expect(isValidSiren(s), s).toBe(true);
      expect(luhn(s), s).toBe(true);
    }
    for (const s of sirets) {
      expect(isValidSiret(s), s).toBe(true);
      expect(luhn(s), s).toBe(true);
    }
  });

  it("all fail once any one digit is changed to any other digit", () => {
    let checked = 0;
    for (const s of sirens)
      for (const wrong of oneDigitChanges(s)) {
        expect(isValidSiren(wrong), wrong).toBe(false);
        checked++;
      }
    for (const s of sirets)
      for (const wrong of oneDigitChanges(s)) {
        expect(isValidSiret(wrong), wrong).toBe(false);
        checked++;
      }
    expect(checked).toBe(sirens.length * 9 * 9 + sirets.length * 14 * 9);
  });
});

describe("the generated modules", () => {
  it("are what the generator writes from the shared CSVs today", () => {
    const files = renderTerritories(readSharedCsv(DEFAULT_SHARED_DATA_DIR));
    expect(Object.keys(files).sort()).toEqual([
      "collectivites.ts",
      "deliberating-bodies.ts",
      "departements.ts",
      "metropoles.ts",
      "regions.ts",
      "state-services.ts",
      "tribunaux-administratifs.ts",
    ]);
    for (const [name, content] of Object.entries(files)) expect(readFileSync(join(OUTPUT_DIR, name), "utf8"), name).toBe(content);
  });

  it("round-trip: CSVs rebuilt from the shipped data render to the committed modules, twice alike", () => {
    const line = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
    const csv = {
      ...readSharedCsv(DEFAULT_SHARED_DATA_DIR),
      departements: [
        "DEP,REG,CHEFLIEU,TNCC,NCC,NCCENR,LIBELLE",
        ...DEPARTEMENT_DATA.map((d) => line([d.code, d.regionCode, d.chefLieu, String(d.tncc), d.name.toUpperCase(), d.name, d.name])),
      ].join("\n"),
      collectivites: [
        "code,departements,nom,type,executif,siren,siret_siege,confiance_code,sources",
        ...COLLECTIVITE_DATA.filter((c) => c.validTo === undefined).map((c) =>
          line([
            c.code,
            c.departements.join(";"),
            c.name,
            COLLECTIVITE_KIND_LABELS[c.kind],
            c.executiveTitle.masculine,
            c.siren ?? "",
            c.siret ?? "",
            c.codeConfidence === "confirmed" ? "C" : "U",
            "a, b",
          ]),
        ),
      ].join("\r\n"),
      metropoles: [
        "nom,siren,statut,article_cgct",
        ...METROPOLE_DATA.map((m) => line([m.name, m.siren, METROPOLE_STATUTE_LABELS[m.statute], m.cgctArticle])),
      ].join("\n"),
    };
    const first = renderTerritories(csv);
    expect(renderTerritories(csv)).toEqual(first);
    for (const [name, content] of Object.entries(first)) expect(content, name).toBe(readFileSync(join(OUTPUT_DIR, name), "utf8"));
  });

  it("fail loudly on a CSV they cannot read", () => {
    expect(() =>
      renderTerritories({ ...readSharedCsv(DEFAULT_SHARED_DATA_DIR), departements: "DEP,REG\n23", collectivites: "code\n", metropoles: "nom\n" }),
    ).toThrow(/fields/);
  });

  it("and the territories' runtime code use no Node API, no clock and nothing from ../shared", () => {
    const root = fileURLToPath(new URL(".", import.meta.url));
    const files = [
      ...readdirSync(root).filter((f) => f.endsWith(".ts")).map((f) => join(root, f)),
      ...readdirSync(join(root, "data")).map((f) => join(root, "data", f)),
      ...["normalize.ts", "name-search.ts", "territory-identifiers.ts", "deep-freeze.ts", "rule-bodies.ts"].map((f) => join(root, "..", "internal", f)),
    ].filter((f) => !/\.(test|bench)\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      expect(text, f).not.toMatch(/from "(node:|fs|path|process)|\bprocess\.|Date\.now|new Date\(\)|Math\.random|shared\/data/);
    }
  });
});
