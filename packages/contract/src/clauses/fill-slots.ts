/** The values a clause template's `{slot}` placeholders are filled with, by slot name. */
export type ClauseValues = Readonly<Record<string, string>>;

/**
 * One piece of a clause template: literal text, a value slot `{collectivite.name}`, a reference
 * `{ref:financement}` (to an article or annex, written « article 5 »), or a block slot
 * `{@actionsByAxis}` (a list or table the composer puts in place of its paragraph).
 *
 * @example
 * const token: ClauseToken = { kind: "slot", name: "period.start" };
 */
export type ClauseToken =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "slot"; readonly name: string }
  | { readonly kind: "ref"; readonly target: string }
  | { readonly kind: "block"; readonly name: string };

const TOKEN = /\{(?:(@)([A-Za-z][A-Za-z0-9]*)|ref:([a-z][a-z0-9-]*)|([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*))\}/g;

/**
 * Splits a template into literal text and placeholders. Braces that do not form a placeholder
 * (`{ }`, `{1}`) are literal text.
 *
 * @example
 * tokenizeClause("Fait à {signature.place}.")
 * //=> [{ kind: "text", text: "Fait à " }, { kind: "slot", name: "signature.place" }, { kind: "text", text: "." }]
 * tokenizeClause("{@actionsByAxis}") //=> [{ kind: "block", name: "actionsByAxis" }]
 */
export function tokenizeClause(template: string): ClauseToken[] {
  const out: ClauseToken[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    const at = m.index;
    if (at > last) out.push({ kind: "text", text: template.slice(last, at) });
    if (m[1] === "@" && m[2] !== undefined) out.push({ kind: "block", name: m[2] });
    else if (m[3] !== undefined) out.push({ kind: "ref", target: m[3] });
    else if (m[4] !== undefined) out.push({ kind: "slot", name: m[4] });
    last = at + m[0].length;
  }
  if (last < template.length) out.push({ kind: "text", text: template.slice(last) });
  return out;
}

/**
 * The names of the value slots a template uses, in order of first use (references and block
 * slots are not value slots).
 *
 * @example
 * listSlots("{a.b} et {c} puis {a.b}, voir {ref:suivi}") //=> ["a.b", "c"]
 */
export function listSlots(template: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenizeClause(template)) if (t.kind === "slot") seen.add(t.name);
  return [...seen];
}

/**
 * Thrown when a template shipped with a profile uses a slot that has no value: a programming
 * error of the template's author, not a user's mistake (a user's override gets an issue
 * instead, see `articleOverrideIssues`).
 *
 * @example
 * try { fillSlots("{inconnu}", {}) } catch (e) { e instanceof UnknownSlotError //=> true }
 */
export class UnknownSlotError extends Error {
  override readonly name = "UnknownSlotError";
  /** The slot that has no value. */
  readonly slot: string;

  constructor(slot: string, template: string) {
    const excerpt = template.length > 60 ? `${template.slice(0, 57)}…` : template;
    super(
      `Clause template uses the unknown slot {${slot}} (in "${excerpt}"): fix the template, or give the slot a value — CLAUSE_SLOTS lists the slots a contract fills.`,
    );
    this.slot = slot;
  }
}

/**
 * Replaces each `{slot}` of a template by its value, in one pass (a value is never scanned for
 * slots). References `{ref:…}` and block slots `{@…}` are left as they are: the composer handles
 * them.
 *
 * @throws {UnknownSlotError} when the template uses a slot `values` does not have.
 * @example
 * fillSlots("Fait à {signature.place}, le {signature.date}.", { "signature.place": "Guéret", "signature.date": "12 mars 2024" })
 * //=> "Fait à Guéret, le 12 mars 2024."
 */
export function fillSlots(template: string, values: ClauseValues): string {
  return tokenizeClause(template)
    .map((t) => {
      switch (t.kind) {
        case "text":
          return t.text;
        case "slot": {
          const value = Object.hasOwn(values, t.name) ? values[t.name] : undefined;
          if (value === undefined) throw new UnknownSlotError(t.name, template);
          return value;
        }
        case "ref":
          return `{ref:${t.target}}`;
        case "block":
          return `{@${t.name}}`;
      }
    })
    .join("");
}
