// Schemas with the limits of CONTRACT_LIMITS built in: each reports its own issue code
// (`limit.*`, `text.invisible_character`) whether it is parsed by `validateContract` or on its
// own, and states its maximum in the JSON Schema.
import { addCatalogIssue } from "@pacte/issues";
import { CentsSchema } from "@pacte/model";
import { z } from "zod";
import { INPUT_ISSUES } from "../input-issues";
import { CONTRACT_LIMITS } from "../limits";
import { firstInvisibleCharacter } from "./invisible-characters";

function checkText(value: string, max: number, ctx: z.RefinementCtx): void {
  if (value.length > max) {
    addCatalogIssue(ctx, INPUT_ISSUES, "limit.text_length", { length: value.length, max });
    return;
  }
  const invisible = firstInvisibleCharacter(value);
  if (invisible !== undefined) addCatalogIssue(ctx, INPUT_ISSUES, "text.invisible_character", { ...invisible });
}

/** A text of at most `max` characters once trimmed, not empty, without invisible format characters. */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => checkText(value, max, ctx))
    .meta({ maxLength: max });
}

/** A text that may be empty or hold several paragraphs (a replaced article), of at most `max` characters, without invisible format characters. */
export function boundedBody(max: number) {
  return z
    .string()
    .superRefine((value, ctx) => checkText(value, max, ctx))
    .meta({ maxLength: max });
}

/** A name, a title, a place, a label: {@link CONTRACT_LIMITS}`.shortText` characters at most. */
export const ShortText = boundedText(CONTRACT_LIMITS.shortText);
/** A description, a visa, a paragraph: {@link CONTRACT_LIMITS}`.longText` characters at most. */
export const LongText = boundedText(CONTRACT_LIMITS.longText);

/** A list of at most `max` items (`limit.items`, or the code given for actions and indicators). */
export function boundedList<T extends z.ZodType>(
  item: T,
  max: number = CONTRACT_LIMITS.listItems,
  code: "limit.items" | "limit.actions" | "limit.indicators" = "limit.items",
) {
  return z
    .array(item)
    .superRefine((list, ctx) => {
      if (list.length > max) addCatalogIssue(ctx, INPUT_ISSUES, code, { count: list.length, max });
    })
    .meta({ maxItems: max });
}

/** A record of at most `max` entries (`limit.items`). */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number = CONTRACT_LIMITS.listItems) {
  return z
    .record(key, value)
    .superRefine((record, ctx) => {
      const count = Object.keys(record).length;
      if (count > max) addCatalogIssue(ctx, INPUT_ISSUES, "limit.items", { count, max });
    })
    .meta({ maxProperties: max });
}

const YEAR_KEY = z.string().regex(/^\d{4}$/, { message: "Année sur 4 chiffres attendue (par exemple 2025)." });

/** Values by civil year (`"2025": …`), at most {@link CONTRACT_LIMITS}`.years` of them (`limit.years`). */
export function byYear<V extends z.ZodType>(value: V) {
  const max = CONTRACT_LIMITS.years;
  return z
    .record(YEAR_KEY, value)
    .superRefine((record, ctx) => {
      const count = Object.keys(record).length;
      if (count > max) addCatalogIssue(ctx, INPUT_ISSUES, "limit.years", { count, max, kind: "record" });
    })
    .meta({ maxProperties: max });
}

/** An amount in cents (`CentsSchema`) of at most {@link CONTRACT_LIMITS}`.amountCents` (`limit.amount`). */
export const Amount = CentsSchema.superRefine((value, ctx) => {
  const max = CONTRACT_LIMITS.amountCents;
  // Beyond Number.MAX_SAFE_INTEGER, CentsSchema already says `money.unsafe`.
  if (Number.isSafeInteger(value) && value > max) addCatalogIssue(ctx, INPUT_ISSUES, "limit.amount", { received: value, max });
});
