import { z } from "zod";
import { buildNameIndex, normalizeName, searchNames, type MatchScore, type NameIndex } from "../internal/name-search";
import { normalizeCode } from "../internal/normalize";
import { isIsoDate } from "../iso-date";
import { REFERENCE_DATE } from "./as-of";
import { CollectiviteSchema, type Collectivite } from "./collectivite";
import { collectivitesForDepartement, findCollectiviteBySiren, getCollectivite, listCollectivites } from "./collectivite-lookup";
import { DepartementSchema, type Departement } from "./departement";
import { getDepartement, listDepartements } from "./departement-lookup";
import { MetropoleSchema, type Metropole } from "./metropole";
import { getMetropole, listMetropoles } from "./metropole-lookup";

/**
 * One territory that can sign a contract: a collectivity with departmental powers (with the
 * métropole it also is, for the Métropole de Lyon: listed once) or a métropole.
 *
 * @example
 * TerritoryEntrySchema.parse(territoriesInDepartement("69")[1]).kind //=> "collectivite"
 */
export const TerritoryEntrySchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("collectivite"), collectivite: CollectiviteSchema, metropole: MetropoleSchema.optional() }),
    z.object({ kind: z.literal("metropole"), metropole: MetropoleSchema }),
  ])
  .meta({ title: "TerritoryEntry", description: "Collectivité à compétences départementales (et la métropole qu’elle est aussi) ou métropole." });
/** See {@link TerritoryEntrySchema}. */
export type TerritoryEntry = z.infer<typeof TerritoryEntrySchema>;

function metropoleOf(c: Collectivite): Metropole | undefined {
  return listMetropoles().find((m) => m.collectiviteCode === c.code);
}

function entryOfCollectivite(c: Collectivite): TerritoryEntry {
  const m = metropoleOf(c);
  return m === undefined ? { kind: "collectivite", collectivite: c } : { kind: "collectivite", collectivite: c, metropole: m };
}

/**
 * Everything in a département on `asOf` (default `REFERENCE_DATE`) that can sign a contract:
 * the collectivities with departmental powers in force that day, then the métropoles seated
 * there, each once — the Métropole de Lyon is both a collectivity and a métropole, and comes
 * once, as the collectivity `69M` with its métropole attached. Dissolved collectivities are not
 * listed (the Département de Paris, dissolved on 2019-01-01, is absent in 2024). Métropoles carry
 * no dates in the reference data: the 22 of 2024 are listed on any day. Empty for an unknown
 * code or an unusable date.
 *
 * @example
 * territoriesInDepartement("69").map((e) => e.kind === "collectivite" ? e.collectivite.code : e.metropole.name)
 * //=> ["69D", "69M"]
 * territoriesInDepartement("75").map((e) => e.kind === "collectivite" ? e.collectivite.code : e.metropole.name)
 * //=> ["75C", "Métropole du Grand Paris"]
 * territoriesInDepartement("75", "2018-06-01").map((e) => e.kind === "collectivite" ? e.collectivite.code : e.metropole.name)
 * //=> ["75D", "Métropole du Grand Paris"]
 */
export function territoriesInDepartement(departementCode: string, asOf: string = REFERENCE_DATE): readonly TerritoryEntry[] {
  const dep = getDepartement(departementCode);
  if (dep === undefined || !isIsoDate(asOf)) return [];
  const collectivites = collectivitesForDepartement(dep.code, asOf);
  const attached = new Set(collectivites.map((c) => metropoleOf(c)?.siren).filter((s) => s !== undefined));
  const metropoles = listMetropoles().filter((m) => m.seatDepartement === dep.code && !attached.has(m.siren));
  return [...collectivites.map(entryOfCollectivite), ...metropoles.map((metropole) => ({ kind: "metropole" as const, metropole }))];
}

/**
 * Why a query needs the user to choose: `former-corsica-code` (« 20 » was Corsica's code before
 * 1976: 2A or 2B), `missing-leading-zero` (« 1 » for « 01 »), `same-score` (several territories
 * match the words equally well: « haute »).
 *
 * @example
 * AmbiguityReasonSchema.parse("same-score") //=> "same-score"
 */
export const AmbiguityReasonSchema = z.enum(["former-corsica-code", "missing-leading-zero", "same-score"]).meta({
  title: "AmbiguityReason",
  description: "Pourquoi une recherche de territoire demande un choix.",
});
/** See {@link AmbiguityReasonSchema}. */
export type AmbiguityReason = z.infer<typeof AmbiguityReasonSchema>;

/**
 * One candidate of an ambiguous query: a département (whose territories the user may then
 * list) or a territory.
 *
 * @example
 * TerritoryCandidateSchema.parse({ kind: "departement", departement: getDepartement("2A") }).kind //=> "departement"
 */
export const TerritoryCandidateSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("departement"), departement: DepartementSchema }),
    z.object({ kind: z.literal("collectivite"), collectivite: CollectiviteSchema, metropole: MetropoleSchema.optional() }),
    z.object({ kind: z.literal("metropole"), metropole: MetropoleSchema }),
  ])
  .meta({ title: "TerritoryCandidate", description: "Candidat d’une recherche ambiguë : département, collectivité ou métropole." });
/** See {@link TerritoryCandidateSchema}. */
export type TerritoryCandidate = z.infer<typeof TerritoryCandidateSchema>;

/**
 * The answer of {@link findTerritories}:
 * - `departement`: the query names a département (by code or name); `entries` lists what is in
 *   it ({@link territoriesInDepartement});
 * - `territory`: the query names one collectivity or métropole (code, SIREN, SIRET, name, alias);
 * - `ambiguous`: several answers fit; `reason` says why and `candidates` lists them;
 * - `not-found`: nothing fits (or the date is unusable).
 *
 * @example
 * TerritoryQueryResultSchema.parse(findTerritories("69")).status //=> "departement"
 */
export const TerritoryQueryResultSchema = z
  .discriminatedUnion("status", [
    z.object({ status: z.literal("departement"), query: z.string(), departement: DepartementSchema, entries: z.array(TerritoryEntrySchema) }),
    z.object({ status: z.literal("territory"), query: z.string(), entry: TerritoryEntrySchema }),
    z.object({ status: z.literal("ambiguous"), query: z.string(), reason: AmbiguityReasonSchema, candidates: z.array(TerritoryCandidateSchema).min(1) }),
    z.object({ status: z.literal("not-found"), query: z.string() }),
  ])
  .meta({ title: "TerritoryQueryResult", description: "Résultat d’une recherche de territoire : département, territoire, ambiguïté ou rien." });
/** See {@link TerritoryQueryResultSchema}. */
export type TerritoryQueryResult = z.infer<typeof TerritoryQueryResultSchema>;

type Named = { readonly kind: "departement"; readonly departement: Departement } | TerritoryEntry;

let names: NameIndex<Named> | undefined;

/** Départements by name and article form, collectivities (every version) and métropoles by name and alias. */
function nameIndex(): NameIndex<Named> {
  if (names !== undefined) return names;
  const items: Named[] = [
    ...listDepartements().map((departement) => ({ kind: "departement" as const, departement })),
    ...listCollectivites({ asOf: REFERENCE_DATE }).map(entryOfCollectivite),
    ...listMetropoles()
      .filter((m) => m.collectiviteCode === undefined)
      .map((metropole) => ({ kind: "metropole" as const, metropole })),
  ];
  names = buildNameIndex(items, (n) =>
    n.kind === "departement"
      ? [n.departement.name, n.departement.withArticle]
      : n.kind === "collectivite"
        ? [n.collectivite.name, ...n.collectivite.aliases, ...(n.metropole ? [n.metropole.name, ...n.metropole.aliases] : [])]
        : [n.metropole.name, ...n.metropole.aliases],
  );
  return names;
}

/** The collectivity version in force on `asOf` for an entry found in the 2024 index, or `undefined`. */
function onDate(n: Named, asOf: string): Named | undefined {
  if (n.kind !== "collectivite") return n;
  const c = getCollectivite(n.collectivite.code, { asOf });
  return c === undefined ? undefined : entryOfCollectivite(c);
}

function keyOf(n: Named): string {
  if (n.kind === "departement") return `departement:${n.departement.code}`;
  return n.kind === "collectivite" ? `collectivite:${n.collectivite.code}` : `metropole:${n.metropole.siren}`;
}

/** Whether a territory lies in a département: a collectivity covering it, or a métropole seated there. */
function liesIn(n: Named, departementCode: string): boolean {
  if (n.kind === "departement") return n.departement.code === departementCode;
  if (n.kind === "metropole") return n.metropole.seatDepartement === departementCode;
  return n.collectivite.departements.includes(departementCode);
}

function entryOfMetropole(m: Metropole, asOf: string): TerritoryEntry | undefined {
  if (m.collectiviteCode === undefined) return { kind: "metropole", metropole: m };
  const c = getCollectivite(m.collectiviteCode, { asOf });
  return c === undefined ? undefined : entryOfCollectivite(c);
}

/**
 * Finds what a person means by a query — a département code (« 69 », « 2a »), a collectivity
 * code (« 69M »), a SIREN or SIRET, or words (« Creuse », « Grand Lyon », « Alsace ») — on
 * `asOf` (default `REFERENCE_DATE`), and says when the query is ambiguous, with the candidates
 * and the reason, instead of answering nothing. A département code or exact name gives the
 * département with everything in it (« 69 »: the Département du Rhône and the Métropole de
 * Lyon, once each). Words are matched ignoring accents, case, hyphens and apostrophes; the best
 * match wins, a tie between different territories is `ambiguous`.
 *
 * @example
 * findTerritories("69").status //=> "departement"
 * findTerritories("20").status //=> "ambiguous" (reason "former-corsica-code": 2A or 2B)
 * findTerritories("1").status //=> "ambiguous" (reason "missing-leading-zero": 01)
 * findTerritories("Grand Lyon").status //=> "territory" (the Métropole de Lyon, 69M)
 * findTerritories("haute").status //=> "ambiguous" (reason "same-score")
 * findTerritories("atlantis").status //=> "not-found"
 */
export function findTerritories(query: string, options: { readonly asOf?: string | undefined } = {}): TerritoryQueryResult {
  const asOf = options.asOf ?? REFERENCE_DATE;
  const text = typeof query === "string" ? query : "";
  if (!isIsoDate(asOf) || normalizeName(text) === "") return { status: "not-found", query: text };
  const code = normalizeCode(text);
  const departementResult = (departement: Departement): TerritoryQueryResult => ({
    status: "departement",
    query: text,
    departement,
    entries: [...territoriesInDepartement(departement.code, asOf)],
  });

  const dep = getDepartement(code);
  if (dep !== undefined) return departementResult(dep);
  if (code === "20") {
    const candidates = ["2A", "2B"].map((d) => getDepartement(d)).filter((d): d is Departement => d !== undefined);
    return { status: "ambiguous", query: text, reason: "former-corsica-code", candidates: candidates.map((departement) => ({ kind: "departement", departement })) };
  }
  const padded = /^[1-9]$/.test(code) ? getDepartement(`0${code}`) : undefined;
  if (padded !== undefined) return { status: "ambiguous", query: text, reason: "missing-leading-zero", candidates: [{ kind: "departement", departement: padded }] };
  const collectivite = getCollectivite(code, { asOf });
  if (collectivite !== undefined) return { status: "territory", query: text, entry: entryOfCollectivite(collectivite) };
  if (/^\d{9}$|^\d{14}$/.test(code)) {
    const bySiren = findCollectiviteBySiren(code.slice(0, 9), { asOf });
    const metropole = getMetropole(code.slice(0, 9));
    const entry = bySiren !== undefined ? entryOfCollectivite(bySiren) : metropole !== undefined ? entryOfMetropole(metropole, asOf) : undefined;
    return entry === undefined ? { status: "not-found", query: text } : { status: "territory", query: text, entry };
  }

  const hits = searchNames(nameIndex(), text)
    .map((h) => ({ ...h, item: onDate(h.item, asOf) }))
    .filter((h): h is { item: Named; position: number; score: MatchScore } => h.item !== undefined)
    .sort((a, b) => a.score - b.score || a.position - b.position);
  const best = hits[0];
  if (best === undefined) return { status: "not-found", query: text };
  const tied = new Map<string, Named>();
  for (const h of hits) if (h.score === best.score && !tied.has(keyOf(h.item))) tied.set(keyOf(h.item), h.item);
  const group = [...tied.values()];
  // A département and what lies in it under the same name (« Paris »: the département and the Ville
  // de Paris; « Rhône »: the département and the Département du Rhône) are one answer: the
  // département, whose listing shows them all.
  const departements = group.filter((n): n is Extract<Named, { kind: "departement" }> => n.kind === "departement");
  const [onlyDep] = departements;
  if (departements.length === 1 && onlyDep !== undefined && group.every((n) => liesIn(n, onlyDep.departement.code)))
    return departementResult(onlyDep.departement);
  const [only, second] = group;
  if (only !== undefined && second === undefined && only.kind !== "departement") return { status: "territory", query: text, entry: only };
  // Among the candidates, a collectivity that covers exactly one candidate département goes
  // without saying: choosing the département lists it.
  const depCodes = new Set(departements.map((d) => d.departement.code));
  const candidates = group.filter((n) => !(n.kind === "collectivite" && n.collectivite.departements.every((d) => depCodes.has(d))));
  return { status: "ambiguous", query: text, reason: "same-score", candidates };
}
