/**
 * The output formats the command writes.
 *
 * @example
 * OUTPUT_FORMATS //=> ["pdf", "docx"]
 */
export const OUTPUT_FORMATS: readonly ["pdf", "docx"] = Object.freeze(["pdf", "docx"] as const);
/** `"pdf"` or `"docx"`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
