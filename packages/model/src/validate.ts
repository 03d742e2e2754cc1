import { z } from "zod";
import type { Issue, IssuePath, IssueSeverity, Lang } from "./issue";
import { MODEL_ISSUE_CODES, modelMessage, type ModelIssueCode } from "./messages";
import { fail, ok, type Result } from "./result";

const MODEL_CODES: ReadonlySet<string> = new Set(MODEL_ISSUE_CODES);
const LOCALES = { fr: z.locales.fr(), en: z.locales.en() } as const;

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
  return {
    code,
    path,
    message: modelMessage(code, params, options.lang ?? "fr"),
    severity: options.severity ?? "error",
    params,
  };
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
  ctx.addIssue({ code: "custom", message: modelMessage(code, params), params: { ...params, code }, path });
}

/**
 * Turns zod's issues into ours: domain issues keep their code (message re-worded in `lang`),
 * zod's own become `schema.<zod code>` with zod's localised message.
 *
 * @example
 * fromZodIssues(SirenSchema.safeParse("1").error!.issues)[0]?.code //=> "siren.format"
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang = "fr"): Issue[] {
  return issues.map((zi): Issue => {
    const path = zi.path.map((k) => (typeof k === "symbol" ? String(k) : k));
    if (zi.code === "custom") {
      const params = { ...(zi.params ?? {}) } as Record<string, unknown>;
      const code = params.code;
      delete params.code;
      const severity: IssueSeverity = params.severity === "warning" ? "warning" : "error";
      if (typeof code === "string") {
        const message = MODEL_CODES.has(code) ? modelMessage(code as ModelIssueCode, params, lang) : zi.message;
        return { code, path, message, severity, params };
      }
      return { code: "schema.custom", path, message: zi.message, severity, params };
    }
    const { code, path: _p, message, input: _i, ...rest } = zi as z.core.$ZodIssue & { input?: unknown };
    return { code: `schema.${code}`, path, message, severity: "error", params: rest as Record<string, unknown> };
  });
}

/**
 * Parses `input` with any zod schema and returns a {@link Result} with our issues,
 * worded in French by default (zod's own French locale for structural problems).
 * Never throws on bad input.
 *
 * @example
 * safeParseWith(SirenSchema, "222309627") //=> { success: true, data: "222309627", warnings: [] }
 * safeParseWith(SirenSchema, "222309628", { lang: "en" }).success //=> false
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { lang?: Lang } = {},
): Result<z.output<S>> {
  const lang = options.lang ?? "fr";
  const r = schema.safeParse(input, { error: LOCALES[lang].localeError });
  if (r.success) return ok(r.data);
  return fail(fromZodIssues(r.error.issues, lang));
}
