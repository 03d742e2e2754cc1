import { formatDate, type Document } from "@pacte/document";
import { AMENDMENT_CLAUSES } from "../clauses/amendment-clauses";
import { fillSlots } from "../clauses/fill-slots";
import type { Amendment } from "../amend/amendment";
import type { Contract } from "../contract";
import { contractToDocument } from "./contract-to-document";
import { assertFinalVersion } from "./final-version";
import type { ContractToDocumentOptions } from "./contract-to-document-options";
import { composeContext } from "./internal/compose-context";
import { composeContract } from "./internal/compose-contract";

/**
 * Composes the consolidated version of a contract after its amendments: the revised contract
 * in full, as `contractToDocument` composes it, whose title page says « Version consolidée après
 * l'avenant n° N » (N the highest number) and lists each amendment with its date (« Modifié par
 * l'avenant n° 1 du 14 mars 2025 »). Without amendments it is the contract's document.
 * `meta.createdAt` stays the contract's signature date.
 *
 * @example
 * const doc = consolidatedContractToDocument(amendment.revised, [amendment]);
 * documentPlainText(doc).includes("Version consolidée après l’avenant n° 1") //=> true
 */
export function consolidatedContractToDocument(
  revised: Contract,
  amendments: readonly Pick<Amendment, "number" | "date">[],
  options: ContractToDocumentOptions = {},
): Document {
  if (amendments.length === 0) return contractToDocument(revised, options);
  assertFinalVersion(revised.input, options);
  const sorted = [...amendments].sort((a, b) => a.number - b.number || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = sorted[sorted.length - 1]?.number ?? 0;
  return composeContract(composeContext(revised, options), options, {
    mention: fillSlots(AMENDMENT_CLAUSES.consolidated, { "amendment.number": String(last) }),
    history: sorted.map((a) => `Modifié par l'avenant n° ${a.number} du ${formatDate(a.date)}`),
  });
}
