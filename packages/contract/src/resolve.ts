import {
  checkCollectiviteInForce,
  checkSigningDepartement,
  getRegion,
  listRegions,
  prefetDeRegionQuality,
  prefetQuality as modelPrefetQuality,
  regionOfDepartement,
  stateServiceFor,
  type Region,
  findCollectivitesByName,
  findDepartementsByName,
  findMetropolesByName,
  getCollectivite,
  getDepartement,
  getMetropole,
  listMetropoles,
  modelIssue,
  resolveCollectivite,
  siretSirenIssue,
  type Collectivite,
  type Departement,
  type Issue,
  type Lang,
  type Metropole,
} from "@pacte/model";
import type { ContractCollectivite, ContractState } from "./contract";
import { deliberationBodyOf } from "./internal/deliberation-body";
import type { ParsedContractInput } from "./input";
import { contractIssue } from "./issues";
import { closestMatch } from "@pacte/issues";
import {
  collectiviteExecutiveQuality,
  metropoleExecutiveQuality,
  prefetDeRegionQuality as prefetDeRegionTemplate,
  prefetQuality,
  stripArticle,
  withArticle,
} from "./internal/titles";
import type { Profile } from "./profile";
import { listProfiles, type ProfileLookupOptions } from "./profiles/registry";

/**
 * The parts of an input the parties are resolved from: both sides, and the signature date on
 * which the collectivity must be in force.
 *
 * @example
 * const parts: PartiesInput = { state, collectivite, signature };
 */
export type PartiesInput = Pick<ParsedContractInput, "state" | "collectivite" | "signature">;

/**
 * The parties of a contract once resolved, and the issues found on the way. `state` and
 * `collectivite` are absent when they could not be resolved (the issues say why).
 *
 * @example
 * const r: ResolvedParties = resolveParties(input, CLS_DEPARTEMENT_2024);
 * r.collectivite?.code //=> "23D"
 */
export interface ResolvedParties {
  readonly state?: ContractState;
  readonly collectivite?: ContractCollectivite;
  readonly issues: readonly Issue[];
}

/**
 * The profile named by the input — a team's own profiles first, then the shipped ones — or the
 * issue `contract.unknown_profile` at `profile`, with the available ids and a suggestion for a
 * typo.
 *
 * @example
 * resolveProfile("cls-departement").issue?.params.suggestion //=> "cls-departement-2024"
 * resolveProfile("calpae-2019").profile?.id //=> "calpae-2019"
 */
export function resolveProfile(
  id: string,
  options: ProfileLookupOptions & { readonly lang?: Lang } = {},
): { readonly profile?: Profile; readonly issue?: Issue } {
  const available = listProfiles(options);
  const profile = available.find((p) => p.id === id);
  if (profile !== undefined) return { profile };
  const ids = available.map((p) => p.id);
  const suggestion = closestMatch(id, ids);
  const params = { received: id, available: ids, ...(suggestion !== undefined ? { suggestion } : {}) };
  return { issue: contractIssue("contract.unknown_profile", ["profile"], params, { lang: options.lang ?? "fr" }) };
}

function findDepartement(ref: string): Departement | undefined {
  const byCode = getDepartement(ref);
  if (byCode !== undefined) return byCode;
  const [first] = findDepartementsByName(ref, { limit: 1 });
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[-'’\s]+/g, " ");
  return first !== undefined && (fold(first.name) === fold(ref) || fold(first.withArticle) === fold(ref)) ? first : undefined;
}

const fold = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[-'’\s]+/g, " ").trim();

/** The region named by the input (INSEE code or name, with or without its article), on `asOf`. */
function findRegion(ref: string, asOf: string): Region | undefined {
  const byCode = getRegion(ref.trim(), { asOf });
  if (byCode !== undefined) return byCode;
  const wanted = fold(ref).replace(/^(?:region |la region |de la region )/u, "");
  return listRegions({ asOf }).find((r) => fold(r.name) === wanted || fold(r.withArticle) === wanted);
}

/** The State service: the input's, else the reference data's when a source settles it (a warning otherwise). */
function stateService(
  side: ParsedContractInput["state"],
  departement: Departement,
  asOf: string,
  lang: Lang,
  issues: Issue[],
): Pick<ContractState, "service" | "serviceAcronym" | "serviceSource"> {
  if (side.service !== undefined) return { service: side.service, serviceSource: "input" };
  const found = stateServiceFor(departement.code, { asOf });
  if (found?.status === "known") return { service: found.service.fullName, serviceAcronym: found.service.acronym, serviceSource: "reference-data" };
  const params = {
    departement: departement.code,
    departementName: departement.name,
    reason: found?.status === "unknown" ? found.reason : "no-data",
    ...(found?.status === "unknown" && found.candidate !== undefined ? { candidate: found.candidate.acronym } : {}),
  };
  issues.push(contractIssue("contract.state_service_unknown", ["state", "service"], params, { lang }));
  return {};
}

function resolveState(side: ParsedContractInput["state"], asOf: string | undefined, lang: Lang, issues: Issue[]): ContractState | undefined {
  const departement = findDepartement(side.departement);
  if (departement === undefined) {
    const [s] = findDepartementsByName(side.departement, { limit: 1 });
    const params = { received: side.departement, ...(s !== undefined ? { suggestion: s.code, suggestionName: s.name } : {}) };
    issues.push(modelIssue("territory.unknown_departement", ["state", "departement"], params, { lang }));
    return undefined;
  }
  const day = asOf ?? "2024-01-01";
  const own = modelPrefetQuality(departement.code, { gender: side.prefet.gender, asOf: day });
  const isPrefetDeRegion = own?.isPrefetDeRegion ?? false;
  let quality = side.prefet.title !== undefined ? stripArticle(side.prefet.title) : (own?.quality ?? prefetQuality(departement, side.prefet.gender));
  const region = side.prefetDeRegion;
  let prefetDeRegion: ContractState["prefetDeRegion"];
  if (region !== undefined) {
    const path = ["state", "prefetDeRegion"];
    const found = region.region !== undefined ? findRegion(region.region, day) : regionOfDepartement(departement.code, { asOf: day });
    if (region.region !== undefined && found === undefined) {
      const names = listRegions({ asOf: day }).map((r) => r.name);
      const suggestion = closestMatch(region.region, names);
      issues.push(contractIssue("contract.unknown_region", [...path, "region"], { received: region.region, ...(suggestion !== undefined ? { suggestion } : {}) }, { lang }));
    }
    const samePerson = fold(region.name) === fold(side.prefet.name);
    const chefLieu = found?.chefLieuDepartement;
    if (samePerson && chefLieu !== undefined && chefLieu !== departement.code) {
      const params = { reason: "not-chef-lieu", name: region.name, departement: departement.name, region: found?.name, chefLieu };
      issues.push(contractIssue("contract.prefet_de_region", [...path, "name"], params, { lang }));
    } else if (!samePerson && chefLieu === departement.code) {
      const params = { reason: "two-persons", name: region.name, prefet: side.prefet.name, departement: departement.name, region: found?.name };
      issues.push(contractIssue("contract.prefet_de_region", [...path, "name"], params, { lang }));
    }
    const regionQuality =
      region.title !== undefined
        ? stripArticle(region.title)
        : found !== undefined
          ? (prefetDeRegionQuality(found.code, { gender: region.gender, asOf: day })?.quality ?? prefetDeRegionTemplate(found.name, region.gender))
          : prefetDeRegionTemplate(region.region, region.gender);
    if (samePerson) {
      // One person, one signature: the préfet signs in both qualities.
      if (side.prefet.title === undefined && !isPrefetDeRegion) quality = `${regionQuality.split(", ")[0] ?? regionQuality}, ${quality}`;
    } else {
      prefetDeRegion = {
        name: region.name,
        gender: region.gender,
        ...(found !== undefined ? { region: found.name } : region.region !== undefined ? { region: region.region } : {}),
        title: withArticle(regionQuality, region.gender),
        quality: regionQuality,
      };
    }
  }
  return {
    departement,
    prefet: side.prefet,
    prefetTitle: withArticle(quality, side.prefet.gender),
    prefetQuality: quality,
    isPrefetDeRegion: isPrefetDeRegion || (region !== undefined && fold(region.name) === fold(side.prefet.name)),
    ...(prefetDeRegion !== undefined ? { prefetDeRegion } : {}),
    ...stateService(side, departement, day, lang, issues),
  };
}


/** A métropole from a SIREN, a name or alias, or the collectivity code `69M`. */
function findMetropole(ref: string): Metropole | undefined {
  const code = ref.trim().toUpperCase();
  return getMetropole(ref) ?? listMetropoles().find((m) => m.collectiviteCode === code);
}

/** The collectivity's side and the signature date it is resolved on. */
type CollectiviteInput = Pick<ParsedContractInput, "collectivite" | "signature">;

function resolveDepartemental(
  input: CollectiviteInput,
  profile: Profile,
  lang: Lang,
  issues: Issue[],
): { record: Collectivite } | undefined {
  const ref = input.collectivite.ref;
  const asOf = input.signature.date;
  const path = ["collectivite", "ref"];
  const metropole = getMetropole(ref);
  if (metropole !== undefined && metropole.collectiviteCode === undefined) {
    const params = { received: ref, receivedName: metropole.name, expected: "departemental", profile: profile.id };
    issues.push(contractIssue("contract.collectivite_wrong_kind", path, params, { lang }));
    return undefined;
  }
  const lookup = metropole?.collectiviteCode ?? ref;
  const inForce = resolveCollectivite(lookup, { asOf });
  if (inForce !== undefined) return { record: inForce };
  const anyVersion = resolveCollectivite(lookup);
  if (anyVersion !== undefined) {
    const version = getCollectivite(anyVersion.code, { asOf }) ?? anyVersion;
    const issue = checkCollectiviteInForce(version, asOf, { path, lang });
    if (issue !== undefined) issues.push(issue);
    return undefined;
  }
  const [s] = findCollectivitesByName(ref, { limit: 1 });
  const params = { received: ref, ...(s !== undefined ? { suggestion: s.code, suggestionName: s.name } : {}) };
  issues.push(modelIssue("territory.unknown_collectivite", path, params, { lang }));
  return undefined;
}

function resolveMetropole(input: CollectiviteInput, profile: Profile, lang: Lang, issues: Issue[]): Metropole | undefined {
  const ref = input.collectivite.ref;
  const path = ["collectivite", "ref"];
  const found = findMetropole(ref);
  if (found !== undefined) return found;
  const collectivite = resolveCollectivite(ref, { asOf: input.signature.date }) ?? resolveCollectivite(ref);
  if (collectivite !== undefined) {
    const params = { received: ref, receivedName: collectivite.name, expected: "metropole", profile: profile.id };
    issues.push(contractIssue("contract.collectivite_wrong_kind", path, params, { lang }));
    return undefined;
  }
  const [s] = findMetropolesByName(ref, { limit: 1 });
  const params = { received: ref, ...(s !== undefined ? { suggestion: s.siren, suggestionName: s.name } : {}) };
  issues.push(modelIssue("territory.unknown_metropole", path, params, { lang }));
  return undefined;
}

function checkSiret(siret: string | undefined, siren: string | undefined, lang: Lang, issues: Issue[]): string | undefined {
  if (siret === undefined || siren === undefined) return siret;
  const issue = siretSirenIssue(siret, siren, { path: ["collectivite", "siret"], lang });
  if (issue !== undefined) issues.push(issue);
  return siret;
}

function checkStateDepartement(
  state: ContractState | undefined,
  expected: readonly string[],
  names: readonly string[],
  lang: Lang,
  issues: Issue[],
): void {
  if (state === undefined || expected.includes(state.departement.code)) return;
  const params = { received: state.departement.code, expected: [...expected], expectedNames: [...names] };
  issues.push(contractIssue("contract.state_departement_mismatch", ["state", "departement"], params, { lang }));
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * A warning when the préfet of the State's département does not sign for this collectivity under
 * the reference data (the Collectivité de Corse is signed for by the préfet de Corse, préfet de la
 * Corse-du-Sud, not by the Haute-Corse's): `contract.signing_prefet` at `state.departement`.
 * Only for a département the collectivity covers (an uncovered one is already an error).
 */
function checkSigning(state: ContractState | undefined, target: string, asOf: string | undefined, lang: Lang, issues: Issue[]): void {
  if (state === undefined) return;
  if (issues.some((i) => i.code === "contract.state_departement_mismatch")) return;
  const check = checkSigningDepartement(state.departement.code, target, asOf === undefined ? {} : { asOf });
  if (check === undefined || check.allowed) return;
  const expected = getDepartement(check.expected.departement);
  const params = {
    received: state.departement.code,
    receivedName: state.departement.name,
    receivedWithDe: state.departement.withDe,
    expected: check.expected.departement,
    expectedName: expected?.name ?? check.expected.departement,
    expectedWithDe: expected?.withDe ?? check.expected.departement,
    provenance: check.expected.provenance,
    ...(check.expected.note !== undefined ? { note: check.expected.note } : {}),
  };
  issues.push(contractIssue("contract.signing_prefet", ["state", "departement"], params, { lang }));
}

/**
 * Resolves both parties on the signature date: the State's département (`getDepartement`, or an
 * exact name), and the collectivity through `@pacte/model` — `resolveCollectivite` for a
 * departmental profile, `getMetropole` for a métropole profile. Issues: unknown département,
 * collectivity or métropole (`territory.unknown_*`), collectivity not in force on the signature
 * date (`territory.not_in_force`, naming the one that was — Bas-Rhin in 2024 gives the CEA),
 * wrong kind for the profile (`contract.collectivite_wrong_kind`), SIRET of another SIREN
 * (`siret.siren_mismatch`), préfet of a département the collectivity does not cover
 * (`contract.state_departement_mismatch`, an error: the wrong préfet cannot sign), and the
 * warning `contract.siret_missing`. Titles are derived in the signatory's gender.
 *
 * @example
 * resolveParties(creuseParsedInput, CLS_DEPARTEMENT_2024).collectivite?.executiveTitle
 * //=> "La présidente du conseil départemental de la Creuse"
 */
export function resolveParties(input: PartiesInput, profile: Profile, options: { readonly lang?: Lang } = {}): ResolvedParties {
  return resolveAvailableParties(input, profile, options.lang ?? "fr");
}

/**
 * {@link resolveParties} over the parts of an input that are valid: the State's side when `state`
 * is there, the collectivity's when `collectivite` and `signature` are, and the checks between
 * them when both resolve.
 */
export function resolveAvailableParties(input: Partial<PartiesInput>, profile: Profile, lang: Lang): ResolvedParties {
  const issues: Issue[] = [];
  const state = input.state === undefined ? undefined : resolveState(input.state, input.signature?.date, lang, issues);
  const side = input.collectivite;
  const signature = input.signature;
  let collectivite: ContractCollectivite | undefined;
  const parties = side !== undefined && signature !== undefined ? { collectivite: side, signature } : undefined;

  if (parties !== undefined && side !== undefined && profile.counterparty === "departemental") {
    const found = resolveDepartemental(parties, profile, lang, issues);
    if (found !== undefined) {
      const record = found.record;
      const siret = checkSiret(side.siret ?? record.siret, record.siren, lang, issues);
      const covered = record.departements.map((d) => getDepartement(d)).filter((d): d is Departement => d !== undefined);
      checkStateDepartement(state, record.departements, covered.map((d) => d.name), lang, issues);
      const home = state !== undefined && record.departements.includes(state.departement.code) ? state.departement : covered[0];
      const quality =
        side.executive.title !== undefined
          ? stripArticle(side.executive.title)
          : collectiviteExecutiveQuality(record, record.departements.length === 1 ? home : undefined, side.executive.gender);
      collectivite = {
        kind: "collectivite",
        code: record.code,
        name: side.name ?? record.name,
        ...(record.siren !== undefined ? { siren: record.siren } : {}),
        ...(siret !== undefined ? { siret } : {}),
        ...(side.address !== undefined ? { address: side.address } : {}),
        executive: side.executive,
        executiveTitle: withArticle(quality, side.executive.gender),
        executiveQuality: quality,
        deliberation: side.deliberation,
        ...optional("deliberationBody", deliberationBodyOf(record.code, side.deliberation)),
        record,
      };
      checkSigning(state, record.code, signature?.date, lang, issues);
    }
  } else if (parties !== undefined && side !== undefined) {
    const record = resolveMetropole(parties, profile, lang, issues);
    if (record !== undefined) {
      const siret = checkSiret(side.siret, record.siren, lang, issues);
      const seat = getDepartement(record.seatDepartement);
      checkStateDepartement(state, [record.seatDepartement], seat !== undefined ? [seat.name] : [], lang, issues);
      const quality = side.executive.title !== undefined ? stripArticle(side.executive.title) : metropoleExecutiveQuality(record, side.executive.gender);
      collectivite = {
        kind: "metropole",
        ...(record.collectiviteCode !== undefined ? { code: record.collectiviteCode } : {}),
        name: side.name ?? record.name,
        siren: record.siren,
        ...(siret !== undefined ? { siret } : {}),
        ...(side.address !== undefined ? { address: side.address } : {}),
        executive: side.executive,
        executiveTitle: withArticle(quality, side.executive.gender),
        executiveQuality: quality,
        deliberation: side.deliberation,
        ...optional("deliberationBody", deliberationBodyOf(record.collectiviteCode ?? record.siren, side.deliberation)),
        record,
      };
      checkSigning(state, record.collectiviteCode ?? record.siren, signature?.date, lang, issues);
    }
  }
  if (collectivite !== undefined && collectivite.siret === undefined) {
    issues.push(contractIssue("contract.siret_missing", ["collectivite", "siret"], {}, { lang }));
  }
  return { ...(state !== undefined ? { state } : {}), ...(collectivite !== undefined ? { collectivite } : {}), issues };
}
