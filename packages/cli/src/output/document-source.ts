import type { Amendment, Contract, DraftOptions } from "@pacte/contract";
import type { Document } from "@pacte/document";
import type { CliLang } from "../localized";

/**
 * What a document is composed from: a checked contract (as the version to sign, or as a
 * *projet* with `draft`), an avenant, or the contract consolidated by an avenant. Plain data, so
 * that composing — which can take a while for a large contract — happens on the render thread,
 * not on the thread that answers Ctrl-C.
 *
 * @example
 * const source: DocumentSource = { kind: "contract", contract, lang: "fr" };
 * const projet: DocumentSource = { kind: "contract", contract, lang: "fr", draft: { draft: true, draftDate: "2024-05-03" } };
 */
export type DocumentSource =
  | { readonly kind: "contract"; readonly contract: Contract; readonly lang: CliLang; readonly draft?: DraftOptions | undefined }
  | { readonly kind: "amendment"; readonly amendment: Amendment }
  | { readonly kind: "consolidated"; readonly amendment: Amendment; readonly lang: CliLang }
  | { readonly kind: "document"; readonly document: Document };

/**
 * The document of a {@link DocumentSource}, composed by `@pacte/contract` (loaded on first use).
 *
 * @example
 * (await composeDocument({ kind: "contract", contract, lang: "fr" })).meta.title //=> "Contrat local des solidarités…"
 */
export async function composeDocument(source: DocumentSource): Promise<Document> {
  if (source.kind === "document") return source.document;
  const { amendmentToDocument, consolidatedContractToDocument, contractToDocument } = await import("@pacte/contract");
  switch (source.kind) {
    case "contract":
      return contractToDocument(source.contract, { lang: source.lang, ...(source.draft ?? {}) });
    case "amendment":
      return amendmentToDocument(source.amendment);
    case "consolidated":
      return consolidatedContractToDocument(source.amendment.revised, [source.amendment], { lang: source.lang });
    default: {
      const never: never = source;
      throw new Error(`source inconnue : ${JSON.stringify(never)}`);
    }
  }
}
