import type { Issue, IssuePath, IssueSeverity, Lang } from "./issue";

/**
 * The parameters a message is built from: expected and received values, ids, amounts.
 *
 * @example
 * const p: IssueParams = { received: "2B", expected: "20R" };
 */
export type IssueParams = Readonly<Record<string, unknown>>;

/**
 * A message of a catalog: from an issue's params to a sentence a person can act on. A message
 * may declare the params it needs (`(p: { year: number }) => …`); the catalog then asks for
 * them when the issue is built.
 *
 * @example
 * const m: MessageFn = (p) => `SIREN invalide : « ${String(p.received)} » reçu.`;
 */
export type MessageFn<P extends IssueParams = IssueParams> = (params: P) => string;

// biome-ignore lint: `any` is what lets each message declare its own params.
type AnyMessages = Record<string, MessageFn<any>>;

/**
 * The params a message of `M` takes (any params for a message that takes none).
 *
 * @example
 * type P = ParamsOf<{ "x.y": (p: { year: number }) => string }, "x.y">; //=> { year: number }
 */
export type ParamsOf<M extends AnyMessages, C extends keyof M> = Parameters<M[C]> extends [infer P, ...unknown[]] ? P : IssueParams;

/**
 * What {@link defineIssueCatalog} needs: the French messages (their keys are the closed set of
 * codes, in this order), the English ones for the same codes, and which codes are warnings.
 *
 * @example
 * const spec: IssueCatalogSpec<{ "x.y": MessageFn }> = { fr: { "x.y": () => "…" }, en: { "x.y": () => "…" } };
 */
export interface IssueCatalogSpec<M extends AnyMessages> {
  readonly fr: M;
  readonly en: { readonly [C in keyof M]: M[C] };
  readonly warnings?: readonly (keyof M & string)[];
}

/**
 * A closed set of issue codes with their wording in French and English and their default
 * severity: the one way every package turns a code into an {@link Issue}.
 *
 * @example
 * const sirenIssues: IssueCatalog<{ "siren.format": MessageFn }> = defineIssueCatalog({ fr: { … }, en: { … } });
 */
export interface IssueCatalog<M extends AnyMessages> {
  /** Every code, in the order of the French messages. */
  readonly codes: readonly (keyof M & string)[];
  /** The codes whose issues are warnings unless told otherwise. */
  readonly warnings: readonly (keyof M & string)[];
  /** Whether a code belongs to this catalog. */
  has(code: string): code is keyof M & string;
  /** The message of a code in `lang` (French by default). */
  message<C extends keyof M & string>(code: C, params: ParamsOf<M, C>, lang?: Lang): string;
  /** The severity a code has unless told otherwise. */
  severity(code: keyof M & string): IssueSeverity;
  /** An {@link Issue} of this code at this path, its message in `lang`. */
  issue<C extends keyof M & string>(
    code: C,
    path: IssuePath,
    params: ParamsOf<M, C>,
    options?: { readonly severity?: IssueSeverity; readonly lang?: Lang },
  ): Issue;
}

/**
 * Defines a package's closed set of issue codes from its message maps: the codes are the keys
 * of the French map, the English map must have the same keys (the compiler says which is
 * missing), and `warnings` names the codes reported as warnings.
 *
 * @example
 * const catalog = defineIssueCatalog({
 *   fr: { "siren.format": (p: { received: string }) => `SIREN invalide : 9 chiffres attendus, « ${p.received} » reçu.` },
 *   en: { "siren.format": (p: { received: string }) => `Invalid SIREN: 9 digits expected, "${p.received}" received.` },
 * });
 * catalog.issue("siren.format", ["siren"], { received: "12" }).message //=> "SIREN invalide : 9 chiffres attendus, « 12 » reçu."
 */
export function defineIssueCatalog<const M extends AnyMessages>(spec: IssueCatalogSpec<M>): IssueCatalog<M> {
  type C = keyof M & string;
  const codes = Object.freeze(Object.keys(spec.fr) as C[]);
  const known: ReadonlySet<string> = new Set(codes);
  const warnings = Object.freeze([...(spec.warnings ?? [])]);
  const warningSet: ReadonlySet<string> = new Set(warnings);
  const maps: Record<Lang, AnyMessages> = { fr: spec.fr, en: spec.en };
  const message = <K extends C>(code: K, params: ParamsOf<M, K>, lang: Lang = "fr"): string => {
    const fn = maps[lang][code] ?? maps.fr[code];
    return fn ? fn(params ?? {}) : code;
  };
  const severity = (code: C): IssueSeverity => (warningSet.has(code) ? "warning" : "error");
  const catalog: IssueCatalog<M> = {
    codes,
    warnings,
    has: (code: string): code is C => known.has(code),
    message,
    severity,
    issue(code, path, params, options = {}) {
      const p = (params ?? {}) as Record<string, unknown>;
      return {
        code,
        path: [...path],
        message: message(code, params, options.lang ?? "fr"),
        severity: options.severity ?? severity(code),
        params: p,
      };
    },
  };
  return Object.freeze(catalog);
}
