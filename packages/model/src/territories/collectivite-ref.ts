import { z } from "zod";
import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { addModelIssue, modelIssue } from "../validate";
import { isIsoDate } from "../iso-date";
import { isInForce } from "./as-of";
import type { Collectivite } from "./collectivite";
import {
  collectivitesForDepartement,
  findCollectiviteBySiren,
  getCollectivite,
  resolveCollectivite,
} from "./collectivite-lookup";

function known(value: string): Collectivite | undefined {
  const byCode = getCollectivite(value);
  if (byCode?.code === value) return byCode;
  const bySiren = findCollectiviteBySiren(value);
  return bySiren?.siren === value ? bySiren : undefined;
}

function unknownIssue(ctx: z.RefinementCtx, value: string): void {
  const s = resolveCollectivite(value);
  addModelIssue(ctx, "territory.unknown_collectivite", {
    received: value,
    ...(s !== undefined ? { suggestion: s.code, suggestionName: s.name } : {}),
  });
}

/**
 * A reference to a collectivity with departmental powers, by its exact code (`23D`, `6AE`,
 * historical ones such as `67D` included) or its SIREN (9 digits, no spaces). Anything else
 * gives the issue `territory.unknown_collectivite`, with a suggestion when the input designates
 * one collectivity ("creuse" → `23D`).
 *
 * @example
 * CollectiviteRefSchema.parse("6AE") //=> "6AE"
 * CollectiviteRefSchema.parse("222309627") //=> "222309627"
 * safeParseWith(CollectiviteRefSchema, "CEA").issues?.[0]?.params //=> { received: "CEA", suggestion: "6AE", suggestionName: "Collectivité européenne d'Alsace" }
 */
export const CollectiviteRefSchema = z.string().superRefine((value, ctx) => {
  if (known(value) === undefined) unknownIssue(ctx, value);
});
/** A code or SIREN of a known collectivity. See {@link CollectiviteRefSchema}. */
export type CollectiviteRef = z.infer<typeof CollectiviteRefSchema>;

/**
 * The issue `territory.not_in_force` when `collectivite` was not in force on `asOf` (saying
 * which collectivities were, for its départements), `date.format` when `asOf` is not a real
 * `YYYY-MM-DD` date, `undefined` when all is well.
 *
 * @example
 * checkCollectiviteInForce(getCollectivite("67D")!, "2024-06-01")?.message
 * //=> "La collectivité « Département du Bas-Rhin » n’était pas en vigueur au 2024-06-01 (en vigueur jusqu’au 2020-12-31). À cette date : Collectivité européenne d'Alsace (6AE)."
 * checkCollectiviteInForce(getCollectivite("6AE")!, "2024-06-01") //=> undefined
 */
export function checkCollectiviteInForce(
  collectivite: Collectivite,
  asOf: string,
  options: { readonly path?: IssuePath; readonly lang?: Lang } = {},
): Issue | undefined {
  const path = options.path ?? [];
  const lang = options.lang ?? "fr";
  if (!isIsoDate(asOf)) return modelIssue("date.format", path, { received: asOf }, { lang });
  if (isInForce(collectivite, asOf)) return undefined;
  const instead = [
    ...new Set(collectivite.departements.flatMap((d) => collectivitesForDepartement(d, asOf))),
  ].map((c) => `${c.name} (${c.code})`);
  return modelIssue(
    "territory.not_in_force",
    path,
    {
      received: collectivite.name,
      collectiviteCode: collectivite.code,
      asOf,
      ...(collectivite.validFrom !== undefined ? { validFrom: collectivite.validFrom } : {}),
      ...(collectivite.validTo !== undefined ? { validTo: collectivite.validTo } : {}),
      ...(instead.length > 0 ? { instead: instead.join(", ") } : {}),
    },
    { lang },
  );
}

/**
 * Like {@link CollectiviteRefSchema}, and the collectivity must also be in force on `asOf`
 * (issue `territory.not_in_force` otherwise): for a contract signed on that date.
 *
 * @example
 * collectiviteRefInForceSchema("2019-06-01").safeParse("6AE").success //=> false
 * collectiviteRefInForceSchema("2019-06-01").safeParse("67D").success //=> true
 */
export function collectiviteRefInForceSchema(asOf: string) {
  return z.string().superRefine((value, ctx) => {
    const c = known(value);
    if (c === undefined) return unknownIssue(ctx, value);
    const version = getCollectivite(c.code, { asOf }) ?? c;
    const issue = checkCollectiviteInForce(version, asOf);
    if (issue !== undefined) addModelIssue(ctx, issue.code as "territory.not_in_force" | "date.format", issue.params);
  });
}
