import { deliberatingBodiesOf, type DeliberatingBodyRole } from "@pacte/model";
import type { DeliberationBodyForms } from "../contract";

const fold = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[-'’\s]+/g, " ").trim();

/** The role a deliberating body's name says: « commission permanente », « conseil exécutif », « bureau », else an assembly. */
function bodyRole(text: string): DeliberatingBodyRole | undefined {
  const f = fold(text).replace(/^(?:le |la |l |les )/u, "");
  if (f.includes("commission permanente")) return "permanent-commission";
  if (f.includes("conseil executif")) return "executive-council";
  if (f.startsWith("bureau")) return "bureau";
  if (/^(?:conseil|assemblee)\b/u.test(f)) return "assembly";
  return undefined;
}

/**
 * The body that voted a deliberation, from the reference data on its date (capitals kept), when
 * the input's words name one of the holder's bodies (a collectivity code, or a métropole's SIREN).
 *
 * @example
 * deliberationBodyOf("75C", { number: "2024 DSOL 12", date: "2024-05-21", body: "Conseil de Paris" })?.withDe //=> "du Conseil de Paris"
 */
export function deliberationBodyOf(
  holder: string,
  deliberation: { readonly date: string; readonly body?: string | undefined },
): DeliberationBodyForms | undefined {
  if (deliberation.body === undefined) return undefined;
  const role = bodyRole(deliberation.body);
  if (role === undefined) return undefined;
  const body = deliberatingBodiesOf(holder, { asOf: deliberation.date }).find((b) => b.role === role);
  return body === undefined ? undefined : { name: body.name, withArticle: body.withArticle, withDe: body.withDe, provenance: body.provenance };
}
