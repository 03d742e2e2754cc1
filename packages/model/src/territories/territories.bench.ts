import { bench, describe } from "vitest";
import {
  collectivitesForDepartement,
  findCollectiviteBySiren,
  findCollectivitesByName,
  getCollectivite,
} from "./collectivite-lookup";
import { COLLECTIVITE_DATA } from "./data/collectivites";

// What a user would otherwise hold: the CSV rows as strings, one object per line.
interface CsvRow {
  code: string;
  departements: string;
  nom: string;
  siren: string;
  valid_from: string;
  valid_to: string;
}
const rows: CsvRow[] = COLLECTIVITE_DATA.map((c) => ({
  code: c.code,
  departements: c.departements.join(";"),
  nom: c.name,
  siren: c.siren ?? "",
  valid_from: c.validFrom ?? "",
  valid_to: c.validTo ?? "",
}));

/** The naive folding a user writes, applied on every comparison. */
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

const codes = ["01D", "23D", "6AE", "69M", "972R", "95D", "2bd"];
const sirens = ["220100010", "222309627", "200094332", "229850003", "229501275"];
const names = ["creuse", "Cote d'Or", "Saint-Denis", "Alsace", "haute", "Réunion"];
const deps = ["01", "23", "67", "69", "2A", "976"];
let i = 0;
const next = <T>(list: readonly T[]): T => list[i++ % list.length] as T;

describe("collectivity by code", () => {
  bench("getCollectivite (Map)", () => {
    getCollectivite(next(codes));
  });
  bench("naive Array.find with normalize", () => {
    const q = fold(next(codes));
    rows.find((r) => fold(r.code) === q);
  });
});

describe("collectivity by SIREN", () => {
  bench("findCollectiviteBySiren (Map)", () => {
    findCollectiviteBySiren(next(sirens));
  });
  bench("naive Array.find with normalize", () => {
    const q = fold(next(sirens)).replace(/\s/g, "");
    rows.find((r) => fold(r.siren) === q);
  });
});

describe("collectivities by name (accents, case, punctuation folded)", () => {
  bench("findCollectivitesByName (prebuilt folded terms, ranked)", () => {
    findCollectivitesByName(next(names));
  });
  bench("naive Array.filter with normalize on every comparison", () => {
    const q = fold(next(names)).replace(/[-'’]/g, " ");
    rows.filter((r) => fold(r.nom).replace(/[-'’]/g, " ").includes(q));
  });
});

describe("collectivities signing for a département on a date", () => {
  bench("collectivitesForDepartement (Map + ISO string compare)", () => {
    collectivitesForDepartement(next(deps), "2019-06-01");
  });
  bench("naive Array.filter with split and Date parsing", () => {
    const dep = fold(next(deps));
    const day = new Date("2019-06-01").getTime();
    rows.filter(
      (r) =>
        r.departements.split(";").some((d) => fold(d) === dep) &&
        (r.valid_from === "" || new Date(r.valid_from).getTime() <= day) &&
        (r.valid_to === "" || new Date(r.valid_to).getTime() >= day),
    );
  });
});
