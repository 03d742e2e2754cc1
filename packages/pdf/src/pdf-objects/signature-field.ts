import { pdfName as name, textString } from "../internal/pdf-values";
import { PDFArray, PDFDict, PDFHexString, PDFNumber, PDFString } from "../internal/pdf-lib";
import type { PDFDocument, PDFPage, PDFRef } from "../internal/pdf-lib";
import { DuplicateSignatureFieldError, InvalidFieldNameError } from "./errors";
import { rectCorners } from "./rect";
import type { Rect } from "./rect";

/** Print flag (bit 3) of an annotation's /F: PDF/A requires it on every annotation. */
const PRINT_FLAG = 4;
/**
 * SigFlags bit 1, SignaturesExist: "the document contains at least one signature field"
 * (ISO 32000-1 §12.7.2, table 219) — set for empty fields too; bit 2 (AppendOnly) is for the
 * signing tool to set once it has signed.
 */
const SIGNATURES_EXIST = 1;

function partialName(field: PDFDict): string | undefined {
  const t = field.lookup(name("T"));
  return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : undefined;
}

/** A field with /Kids of its own that are fields (not only widgets) is non-terminal. */
function isNonTerminal(field: PDFDict): boolean {
  if (field.has(name("FT"))) return false;
  const kids = field.lookup(name("Kids"));
  return kids instanceof PDFArray && kids.size() > 0 && kids.asArray().every((_, i) => kids.lookup(i, PDFDict).has(name("T")));
}

function findChild(kids: PDFArray, part: string): { dict: PDFDict; ref: PDFRef } | undefined {
  for (let i = 0; i < kids.size(); i++) {
    const dict = kids.lookup(i, PDFDict);
    if (partialName(dict) === part) return { dict, ref: kids.get(i) as PDFRef };
  }
  return undefined;
}

/**
 * Adds an empty signature field (`/FT /Sig`) whose widget lies exactly over `rect` on `page`,
 * printable (`/F 4`), with an empty appearance stream of the rectangle's size (PDF/A wants one),
 * registered in the AcroForm `/Fields` with `/SigFlags 1`, described by `description` (its
 * `/TU`, « Signature du préfet de la Creuse »), and returns the field's reference.
 * A signing tool finds it by `name`; a dotted name (`parties.etat`) becomes the field `etat`
 * under the non-terminal field `parties`, so its fully qualified name is `name`.
 *
 * @throws {DuplicateSignatureFieldError} when a field with that fully qualified name (or a
 * terminal field named by one of its prefixes) exists.
 * @throws {InvalidFieldNameError} when the name is empty or has an empty part (`a..b`).
 * @throws {InvalidRectError} when the rectangle is not finite or has no area.
 * @example
 * addSignatureField(pdf, pdf.getPage(4), { x: 56, y: 120, width: 220, height: 90 }, "signature-etat");
 * pdf.getForm().getSignature("signature-etat").acroField.getWidgets()[0].getRectangle()
 * //=> { x: 56, y: 120, width: 220, height: 90 }
 */
export function addSignatureField(pdf: PDFDocument, page: PDFPage, rect: Rect, fieldName: string, description?: string): PDFRef {
  const parts = fieldName.split(".");
  if (parts.some((part) => part.length === 0)) throw new InvalidFieldNameError(fieldName);
  const corners = rectCorners(rect, { positive: true });
  const context = pdf.context;

  // Read-only pass first: a conflict throws before anything is written.
  const existingForm = pdf.catalog.lookupMaybe(name("AcroForm"), PDFDict);
  const existingFields = existingForm?.lookupMaybe(name("Fields"), PDFArray);
  let level = existingFields;
  let depth = 0;
  let parentRef: PDFRef | undefined;
  while (level && depth < parts.length) {
    const child = findChild(level, parts[depth]!);
    if (!child) break;
    const prefix = parts.slice(0, depth + 1).join(".");
    if (depth === parts.length - 1) throw new DuplicateSignatureFieldError(fieldName);
    if (!isNonTerminal(child.dict)) {
      throw new DuplicateSignatureFieldError(fieldName, `cannot be created under the terminal field ${JSON.stringify(prefix)}`);
    }
    parentRef = child.ref;
    level = child.dict.lookup(name("Kids"), PDFArray);
    depth++;
  }

  let acroForm = existingForm;
  if (!acroForm) {
    acroForm = PDFDict.withContext(context);
    pdf.catalog.set(name("AcroForm"), context.register(acroForm));
  }
  let fields = existingFields;
  if (!fields) {
    fields = PDFArray.withContext(context);
    acroForm.set(name("Fields"), fields);
  }
  const previousFlags = acroForm.lookupMaybe(name("SigFlags"), PDFNumber)?.asNumber() ?? 0;
  acroForm.set(name("SigFlags"), PDFNumber.of(previousFlags | SIGNATURES_EXIST));
  if (depth === 0) level = fields;

  // Missing non-terminal ancestors.
  for (; depth < parts.length - 1; depth++) {
    const node = PDFDict.withContext(context);
    node.set(name("T"), textString(parts[depth]!));
    node.set(name("Kids"), PDFArray.withContext(context));
    if (parentRef) node.set(name("Parent"), parentRef);
    const ref = context.register(node);
    level!.push(ref);
    parentRef = ref;
    level = node.lookup(name("Kids"), PDFArray);
  }

  const width = corners[2] - corners[0];
  const height = corners[3] - corners[1];
  const appearance = context.stream(new Uint8Array(0), {
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, width, height],
    Resources: {},
  });

  // Field and widget merged in one dictionary (ISO 32000-1 §12.7.3.1).
  const field = PDFDict.withContext(context);
  field.set(name("FT"), name("Sig"));
  field.set(name("T"), textString(parts[parts.length - 1]!));
  // PDF/UA: what the field is for, in words (its alternate name, read by assistive technologies).
  if (description !== undefined && description !== "") field.set(name("TU"), textString(description));
  if (parentRef) field.set(name("Parent"), parentRef);
  field.set(name("Type"), name("Annot"));
  field.set(name("Subtype"), name("Widget"));
  field.set(name("Rect"), context.obj(corners));
  field.set(name("F"), PDFNumber.of(PRINT_FLAG));
  field.set(name("P"), page.ref);
  const appearances = PDFDict.withContext(context);
  appearances.set(name("N"), context.register(appearance));
  field.set(name("AP"), appearances);
  const ref = context.register(field);
  level!.push(ref);
  page.node.addAnnot(ref);
  return ref;
}
