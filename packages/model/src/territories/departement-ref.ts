import { z } from "zod";
import { normalizeName } from "../internal/name-search";
import { addModelIssue } from "../validate";
import type { Departement } from "./departement";
import { findDepartementsByName, getDepartement } from "./departement-lookup";

/** What the user probably meant: "2a" → 2A, "1" → 01, "creuse" → 23. */
function suggest(value: string): Departement | undefined {
  const lenient = getDepartement(value) ?? (/^\s*\d\s*$/.test(value) ? getDepartement(`0${value.trim()}`) : undefined);
  if (lenient !== undefined) return lenient;
  const [first, second] = findDepartementsByName(value, { limit: 2 });
  if (first === undefined) return undefined;
  const q = normalizeName(value);
  if (second === undefined || normalizeName(first.name) === q || normalizeName(first.withArticle) === q) return first;
  return undefined;
}

/**
 * A département code that exists in the COG, written exactly as INSEE writes it ("01", "2A",
 * "971"). Anything else gives the issue `territory.unknown_departement`, with a suggestion
 * when the input looks like a known département ("2a", "1", "Creuse").
 *
 * @example
 * DepartementCodeRefSchema.parse("2A") //=> "2A"
 * safeParseWith(DepartementCodeRefSchema, "creuse").issues?.[0]?.message
 * //=> "Département inconnu : « creuse » ne figure pas dans le code officiel géographique. Vouliez-vous dire « 23 » (Creuse) ?"
 */
export const DepartementCodeRefSchema = z.string().superRefine((value, ctx) => {
  if (getDepartement(value)?.code === value) return;
  const s = suggest(value);
  addModelIssue(ctx, "territory.unknown_departement", {
    received: value,
    ...(s !== undefined ? { suggestion: s.code, suggestionName: s.name } : {}),
  });
});
/** An existing département code. See {@link DepartementCodeRefSchema}. */
export type DepartementCodeRef = z.infer<typeof DepartementCodeRefSchema>;
