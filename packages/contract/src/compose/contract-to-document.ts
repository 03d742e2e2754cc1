import type { Document } from "@pacte/document";
import type { Contract } from "../contract";
import type { ContractToDocumentOptions } from "./contract-to-document-options";
import { assertFinalVersion } from "./final-version";
import { composeContext } from "./internal/compose-context";
import { composeContract } from "./internal/compose-contract";

/**
 * Composes a checked contract into a complete `@pacte/document` Document: the parties' identity
 * lines, a title page (title, years, parties, reference, period), a table of contents, *Entre*
 * the State represented by its préfet *Et* the collectivity (SIRET, seat, executive empowered
 * by the deliberation), the *Vu* list, the préambule (the Pacte, the territorial diagnostic, the
 * priorities), the numbered articles of the profile's clause library (headings « Article N » with
 * ids `art-objet`…; each text replaceable by `input.articles` or `options.articles`), « Fait
 * à … » and the signature blocks (fields `signature-etat`, `signature-prefet-region` when a
 * préfet de région co-signs, `signature-collectivite`), then the annexes: one fiche per action,
 * the multi-year financial table whose totals equal the sums, the indicators. Titles agree with
 * each signatory's gender; French typography is applied to every text; `meta.createdAt` is the
 * signature date (no clock). The same contract always gives the same document.
 *
 * A contract whose input still holds a template's placeholder (« Prénom Nom », « à compléter »)
 * throws a `PacteError` with one `contract.placeholder` issue each, unless `options.draft`.
 *
 * An unknown `{slot}` in a user's replacement text is left as written and reported by
 * `articleOverrideIssues`; an unknown slot in a profile's own template throws `UnknownSlotError`
 * (a programming error).
 *
 * @example
 * const doc = contractToDocument(parseContract(input));
 * validateDocument(doc).success //=> true
 * documentPlainText(doc).includes("Article 5 – Engagements financiers") //=> true
 */
export function contractToDocument(contract: Contract, options: ContractToDocumentOptions = {}): Document {
  assertFinalVersion(contract.input, options);
  return composeContract(composeContext(contract, options), options);
}
