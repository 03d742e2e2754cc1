// Texts of an execution report are bounded and hold no invisible format character (Unicode
// category Cf: bidi controls can make « 10 000,00 € » read « 00,000 01 »), with the codes the
// contract's input uses (`limit.text_length`, `text.invisible_character`), so a team sees the
// same issue for the same mistake in both files.
import { addCatalogIssue } from "@pacte/issues";
import { CONTRACT_LIMITS, INPUT_ISSUES } from "@pacte/contract";
import { z } from "zod";

function checkText(value: string, max: number, ctx: z.RefinementCtx): void {
  if (value.length > max) {
    addCatalogIssue(ctx, INPUT_ISSUES, "limit.text_length", { length: value.length, max });
    return;
  }
  const m = /\p{Cf}/u.exec(value);
  if (m !== null) {
    const code = m[0].codePointAt(0) ?? 0;
    addCatalogIssue(ctx, INPUT_ISSUES, "text.invisible_character", {
      character: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
      name: "caractère de formatage invisible",
      nameEn: "invisible format character",
      position: [...value.slice(0, m.index)].length + 1,
    });
  }
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

/** A name, an id, a label: `CONTRACT_LIMITS.shortText` characters at most. */
export const ShortText = boundedText(CONTRACT_LIMITS.shortText);
/** A comment, a reason: `CONTRACT_LIMITS.longText` characters at most. */
export const LongText = boundedText(CONTRACT_LIMITS.longText);
