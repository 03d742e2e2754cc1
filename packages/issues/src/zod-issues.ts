import { z } from "zod";
// The two locales by name: `z.locales.fr` would bring every locale zod has into a bundle.
import { en as zodEn, fr as zodFr } from "zod/locales";
import type { IssueCatalog } from "./issue-catalog";
import type { Issue, IssuePath, IssueSeverity, Lang } from "./issue";
import { fail, ok, type Result } from "./result";

type ZodIssue = z.core.$ZodIssue;
// biome-ignore lint: a catalog of any messages.
type AnyCatalog = IssueCatalog<any>;

const locales: Partial<Record<Lang, z.core.$ZodConfig>> = {};
/** zod's own wording for structural problems in `lang`, made on first use. */
function locale(lang: Lang): z.core.$ZodConfig {
  return (locales[lang] ??= lang === "fr" ? zodFr() : zodEn());
}

/**
 * zod's own message for a raw issue, in `lang`.
 *
 * @example
 * zodMessage({ code: "invalid_type", expected: "string", input: 3, path: [] }, "en") //=> "Invalid input: expected string, received number"
 */
export function zodMessage(raw: Record<string, unknown>, lang: Lang = "fr"): string {
  const out = locale(lang).localeError?.(raw as unknown as z.core.$ZodRawIssue);
  return typeof out === "string" ? out : (out?.message ?? "");
}

/**
 * How a package gives its own code to some zod issues (a timestamp, an id, a missing alt text):
 * returns an {@link Issue}, or `undefined` to let the generic conversion handle it.
 *
 * @example
 * const mapping: ZodIssueMapping = (zi, path, lang) => (path.at(-1) === "alt" ? myCatalog.issue("document.missing_alt", path, {}, { lang }) : undefined);
 */
export type ZodIssueMapping = (issue: ZodIssue, path: IssuePath, lang: Lang) => Issue | undefined;

/**
 * Options of {@link fromZodIssues} and {@link safeParseWith}.
 *
 * @example
 * const options: FromZodOptions = { lang: "en", catalogs: [modelCatalog] };
 */
export interface FromZodOptions {
  readonly lang?: Lang;
  /** A package's own mapping, tried first. */
  readonly map?: ZodIssueMapping;
  /** Keep the input in zod's issues, for a `map` that looks at what was received ({@link safeParseWith} only). */
  readonly reportInput?: boolean;
  /** Catalogs whose codes refinements report (see {@link addCatalogIssue}): their messages are worded again in `lang`. */
  readonly catalogs?: readonly AnyCatalog[];
  /**
   * Parse without zod's compiled fast path for objects ({@link safeParseWith} only): the same
   * result, cheaper for a schema parsed once in a process (a profile when it is defined), dearer
   * for one parsed again and again.
   */
  readonly jitless?: boolean;
}

/** A union of literals (heading levels…) reports one `invalid_value` listing every allowed value. */
function flattenLiteralUnion(zi: ZodIssue, lang: Lang): { message: string; values: unknown[] } | undefined {
  if (zi.code !== "invalid_union" || zi.errors.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of zi.errors) {
    const [only] = branch;
    if (branch.length !== 1 || only === undefined || only.code !== "invalid_value" || only.path.length > 0) return undefined;
    values.push(...only.values);
  }
  const message = zodMessage({ code: "invalid_value", values, input: zi.input, path: zi.path }, lang);
  return message === "" ? undefined : { message, values };
}

/** A zod issue without the input it was given, nested issues (of unions, record keys) included. */
function withoutInput(zi: ZodIssue): Record<string, unknown> {
  const { input: _input, ...rest } = zi as ZodIssue & { input?: unknown };
  const out: Record<string, unknown> = { ...rest };
  if (zi.code === "invalid_union") out.errors = zi.errors.map((branch) => branch.map(withoutInput));
  if (zi.code === "invalid_key" || zi.code === "invalid_element") out.issues = zi.issues.map(withoutInput);
  return out;
}

/**
 * Turns zod's issues into ours. A package's `map` is tried first; issues that a refinement
 * reported with a catalog code (see {@link addCatalogIssue}) keep their code and get their
 * message in `lang`; every other structural problem becomes `schema.<zod code>` with zod's
 * localised message and the zod issue's details (without the input) as params.
 *
 * @example
 * fromZodIssues(z.string().safeParse(3).error!.issues)[0]?.code //=> "schema.invalid_type"
 */
export function fromZodIssues(issues: readonly ZodIssue[], options: FromZodOptions = {}): Issue[] {
  const lang = options.lang ?? "fr";
  return issues.map((zi): Issue => {
    const path: IssuePath = zi.path.map((k) => (typeof k === "symbol" ? String(k) : k));
    const mapped = options.map?.(zi, path, lang);
    if (mapped !== undefined) return mapped;
    if (zi.code === "custom") {
      const params = { ...(zi.params ?? {}) } as Record<string, unknown>;
      const code = params.code;
      delete params.code;
      const severity: IssueSeverity = params.severity === "warning" ? "warning" : "error";
      delete params.severity;
      if (typeof code === "string") {
        const catalog = options.catalogs?.find((c) => c.has(code));
        const message = catalog ? catalog.message(code, params, lang) : zi.message;
        return { code, path, message, severity, params };
      }
      return { code: "schema.custom", path, message: zi.message, severity, params };
    }
    const flat = flattenLiteralUnion(zi, lang);
    if (flat !== undefined) {
      return { code: "schema.invalid_value", path, message: flat.message, severity: "error", params: { values: flat.values } };
    }
    const { code: _code, path: _path, message: _message, ...rest } = withoutInput(zi);
    return { code: `schema.${zi.code}`, path, message: zi.message, severity: "error", params: rest };
  });
}

/**
 * Reports a catalog's issue from inside a zod refinement, so that the same code, params and
 * message come out of `schema.safeParse()` and of {@link safeParseWith}.
 *
 * @example
 * z.string().superRefine((v, ctx) => { if (v.length !== 9) addCatalogIssue(ctx, modelCatalog, "siren.format", { received: v }) })
 */
export function addCatalogIssue<C extends AnyCatalog>(
  ctx: z.RefinementCtx,
  catalog: C,
  code: C["codes"][number],
  params: Record<string, unknown> = {},
  path: IssuePath = [],
  severity?: IssueSeverity,
): void {
  const extra = severity === undefined ? {} : { severity };
  ctx.addIssue({ code: "custom", message: catalog.message(code, params), params: { ...params, ...extra, code }, path });
}

/**
 * Parses `input` with any zod schema and returns a {@link Result} with our issues, worded in
 * French by default (zod's own locale for structural problems). Never throws on bad input.
 *
 * @example
 * safeParseWith(z.string(), "a") //=> { success: true, data: "a", warnings: [] }
 * safeParseWith(z.string(), 3).success //=> false
 */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, options: FromZodOptions = {}): Result<z.output<S>> {
  const lang = options.lang ?? "fr";
  const error = locale(lang).localeError;
  const r = schema.safeParse(input, { ...(error === undefined ? {} : { error }), ...(options.reportInput ? { reportInput: true } : {}), ...(options.jitless ? { jitless: true } : {}) });
  if (r.success) return ok(r.data);
  return fail(fromZodIssues(r.error.issues, options));
}
