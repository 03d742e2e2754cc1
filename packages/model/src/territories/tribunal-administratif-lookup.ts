import { deepFreeze } from "../internal/deep-freeze";
import { isInForce, REFERENCE_DATE } from "./as-of";
import { articleForms, type ArticleForms } from "./article-forms";
import { TRIBUNAL_ADMINISTRATIF_DATA } from "./data/tribunaux-administratifs";
import { getDepartement } from "./departement-lookup";
import type { TribunalAdministratif } from "./tribunal-administratif";

/**
 * A tribunal administratif with the forms of its name a clause needs (« le tribunal administratif de Limoges »).
 *
 * @example
 * const ta: TribunalAdministratifWithForms | undefined = tribunalAdministratifFor("45");
 * ta?.withDe //=> "du tribunal administratif d'Orléans"
 */
export type TribunalAdministratifWithForms = TribunalAdministratif & ArticleForms;

let all: readonly TribunalAdministratifWithForms[] | undefined;
let byDepartement: ReadonlyMap<string, TribunalAdministratifWithForms> | undefined;

function index(): ReadonlyMap<string, TribunalAdministratifWithForms> {
  if (byDepartement !== undefined) return byDepartement;
  all = deepFreeze(TRIBUNAL_ADMINISTRATIF_DATA.map((t) => ({ ...t, ...articleForms(t.name, t.tncc) })));
  byDepartement = new Map(all.flatMap((t) => t.departements.map((d) => [d, t] as const)));
  return byDepartement;
}

/**
 * The tribunal administratif competent for a département on `asOf` (default `REFERENCE_DATE`),
 * after the code de justice administrative (R221-3, version in force since 2015-11-09: Montreuil
 * for the Seine-Saint-Denis, Nîmes for the Gard, the Lozère and the Vaucluse, Toulon for the
 * Var, Paris for Paris), with its official name (R221-1) and its forms: « le tribunal
 * administratif de Limoges », « du tribunal… », « au tribunal… ». `undefined` for an unknown
 * département or a day before 2015-11-09.
 *
 * @example
 * tribunalAdministratifFor("23")?.withArticle //=> "le tribunal administratif de Limoges"
 * tribunalAdministratifFor("93")?.seat //=> "Montreuil"
 * tribunalAdministratifFor("80")?.name //=> "tribunal administratif d'Amiens"
 * tribunalAdministratifFor("971")?.name //=> "tribunal administratif de la Guadeloupe"
 * tribunalAdministratifFor("2A")?.seat //=> "Bastia"
 */
export function tribunalAdministratifFor(
  departementCode: string,
  options: { readonly asOf?: string | undefined } = {},
): TribunalAdministratifWithForms | undefined {
  const dep = getDepartement(departementCode);
  if (dep === undefined) return undefined;
  const ta = index().get(dep.code);
  return ta !== undefined && isInForce(ta, options.asOf ?? REFERENCE_DATE) ? ta : undefined;
}

/**
 * The tribunaux administratifs whose ressort holds a département (31 in metropolitan France,
 * 5 overseas), in the order of CJA R221-3.
 *
 * @example
 * listTribunauxAdministratifs().length //=> 36
 */
export function listTribunauxAdministratifs(): readonly TribunalAdministratifWithForms[] {
  index();
  return all ?? [];
}
