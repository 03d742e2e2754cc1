import type { Block } from "./block";
import type { Document } from "./document";
import type { HeaderFooter } from "./header-footer";
import type { DocumentMeta } from "./meta";
import type { PageSetup } from "./page";

/** What {@link documentOf} takes: the parts of a {@link Document}, with `body` as any readonly array. */
export interface DocumentInput {
  readonly meta: DocumentMeta;
  readonly page?: PageSetup;
  readonly header?: HeaderFooter;
  readonly footer?: HeaderFooter;
  readonly body: readonly Block[];
}

/**
 * A document from its parts (parts left undefined are left out). It is not validated: pass it
 * to {@link validateDocument} or a renderer.
 *
 * @example
 * documentOf({ meta: { title: "Note", createdAt: "2024-03-12" }, body: [p("Bonjour.")] })
 * //=> { meta: { title: "Note", createdAt: "2024-03-12" }, body: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour." }] }] }
 */
export function documentOf(input: DocumentInput): Document {
  const doc: Document = { meta: { ...input.meta }, body: [...input.body] };
  if (input.page !== undefined) doc.page = input.page;
  if (input.header !== undefined) doc.header = input.header;
  if (input.footer !== undefined) doc.footer = input.footer;
  return doc;
}
