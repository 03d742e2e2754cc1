import {
  findCollectivitesByName,
  findMetropolesByName,
  getMetropole,
  listCollectivites,
  listMetropoles,
  resolveCollectivite,
  type Collectivite,
  type Metropole,
} from "@pacte/model";

/**
 * One row of `pacte collectivites --json`.
 *
 * @example
 * const row: CollectiviteRow = { kind: "collectivite", code: "23D", name: "Département de la Creuse", siren: "222309627", departements: ["23"], executiveTitle: "président du conseil départemental de la Creuse" };
 */
export interface CollectiviteRow {
  readonly kind: "collectivite" | "metropole";
  readonly code: string | null;
  readonly name: string;
  readonly siren: string | null;
  readonly departements: readonly string[];
  readonly executiveTitle: string | null;
}

const fromCollectivite = (c: Collectivite): CollectiviteRow => ({
  kind: "collectivite",
  code: c.code,
  name: c.name,
  siren: c.siren ?? null,
  departements: [...c.departements],
  executiveTitle: c.executiveTitle.masculine,
});

const fromMetropole = (m: Metropole): CollectiviteRow => ({
  kind: "metropole",
  code: m.collectiviteCode ?? null,
  name: m.name,
  siren: m.siren,
  departements: [m.seatDepartement],
  executiveTitle: null,
});

/**
 * The collectivities with departmental powers (in force on `asOf`) and the métropoles that match
 * a query — a code (`23D`), a SIREN or SIRET, a département code, or a name ignoring case and
 * accents — best first; all of them without a query.
 *
 * @example
 * searchCollectivites("creuse")[0]?.code //=> "23D"
 * searchCollectivites("bordeaux").map((r) => r.kind) //=> ["metropole"]
 */
export function searchCollectivites(query: string | undefined, asOf?: string): CollectiviteRow[] {
  const options = asOf !== undefined ? { asOf } : {};
  if (query === undefined || query.trim() === "") {
    return [...listCollectivites(options).map(fromCollectivite), ...listMetropoles().map(fromMetropole)];
  }
  const rows: CollectiviteRow[] = [];
  const seen = new Set<string>();
  const add = (r: CollectiviteRow) => {
    const key = `${r.kind}:${r.code ?? r.siren ?? r.name}`;
    if (!seen.has(key)) {
      seen.add(key);
      rows.push(r);
    }
  };
  const exact = resolveCollectivite(query, options);
  if (exact !== undefined) add(fromCollectivite(exact));
  const metropole = getMetropole(query);
  if (metropole !== undefined) add(fromMetropole(metropole));
  for (const c of findCollectivitesByName(query, { ...options, limit: 20 })) add(fromCollectivite(c));
  for (const m of findMetropolesByName(query, { limit: 20 })) add(fromMetropole(m));
  return rows;
}
