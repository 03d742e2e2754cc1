import type { Amendment, Contract, DraftOptions } from "@pacte/contract";
import type { Document } from "@pacte/document";
import type { Consolidation, Execution, ExecutionSettlement } from "@pacte/execution";
import type { CliLang } from "../localized";

/**
 * What a document is composed from: a checked contract (as the version to sign, or as a
 * *projet* with `draft`), an avenant, the contract consolidated by an avenant, a year's
 * execution report with its settlement, or the national consolidation of reports (dated by
 * `createdAt`, never by a clock). Plain data, so
 * that composing — which can take a while for a large contract — happens on the render thread,
 * not on the thread that answers Ctrl-C.
 *
 * @example
 * const source: DocumentSource = { kind: "contract", contract, lang: "fr" };
 * const projet: DocumentSource = { kind: "contract", contract, lang: "fr", draft: { draft: true, draftDate: "2024-05-03" } };
 * const rapport: DocumentSource = { kind: "execution-report", execution, contract, settlement };
 * const bilan: DocumentSource = { kind: "consolidation", consolidation, createdAt: "2025-06-30" };
 */
export type DocumentSource =
  | { readonly kind: "contract"; readonly contract: Contract; readonly lang: CliLang; readonly draft?: DraftOptions | undefined }
  | { readonly kind: "amendment"; readonly amendment: Amendment }
  | { readonly kind: "consolidated"; readonly amendment: Amendment; readonly lang: CliLang }
  | { readonly kind: "execution-report"; readonly execution: Execution; readonly contract: Contract; readonly settlement: ExecutionSettlement }
  | { readonly kind: "consolidation"; readonly consolidation: Consolidation; readonly createdAt: string }
  | { readonly kind: "document"; readonly document: Document };

/**
 * The document of a {@link DocumentSource}, composed by `@pacte/contract`, or by
 * `@pacte/execution` for a report and a consolidation (each loaded on first use).
 *
 * @example
 * (await composeDocument({ kind: "contract", contract, lang: "fr" })).meta.title //=> "Contrat local des solidarités…"
 */
export async function composeDocument(source: DocumentSource): Promise<Document> {
  switch (source.kind) {
    case "document":
      return source.document;
    case "contract":
      return (await import("@pacte/contract")).contractToDocument(source.contract, { lang: source.lang, ...(source.draft ?? {}) });
    case "amendment":
      return (await import("@pacte/contract")).amendmentToDocument(source.amendment);
    case "consolidated":
      return (await import("@pacte/contract")).consolidatedContractToDocument(source.amendment.revised, [source.amendment], { lang: source.lang });
    case "execution-report":
      return (await import("@pacte/execution")).executionReportToDocument(source.execution, source.contract, { settlement: source.settlement });
    case "consolidation":
      return (await import("@pacte/execution")).consolidationToDocument(source.consolidation, { createdAt: source.createdAt });
    default: {
      const never: never = source;
      throw new Error(`source inconnue : ${JSON.stringify(never)}`);
    }
  }
}
