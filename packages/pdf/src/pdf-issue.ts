import { defineIssueCatalog, show, type Issue, type IssueCatalog, type IssuePath, type Lang, type MessageFn, deepFreeze } from "@pacte/issues";

/**
 * The closed set of codes the PDF renderer itself produces: what only drawing can find (fonts,
 * glyphs, images, the table of contents' pagination, options). A document or a theme that
 * `prepareDocument` refuses comes back with its `document.*` and `schema.*` codes, the same
 * as from the DOCX renderer.
 *
 * @example
 * PDF_ISSUE_CODES.includes("pdf.missing_glyph") //=> true
 */
export const PDF_ISSUE_CODES = deepFreeze([
  "pdf.missing_glyph",
  "pdf.unknown_font",
  "pdf.font_invalid",
  "pdf.font_missing_style",
  "pdf.image_invalid",
  "pdf.toc_unstable",
  "pdf.invalid_options",
  "pdf.unreadable_input",
] as const);

/**
 * One of {@link PDF_ISSUE_CODES}.
 *
 * @example
 * const code: PdfIssueCode = "pdf.missing_glyph";
 */
export type PdfIssueCode = (typeof PDF_ISSUE_CODES)[number];

const WARNINGS: readonly PdfIssueCode[] = [
  "pdf.unknown_font",
  "pdf.font_missing_style",
  "pdf.toc_unstable",
];

type Params = Readonly<Record<string, unknown>>;
const s = show;
const list = (v: unknown): string => (Array.isArray(v) ? v.map(show).join(", ") : show(v));

/** What the user typed, when the text was composed (NFC) into another character: « ê » + U+0301. */
const typed = (p: Params, lang: Lang): string => {
  const parts = Array.isArray(p.typedCodePoints) ? (p.typedCodePoints as unknown[]).map(show) : [];
  const [first, ...marks] = parts;
  const shown = `« ${s(p.typedBase)} »${marks.length > 0 ? ` + ${marks.join(" + ")}` : ""}`;
  return lang === "fr"
    ? `Caractère saisi ${shown} (${first ?? ""}${marks.length > 0 ? " suivi d’accents combinants" : ""}), composé en « ${s(p.character)} » (${s(p.codePoint)}),`
    : `Character typed as ${shown} (${first ?? ""}${marks.length > 0 ? " followed by combining marks" : ""}), composed into "${s(p.character)}" (${s(p.codePoint)}),`;
};

const fr: Record<PdfIssueCode, MessageFn> = {
  "pdf.missing_glyph": (p) =>
    `${p.typedBase === undefined ? `Caractère « ${s(p.character)} » (${s(p.codePoint)})` : typed(p, "fr")} absent des polices ${list(p.fonts)} : remplacez-le ou ajoutez une police qui le contient (option fonts).`,
  "pdf.unknown_font": (p) =>
    `Police « ${s(p.received)} » inconnue : ${s(p.fallback)} est utilisée. Polices disponibles : ${list(p.available)} ; ajoutez la vôtre avec l’option fonts.`,
  "pdf.font_invalid": (p) =>
    `Police « ${s(p.family)} » (${s(p.style)}) illisible : des octets TrueType (.ttf) ou OpenType (.otf) sont attendus.`,
  "pdf.font_missing_style": (p) =>
    `La police « ${s(p.family)} » n’a pas de style ${s(p.style)} : le style ${s(p.used)} est utilisé à la place.`,
  "pdf.image_invalid": (p) =>
    `Image illisible (${s(p.mimeType)}) : ${s(p.reason)}. Fournissez un fichier PNG ou JPEG valide.`,
  "pdf.toc_unstable": (p) =>
    `Le sommaire n’a pas trouvé de mise en page stable en ${s(p.passes)} passes : vérifiez ses numéros de page.`,
  "pdf.invalid_options": (p) => `Option « ${s(p.option)} » invalide : ${s(p.expected)} attendu.`,
  "pdf.unreadable_input": (p) =>
    `Lecture impossible : lire cette valeur a levé une exception (${s(p.reason)}) ; des données simples (objets, tableaux, chaînes, nombres, octets) sont attendues, sans accesseur qui échoue.`,
};

const en: Record<PdfIssueCode, MessageFn> = {
  "pdf.missing_glyph": (p) =>
    `${p.typedBase === undefined ? `Character "${s(p.character)}" (${s(p.codePoint)})` : typed(p, "en")} is in none of the fonts ${list(p.fonts)}: replace it or add a font that has it (the fonts option).`,
  "pdf.unknown_font": (p) =>
    `Unknown font "${s(p.received)}": ${s(p.fallback)} is used. Available fonts: ${list(p.available)}; add yours with the fonts option.`,
  "pdf.font_invalid": (p) =>
    `Font "${s(p.family)}" (${s(p.style)}) cannot be read: TrueType (.ttf) or OpenType (.otf) bytes are expected.`,
  "pdf.font_missing_style": (p) =>
    `Font "${s(p.family)}" has no ${s(p.style)} style: ${s(p.used)} is used instead.`,
  "pdf.image_invalid": (p) => `Unreadable image (${s(p.mimeType)}): ${s(p.reason)}. Provide a valid PNG or JPEG file.`,
  "pdf.toc_unstable": (p) =>
    `The table of contents found no stable layout in ${s(p.passes)} passes: check its page numbers.`,
  "pdf.invalid_options": (p) => `Invalid option "${s(p.option)}": ${s(p.expected)} expected.`,
  "pdf.unreadable_input": (p) =>
    `Cannot read this value: reading it threw an exception (${s(p.reason)}); plain data (objects, arrays, strings, numbers, bytes) is expected, without accessors that fail.`,
};

/**
 * The catalog of the PDF renderer's own issue codes: messages in French and English, and which
 * codes are warnings (`pdf.unknown_font`, `pdf.font_missing_style`, `pdf.toc_unstable`).
 *
 * @example
 * PDF_ISSUES.severity("pdf.missing_glyph") //=> "error"
 */
export const PDF_ISSUES: IssueCatalog<Record<PdfIssueCode, MessageFn>> = defineIssueCatalog({ fr, en, warnings: WARNINGS });

/**
 * Builds an issue of the PDF renderer from its code; the message comes from the message map of
 * `lang` and the severity from the code.
 *
 * @example
 * pdfIssue("pdf.missing_glyph", ["body", 0], { character: "😀", codePoint: "U+1F600", fonts: ["Pacte Sans"] }).severity
 * //=> "error"
 */
export function pdfIssue(code: PdfIssueCode, path: IssuePath, params: Params = {}, lang: Lang = "fr"): Issue {
  return PDF_ISSUES.issue(code, path, params, { lang });
}

/**
 * Formats a code point the way messages show it.
 *
 * @example
 * codePointLabel(0x1f600) //=> "U+1F600"
 * codePointLabel(0xa0) //=> "U+00A0"
 */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
