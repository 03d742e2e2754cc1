import type { Image } from "@pacte/document";
import type { Lang } from "@pacte/model";
import type { DraftOptions } from "./draft-marks";

/**
 * Options of `contractToDocument` (and of `consolidatedContractToDocument`). Nothing here depends on a theme: fonts, colours and
 * sizes are the renderer's. `draft` and `draftDate` (see `DraftOptions`) render a *projet*:
 * « PROJET » at the top of every page and « Projet du … » in the footer.
 *
 * @example
 * const options: ContractToDocumentOptions = { includeToc: false, articles: { litiges: "Les parties…" } };
 * const draft: ContractToDocumentOptions = { draft: true, draftDate: "2024-05-03" };
 */
export interface ContractToDocumentOptions extends DraftOptions {
  /** Language of the issues `articleOverrideIssues` reports for the same options (the document is French). */
  readonly lang?: Lang | undefined;
  /** Replacement texts by article id (and `preambule`), over the input's `articles`; same markup and slots as the profile's clauses. */
  readonly articles?: Readonly<Record<string, string>> | undefined;
  /** A table of contents after the title page (default `true`). */
  readonly includeToc?: boolean | undefined;
  /** Deepest heading level the table of contents lists (default 1: préambule, articles, annexes). */
  readonly tocMaxLevel?: 1 | 2 | 3 | 4 | undefined;
  /** The annexes of the profile (default `true`). */
  readonly includeAnnexes?: boolean | undefined;
  /** A footer with the reference and « Page X sur Y » (default `true`); without it, the theme's. */
  readonly includeFooter?: boolean | undefined;
  /** A logo for the issuer mark, supplied by a team entitled to use it (none is shipped). */
  readonly logo?: Image | Omit<Image, "type"> | undefined;
}
