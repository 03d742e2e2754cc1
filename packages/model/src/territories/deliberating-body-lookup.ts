import { deepFreeze } from "../internal/deep-freeze";
import { normalizeCode } from "../internal/normalize";
import { departementBodies, metropoleBodies } from "../internal/rule-bodies";
import { isInForce, REFERENCE_DATE } from "./as-of";
import { articleForms, type ArticleForms } from "./article-forms";
import type { Collectivite } from "./collectivite";
import { getCollectivite, listCollectiviteVersions } from "./collectivite-lookup";
import { DELIBERATING_BODY_DATA } from "./data/deliberating-bodies";
import type { DeliberatingBody, DeliberatingBodyRole } from "./deliberating-body";
import { getDepartement } from "./departement-lookup";
import { getMetropole, listMetropoles } from "./metropole-lookup";

/**
 * A deliberating body with the forms of its full name a sentence needs, capitals kept
 * (« du Conseil de Paris », « de l'Assemblée de Corse », « de la commission permanente du
 * conseil départemental de la Creuse »), and `short`, the same forms of its short name
 * (« de la commission permanente »).
 *
 * @example
 * const body: DeliberatingBodyWithForms | undefined = deliberatingBody("23D", "permanent-commission");
 * body?.short.withArticle //=> "la commission permanente"
 */
export type DeliberatingBodyWithForms = DeliberatingBody & ArticleForms & { readonly short: ArticleForms };

let all: readonly DeliberatingBodyWithForms[] | undefined;
let byHolder: ReadonlyMap<string, readonly DeliberatingBodyWithForms[]> | undefined;

/** The stored bodies (organes-deliberants.csv), then those the law gives every other département and EPCI métropole. */
function everyBody(): DeliberatingBody[] {
  const stored = new Set(DELIBERATING_BODY_DATA.map((b) => b.holder));
  const versions = new Map<string, Collectivite[]>();
  for (const c of listCollectiviteVersions())
    if (c.kind === "departement" && !stored.has(c.code)) versions.set(c.code, [...(versions.get(c.code) ?? []), c]);
  const byRule = [...versions.values()].flatMap((v) => {
    const dep = getDepartement(v[0]?.departements[0] ?? "");
    return dep === undefined ? [] : departementBodies(v, dep);
  });
  const metropoles = listMetropoles().filter((m) => m.collectiviteCode === undefined).flatMap(metropoleBodies);
  return [...DELIBERATING_BODY_DATA, ...byRule, ...metropoles];
}

function index(): ReadonlyMap<string, readonly DeliberatingBodyWithForms[]> {
  if (byHolder !== undefined) return byHolder;
  all = deepFreeze(everyBody().map((b) => ({ ...b, ...articleForms(b.name, b.tncc), short: articleForms(b.shortName, b.tncc) })));
  const map = new Map<string, DeliberatingBodyWithForms[]>();
  for (const b of all) map.set(b.holder, [...(map.get(b.holder) ?? []), b]);
  byHolder = map;
  return map;
}

/** The holder key of a collectivity code, a métropole's SIREN or name; `undefined` when nothing holds bodies that day. */
function holderOf(holder: string, asOf: string): string | undefined {
  const code = normalizeCode(holder);
  if (getCollectivite(code, { asOf }) !== undefined) return code;
  const m = getMetropole(holder);
  if (m === undefined) return undefined;
  if (m.collectiviteCode === undefined) return m.siren;
  return getCollectivite(m.collectiviteCode, { asOf }) !== undefined ? m.collectiviteCode : undefined;
}

/**
 * The deliberating bodies of a collectivity (by code: `23D`, `75C`, `20R`, `69M`) or of a
 * métropole (by SIREN, name or alias) on `asOf` (default `REFERENCE_DATE`): its assembly, then
 * its permanent commission, executive council or bureau, each with the forms a sentence needs.
 * Empty for an unknown holder or a collectivity not in force that day (the Département de Paris
 * in 2024). Each body carries its `provenance`: full names this project composed (a métropole's
 * « conseil de Bordeaux Métropole ») are `inferred`, those of the Alsace unconfirmed.
 *
 * @example
 * deliberatingBodiesOf("23D").map((b) => b.withArticle)
 * //=> ["le conseil départemental de la Creuse", "la commission permanente du conseil départemental de la Creuse"]
 * deliberatingBodiesOf("75C").map((b) => b.withDe) //=> ["du Conseil de Paris"]
 * deliberatingBodiesOf("20R")[0]?.withDe //=> "de l'Assemblée de Corse"
 * deliberatingBodiesOf("972R")[0]?.withArticle //=> "l'assemblée de Martinique"
 * deliberatingBodiesOf("Métropole de Lyon")[0]?.withArticle //=> "le conseil de la Métropole de Lyon"
 * deliberatingBodiesOf("23D", { asOf: "2014-06-01" })[0]?.name //=> "conseil général de la Creuse"
 */
export function deliberatingBodiesOf(holder: string, options: { readonly asOf?: string | undefined } = {}): readonly DeliberatingBodyWithForms[] {
  const asOf = options.asOf ?? REFERENCE_DATE;
  const key = holderOf(holder, asOf);
  if (key === undefined) return [];
  return (index().get(key) ?? []).filter((b) => isInForce(b, asOf));
}

/**
 * One deliberating body of a collectivity or métropole by its role, on `asOf`; `undefined` when
 * it has none (the Ville de Paris has no permanent commission; Martinique has an executive
 * council instead).
 *
 * @example
 * deliberatingBody("75C", "assembly")?.withArticle //=> "le Conseil de Paris"
 * deliberatingBody("23D", "permanent-commission")?.short.withDe //=> "de la commission permanente"
 * deliberatingBody("75C", "permanent-commission") //=> undefined
 */
export function deliberatingBody(
  holder: string,
  role: DeliberatingBodyRole,
  options: { readonly asOf?: string | undefined } = {},
): DeliberatingBodyWithForms | undefined {
  return deliberatingBodiesOf(holder, options).find((b) => b.role === role);
}

/**
 * Every version of every deliberating body the package knows: those stored for the
 * collectivities with a statute of their own, then those the law gives every other département
 * (conseil général until March 2015, then conseil départemental, and their commission
 * permanente) and every EPCI métropole (conseil and bureau, inferred).
 *
 * @example
 * listDeliberatingBodies().filter((b) => b.holder === "23D").map((b) => b.name)
 * //=> ["conseil général de la Creuse", "conseil départemental de la Creuse", "commission permanente du conseil général de la Creuse", "commission permanente du conseil départemental de la Creuse"]
 */
export function listDeliberatingBodies(): readonly DeliberatingBodyWithForms[] {
  index();
  return all ?? [];
}
