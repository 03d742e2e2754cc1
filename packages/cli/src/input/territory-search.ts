import {
  findTerritories,
  listCollectivites,
  listMetropoles,
  REFERENCE_DATE,
  territoriesInDepartement,
  type Departement,
  type Lang,
  type TerritoryCandidate,
  type TerritoryEntry,
} from "@pacte/model";

/**
 * One row of `pacte collectivites --json`: a collectivity with departmental powers (`metropole`
 * true when it is a métropole too: the Métropole de Lyon, listed once) or a métropole.
 *
 * @example
 * const row: CollectiviteRow = { kind: "collectivite", code: "23D", name: "Département de la Creuse", siren: "222309627", departements: ["23"], executiveTitle: "président du conseil départemental de la Creuse", metropole: false };
 */
export interface CollectiviteRow {
  readonly kind: "collectivite" | "metropole";
  readonly code: string | null;
  readonly name: string;
  readonly siren: string | null;
  readonly departements: readonly string[];
  readonly executiveTitle: string | null;
  readonly metropole: boolean;
}

/**
 * The answer to a search: the rows found, and when the query needed a choice, a note that
 * explains why and what to type instead (in French or English). `found` is false when nothing
 * matches at all.
 *
 * @example
 * const r: TerritorySearch = { rows: [], note: undefined, found: false };
 */
export interface TerritorySearch {
  readonly rows: readonly CollectiviteRow[];
  readonly note: string | undefined;
  readonly found: boolean;
}

/**
 * The row of a territory.
 *
 * @example
 * rowOf(territoriesInDepartement("69")[1]!).name //=> "Métropole de Lyon"
 */
export function rowOf(entry: TerritoryEntry): CollectiviteRow {
  if (entry.kind === "metropole") {
    const m = entry.metropole;
    return { kind: "metropole", code: m.collectiviteCode ?? null, name: m.name, siren: m.siren, departements: [m.seatDepartement], executiveTitle: null, metropole: true };
  }
  const c = entry.collectivite;
  return {
    kind: "collectivite",
    code: c.code,
    name: c.name,
    siren: c.siren ?? null,
    departements: [...c.departements],
    executiveTitle: c.executiveTitle.masculine,
    metropole: entry.metropole !== undefined,
  };
}

const depName = (d: Departement, lang: Lang): string => (lang === "fr" ? `${d.name} (${d.code})` : `${d.name} (${d.code})`);

/**
 * Why a query was ambiguous, and what to type instead — a command that finds something.
 *
 * @example
 * ambiguityNote(findTerritories("20") as Extract<TerritoryQueryResult, { status: "ambiguous" }>, "fr")
 * //=> "« 20 » était le code de la Corse avant 1976 : Corse-du-Sud (2A) ou Haute-Corse (2B). Précisez : 2A ou 2B."
 */
export function ambiguityNote(
  result: { readonly query: string; readonly reason: "former-corsica-code" | "missing-leading-zero" | "same-score"; readonly candidates: readonly TerritoryCandidate[] },
  lang: Lang,
): string {
  const deps = result.candidates.flatMap((c) => (c.kind === "departement" ? [c.departement] : []));
  const codes = deps.map((d) => d.code);
  const or = lang === "fr" ? " ou " : " or ";
  switch (result.reason) {
    case "former-corsica-code":
      return lang === "fr"
        ? `« ${result.query} » était le code de la Corse avant 1976 : ${deps.map((d) => depName(d, lang)).join(or)}. Précisez : ${codes.join(or)}.`
        : `“${result.query}” was the code of Corsica before 1976: ${deps.map((d) => depName(d, lang)).join(or)}. Say which: ${codes.join(or)}.`;
    case "missing-leading-zero":
      return lang === "fr"
        ? `« ${result.query} » n’est pas un code de département ; vouliez-vous dire ${deps.map((d) => depName(d, lang)).join(or)} ? Précisez : ${codes.join(or)}.`
        : `“${result.query}” is not a département code; did you mean ${deps.map((d) => depName(d, lang)).join(or)}? Say: ${codes.join(or)}.`;
    case "same-score": {
      const names = result.candidates.map((c) => (c.kind === "departement" ? depName(c.departement, lang) : c.kind === "collectivite" ? `${c.collectivite.name} (${c.collectivite.code})` : `${c.metropole.name} (${c.metropole.siren})`));
      return lang === "fr"
        ? `« ${result.query} » désigne plusieurs territoires : ${names.join(", ")}. Précisez le code ou le nom complet.`
        : `“${result.query}” names several territories: ${names.join(", ")}. Give the code or the full name.`;
    }
    default: {
      const never: never = result.reason;
      return String(never);
    }
  }
}

function candidateRows(candidates: readonly TerritoryCandidate[], asOf: string): CollectiviteRow[] {
  return candidates.flatMap((c) => (c.kind === "departement" ? territoriesInDepartement(c.departement.code, asOf).map(rowOf) : [rowOf(c)]));
}

function unique(rows: readonly CollectiviteRow[]): CollectiviteRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.kind}:${r.code ?? r.siren ?? r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Searches the territories that can sign a contract on `asOf` (default 2024-01-01, the reference
 * data's date, as the help says) with `findTerritories` of `@pacte/model`: a département code
 * lists everything in it (« 69 »: the Département du Rhône and the Métropole de Lyon, once each);
 * a code, SIREN, SIRET or name gives its territory; an ambiguous query lists every candidate,
 * with a note saying why and what to type; no query lists them all. Dissolved collectivities are
 * not listed (no Département de Paris in 2024).
 *
 * @example
 * searchTerritories("69").rows.map((r) => r.code) //=> ["69D", "69M"]
 * searchTerritories("20", undefined, "fr").note //=> "« 20 » était le code de la Corse avant 1976 : …"
 */
export function searchTerritories(query: string | undefined, asOf: string = REFERENCE_DATE, lang: Lang = "fr"): TerritorySearch {
  if (query === undefined || query.trim() === "") {
    const collectivites = listCollectivites({ asOf });
    const attached = new Set(collectivites.map((c) => c.code));
    const rows = [
      ...collectivites.map((c) => rowOf({ kind: "collectivite", collectivite: c, ...metropoleOf(c.code) })),
      ...listMetropoles()
        .filter((m) => m.collectiviteCode === undefined || !attached.has(m.collectiviteCode))
        .map((metropole) => rowOf({ kind: "metropole", metropole })),
    ];
    return { rows, note: undefined, found: rows.length > 0 };
  }
  const r = findTerritories(query, { asOf });
  switch (r.status) {
    case "departement":
      return { rows: r.entries.map(rowOf), note: undefined, found: true };
    case "territory":
      return { rows: [rowOf(r.entry)], note: undefined, found: true };
    case "ambiguous":
      return { rows: unique(candidateRows(r.candidates, asOf)), note: ambiguityNote(r, lang), found: true };
    case "not-found":
      return { rows: [], note: undefined, found: false };
    default: {
      const never: never = r;
      return never;
    }
  }
}

function metropoleOf(code: string): { metropole?: ReturnType<typeof listMetropoles>[number] } {
  const m = listMetropoles().find((x) => x.collectiviteCode === code);
  return m === undefined ? {} : { metropole: m };
}
