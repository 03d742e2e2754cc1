import { headingLook, type PreparedDocument } from "@pacte/document";
import { someValue } from "./internal/some-value";

/** An object marked `italic: true` (a run, a field). */
const italicMark = (v: unknown): boolean => typeof v === "object" && v !== null && (v as { italic?: unknown }).italic === true;

/**
 * Whether the PDF of a prepared document sets some text in italics, so that the default render
 * path loads the italic faces of Pacte Sans before it lays the document out: a run or a field
 * marked italic (body, header, footer, theme), a heading whose level the theme sets in italics
 * (level 4), a signature's « Fait à …, le … ». What this misses, the layout notices (a deferred
 * face asked for) and the render is done again with the faces; a test holds the two to agree.
 *
 * @example
 * italicsNeeded(prepareDocumentOrThrow(documentOf({ meta, body: [p(italic("Journal officiel"))] }))) //=> true
 * italicsNeeded(prepareDocumentOrThrow(documentOf({ meta, body: [p("Texte.")] }))) //=> false
 */
export function italicsNeeded(prepared: PreparedDocument): boolean {
  if (prepared.headings.some((h) => headingLook(h.level, prepared.theme).base.italic)) return true;
  for (const { blocks } of prepared.signatures.values()) {
    for (const b of blocks) if ([...b.above, ...b.below].some((line) => line.kind === "placeAndDate")) return true;
  }
  return [prepared.document, prepared.theme, prepared.header?.content, prepared.footer?.content].some((part) => someValue(part, italicMark));
}
