import { z } from "zod";
import { addModelIssue } from "../validate";
import type { Metropole } from "./metropole";
import { findMetropolesByName, getMetropole } from "./metropole-lookup";

function suggest(value: string): Metropole | undefined {
  const named = getMetropole(value);
  if (named !== undefined) return named;
  const [first, second] = findMetropolesByName(value, { limit: 2 });
  return first !== undefined && second === undefined ? first : undefined;
}

/**
 * A reference to one of the 22 métropoles by its SIREN (9 digits, no spaces). Anything else
 * gives the issue `territory.unknown_metropole`, with a suggestion when the input designates
 * one métropole ("MEL", "saint-etienne", "244 200 770").
 *
 * @example
 * MetropoleRefSchema.parse("244200770") //=> "244200770"
 * safeParseWith(MetropoleRefSchema, "MEL").issues?.[0]?.params.suggestion //=> "200093201"
 */
export const MetropoleRefSchema = z.string().superRefine((value, ctx) => {
  if (/^\d{9}$/.test(value) && getMetropole(value) !== undefined) return;
  const s = suggest(value);
  addModelIssue(ctx, "territory.unknown_metropole", {
    received: value,
    ...(s !== undefined ? { suggestion: s.siren, suggestionName: s.name } : {}),
  });
});
/** The SIREN of a known métropole. See {@link MetropoleRefSchema}. */
export type MetropoleRef = z.infer<typeof MetropoleRefSchema>;
