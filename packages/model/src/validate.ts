import {
  addCatalogIssue,
  fromZodIssues as sharedFromZodIssues,
  safeParseWith as sharedSafeParseWith,
  type Issue,
  type IssuePath,
  type IssueSeverity,
  type Lang,
  type Result,
} from "@pacte/issues";
import type { z } from "zod";
import { MODEL_ISSUES, type ModelIssueCode } from "./messages";

/**
 * Builds a model {@link Issue} from its code: the message comes from the message map.
 *
 * @example
 * modelIssue("siren.format", ["siren"], { received: "12" }).message
 * //=> "SIREN invalide : 9 chiffres attendus, « 12 » reçu."
 */
export function modelIssue(
  code: ModelIssueCode,
  path: IssuePath,
  params: Record<string, unknown> = {},
  options: { severity?: IssueSeverity; lang?: Lang } = {},
): Issue {
  return MODEL_ISSUES.issue(code, path, params, options);
}

/**
 * Reports a model issue from inside a zod refinement, so that the same code, params and
 * French message come out of `schema.safeParse()` and of {@link safeParseWith}.
 *
 * @example
 * z.string().superRefine((v, ctx) => { if (v.length !== 9) addModelIssue(ctx, "siren.format", { received: v }) })
 */
export function addModelIssue(
  ctx: z.RefinementCtx,
  code: ModelIssueCode,
  params: Record<string, unknown> = {},
  path: IssuePath = [],
): void {
  addCatalogIssue(ctx, MODEL_ISSUES, code, params, path);
}

/**
 * `@pacte/issues`' `fromZodIssues` with the model's catalog: model codes keep their code and
 * are worded in `lang`, zod's own problems become `schema.<zod code>`.
 *
 * @example
 * fromZodIssues(SirenSchema.safeParse("1").error!.issues)[0]?.code //=> "siren.format"
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang = "fr"): Issue[] {
  return sharedFromZodIssues(issues, { lang, catalogs: [MODEL_ISSUES] });
}

/**
 * Parses `input` with any zod schema and returns a {@link Result} with our issues, worded in
 * French by default; model codes raised by refinements keep their code. Never throws on bad
 * input.
 *
 * @example
 * safeParseWith(SirenSchema, "222309627") //=> { success: true, data: "222309627", warnings: [] }
 * safeParseWith(SirenSchema, "222309628", { lang: "en" }).success //=> false
 */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, options: { lang?: Lang; jitless?: boolean } = {}): Result<z.output<S>> {
  return sharedSafeParseWith(schema, input, { lang: options.lang ?? "fr", catalogs: [MODEL_ISSUES], ...(options.jitless ? { jitless: true } : {}) });
}
