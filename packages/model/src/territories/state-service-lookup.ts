import { z } from "zod";
import { DepartementCodeSchema } from "../insee";
import { deepFreeze } from "../internal/deep-freeze";
import { isInForce, REFERENCE_DATE } from "./as-of";
import { articleForms } from "./article-forms";
import { STATE_SERVICE_DATA } from "./data/state-services";
import { getDepartement } from "./departement-lookup";
import { isSettled, SourceRefSchema, type SourceRef } from "./sourced";
import { StateServiceRecordSchema, type StateServiceAcronym, type StateServiceRecord } from "./state-service";

/**
 * The name of each kind of State service, as the decrees that create them write it (lower case
 * mid-sentence), with the sources of the names: décret n° 2020-1545 for the DDETS and DDETSPP,
 * décret n° 2009-1484 for the DDCS and DDCSPP (as préfectures quote them), the 2021 reform's
 * reports for the DEETS overseas.
 */
const NAMES: Readonly<Record<StateServiceAcronym, { readonly name: string; readonly sources: readonly SourceRef[] }>> = {
  DDETS: {
    name: "direction départementale de l'emploi, du travail et des solidarités",
    sources: ["https://www.legifrance.gouv.fr/loda/id/JORFTEXT000042636412/"],
  },
  DDETSPP: {
    name: "direction départementale de l'emploi, du travail, des solidarités et de la protection des populations",
    sources: ["https://www.legifrance.gouv.fr/loda/id/JORFTEXT000042636412/"],
  },
  DEETS: {
    name: "direction de l'économie, de l'emploi, du travail et des solidarités",
    sources: ["https://www.associationmodeemploi.fr/article/les-dreets-remplacent-les-direccte.73014"],
  },
  DDCS: {
    name: "direction départementale de la cohésion sociale",
    sources: ["https://www.charente-maritime.gouv.fr/layout/set/print/Actualites/Rapprocher-les-enjeux-lies-a-l-emploi-aux-enjeux-de-solidarite-insertion-logement-etc"],
  },
  DDCSPP: {
    name: "direction départementale de la cohésion sociale et de la protection des populations",
    sources: [
      "http://lot.gouv.fr/Services-de-l-Etat/Direction-de-l-emploi-du-travail-des-solidarites-et-de-la-protection-des-populations/La-reforme-de-l-organisation-territoriale-de-l-Etat-de-2021",
    ],
  },
};

/**
 * A département's State service with the names a contract writes: `name` (« direction
 * départementale de l'emploi, du travail, des solidarités et de la protection des populations »),
 * `fullName` with the département (« … de la Creuse »), its forms after an article, « de » and
 * « à » (« la direction… », « de la direction… »), the acronym's forms (« la DDETSPP », « de la
 * DDETSPP »), and `nameSources` for the name itself; `provenance` and `sources` are those of the
 * fact that this département has this service on that day.
 *
 * @example
 * StateServiceSchema.parse((stateServiceFor("23") as { service: StateService }).service).acronym //=> "DDETSPP"
 */
export const StateServiceSchema = StateServiceRecordSchema.extend({
  acronym: StateServiceRecordSchema.shape.acronym.unwrap(),
  name: z.string().min(1),
  fullName: z.string().min(1),
  withArticle: z.string().min(1),
  withDe: z.string().min(1),
  withA: z.string().min(1),
  acronymWithArticle: z.string().min(1),
  acronymWithDe: z.string().min(1),
  nameSources: z.array(SourceRefSchema),
}).meta({ title: "StateService", description: "Service de l’État chargé des solidarités dans un département, avec ses noms et sigles." });
/** See {@link StateServiceSchema}. */
export type StateService = z.infer<typeof StateServiceSchema>;

/**
 * The answer of {@link stateServiceFor}: `known` with the service when a confirmed or press
 * source settles it; `unknown` otherwise, with the `reason` — `no-data` (no record that day),
 * `no-source` (the sources do not name one: Paris and the inner ring, Guyane, conflicting
 * sources), `unconfirmed` (a `candidate` is given, but only as a hint: DEETS overseas, the
 * DDCS/DDCSPP before April 2021) — and a French `note`. An `unknown` answer means the contract
 * must take the service's name from its input: never write a guess.
 *
 * @example
 * StateServiceLookupSchema.parse(stateServiceFor("75")).status //=> "unknown"
 */
export const StateServiceLookupSchema = z
  .discriminatedUnion("status", [
    z.object({ status: z.literal("known"), service: StateServiceSchema }),
    z.object({
      status: z.literal("unknown"),
      departement: DepartementCodeSchema,
      reason: z.enum(["no-data", "no-source", "unconfirmed"]),
      note: z.string().min(1).optional(),
      candidate: StateServiceSchema.optional(),
    }),
  ])
  .meta({ title: "StateServiceLookup", description: "Service de l’État d’un département : connu, ou inconnu avec la raison." });
/** See {@link StateServiceLookupSchema}. */
export type StateServiceLookup = z.infer<typeof StateServiceLookupSchema>;

let byDepartement: ReadonlyMap<string, readonly StateServiceRecord[]> | undefined;

function index(): ReadonlyMap<string, readonly StateServiceRecord[]> {
  if (byDepartement !== undefined) return byDepartement;
  const map = new Map<string, StateServiceRecord[]>();
  for (const r of deepFreeze(STATE_SERVICE_DATA)) map.set(r.departement, [...(map.get(r.departement) ?? []), r]);
  byDepartement = map;
  return map;
}

function describe(record: StateServiceRecord & { readonly acronym: StateServiceAcronym }): StateService {
  const dep = getDepartement(record.departement);
  const { name, sources } = NAMES[record.acronym];
  const fullName = `${name} ${dep?.withDe ?? ""}`.trim();
  const forms = articleForms(fullName, 3);
  const acronym = articleForms(record.acronym, 3);
  return deepFreeze({
    ...record,
    acronym: record.acronym,
    name,
    fullName,
    withArticle: forms.withArticle,
    withDe: forms.withDe,
    withA: forms.withA,
    acronymWithArticle: acronym.withArticle,
    acronymWithDe: acronym.withDe,
    sources: [...record.sources],
    nameSources: [...sources],
  });
}

/**
 * The State service in charge of solidarity (and so of the Pacte's contracts) in a département
 * on `asOf` (default `REFERENCE_DATE`): `DDETS` or `DDETSPP` since 1 April 2021 — the Creuse's
 * is a DDETSPP —, known only where sources settle it; `unknown` with a reason elsewhere, so that
 * the composer asks for it instead of writing a wrong one. `undefined` for an unknown
 * département code.
 *
 * @example
 * const creuse = stateServiceFor("23");
 * creuse?.status === "known" && creuse.service.fullName
 * //=> "direction départementale de l'emploi, du travail, des solidarités et de la protection des populations de la Creuse"
 * stateServiceFor("69")?.status === "known" //=> true (DDETS du Rhône)
 * stateServiceFor("75")?.status //=> "unknown" (reason "no-source": no DDETS in Paris)
 * stateServiceFor("23", { asOf: "2019-06-01" })?.status //=> "unknown" (reason "unconfirmed", candidate DDCSPP)
 */
export function stateServiceFor(departementCode: string, options: { readonly asOf?: string | undefined } = {}): StateServiceLookup | undefined {
  const dep = getDepartement(departementCode);
  if (dep === undefined) return undefined;
  const asOf = options.asOf ?? REFERENCE_DATE;
  const record = index()
    .get(dep.code)
    ?.find((r) => isInForce(r, asOf));
  if (record === undefined) return { status: "unknown", departement: dep.code, reason: "no-data" };
  const note = record.note !== undefined ? { note: record.note } : {};
  if (record.acronym === undefined) return { status: "unknown", departement: dep.code, reason: "no-source", ...note };
  const service = describe({ ...record, acronym: record.acronym });
  if (!isSettled(record.provenance)) return { status: "unknown", departement: dep.code, reason: "unconfirmed", ...note, candidate: service };
  return { status: "known", service };
}

/**
 * Every version of the départements' State services in the reference data, settled or not, in
 * COG order (two a département: 2010–2021, then since April 2021).
 *
 * @example
 * listStateServiceRecords().filter((r) => r.validFrom === "2021-04-01" && r.acronym === "DDETSPP").length //=> 45
 */
export function listStateServiceRecords(): readonly StateServiceRecord[] {
  index();
  return STATE_SERVICE_DATA;
}
