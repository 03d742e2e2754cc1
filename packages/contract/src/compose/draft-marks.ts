import { formatDate, type HeaderFooter, type Inline } from "@pacte/document";

/**
 * Options of a draft (*projet*) composition, shared by `contractToDocument`,
 * `consolidatedContractToDocument` and `amendmentToDocument`: `draft` renders the document as a
 * draft — « PROJET » at the top of every page, in both formats, and « Projet du … » in the footer
 * with `draftDate` (an ISO date; no clock is read: without it the footer says « Projet »).
 *
 * @example
 * const options: DraftOptions = { draft: true, draftDate: "2024-05-03" };
 */
export interface DraftOptions {
  readonly draft?: boolean | undefined;
  readonly draftDate?: string | undefined;
}

/**
 * The word every page of a draft shows at its top.
 *
 * @example
 * DRAFT_MARK //=> "PROJET"
 */
export const DRAFT_MARK = "PROJET";

/**
 * The header and footer of a draft: « PROJET » in the middle of every page's header (the first
 * page's too), and the footer's left part opened by « Projet du 3 mai 2024 – ». `undefined` when
 * the options do not ask for a draft. Both renderers draw headers and footers on every page.
 *
 * @example
 * draftMarks({ draft: true, draftDate: "2024-05-03" }, { left: [{ type: "text", text: "CLS n° 1" }] })?.footer?.left?.[0]
 * //=> { type: "text", text: "Projet du 3 mai 2024 – " }
 */
export function draftMarks(options: DraftOptions, footer: HeaderFooter | undefined): { header: HeaderFooter; footer: HeaderFooter } | undefined {
  if (options.draft !== true) return undefined;
  const label = options.draftDate === undefined ? "Projet" : `Projet du ${formatDate(options.draftDate)}`;
  const lead: Inline = { type: "text", text: footer?.left === undefined ? label : `${label} – ` };
  return {
    header: { center: [{ type: "text", text: DRAFT_MARK, bold: true }], firstPage: true },
    footer: { ...(footer ?? {}), left: [lead, ...(footer?.left ?? [])], firstPage: true },
  };
}
