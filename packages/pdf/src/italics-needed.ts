import { headingLook, type PreparedDocument } from "@pacte/document";

/** Whether some object of a plain value (objects, arrays; bytes skipped) has `italic: true`; no recursion. */
function hasItalicMark(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (typeof v === "object" && v !== null && !(v instanceof Uint8Array)) {
      const record = v as Record<string, unknown>;
      if (record.italic === true) return true;
      for (const key in record) {
        const child = record[key];
        if (typeof child === "object" && child !== null) stack.push(child);
      }
    }
  }
  return false;
}

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
  return hasItalicMark(prepared.document) || hasItalicMark(prepared.theme) || hasItalicMark(prepared.header?.content) || hasItalicMark(prepared.footer?.content);
}
