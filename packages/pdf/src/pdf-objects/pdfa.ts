import { pdfDate } from "../internal/pdf-date";
import { pdfName as name, textString } from "../internal/pdf-values";
import { PDFArray, PDFBool, PDFDict, PDFRef, PDFString } from "../internal/pdf-lib";
import type { PDFDocument, PDFObject } from "../internal/pdf-lib";
import { buildXmp } from "../internal/xmp";
import { srgbIccProfile } from "./srgb-icc";
import { encodeUtf8 } from "../internal/utf8";

/**
 * The metadata written into the Info dictionary, the XMP packet and the catalog. Timestamps are
 * `@pacte/document` ones: `2024-03-12` (midnight UTC) or `2024-03-12T10:00:00Z`; `modifiedAt`
 * defaults to `createdAt`; several authors are joined with ", " (PDF/A wants the Info `/Author`
 * equal to the single `dc:creator` entry).
 *
 * @example
 * const meta: PdfMetadata = { title: "Contrat local des solidarités", producer: "@pacte/pdf 0.1.0", language: "fr-FR", createdAt: "2024-03-12" };
 */
export interface PdfMetadata {
  readonly title: string;
  readonly authors?: readonly string[] | undefined;
  readonly subject?: string | undefined;
  readonly keywords?: readonly string[] | undefined;
  readonly creator?: string | undefined;
  readonly producer: string;
  readonly language: string;
  readonly createdAt: string;
  readonly modifiedAt?: string | undefined;
}

/** `/OutputConditionIdentifier` of the sRGB output intent (the ICC registry's name). */
const SRGB_CONDITION = "sRGB IEC61966-2.1";

/** Deletes an indirect object (and, for an output intent, its profile) being replaced. */
function deleteIfRef(pdf: PDFDocument, value: PDFObject | undefined): void {
  if (value instanceof PDFRef) pdf.context.delete(value);
}

/**
 * What the file claims besides its metadata: whether it is tagged — PDF/UA-1, and PDF/A-2a rather
 * than 2b —, `false` by default (claim it only once `writeStructureTree` has written the tree).
 *
 * @example
 * const options: ConformanceOptions = { tagged: true }; // PDF/A-2a and pdfuaid:part 1
 */
export interface ConformanceOptions {
  readonly tagged?: boolean;
}

function writeCommon(pdf: PDFDocument, meta: PdfMetadata, pdfa: boolean, tagged: boolean): void {
  const created = pdfDate(meta.createdAt, "createdAt");
  const modified = meta.modifiedAt === undefined ? created : pdfDate(meta.modifiedAt, "modifiedAt");
  const author = meta.authors && meta.authors.length > 0 ? meta.authors.join(", ") : undefined;
  const keywords = meta.keywords && meta.keywords.length > 0 ? meta.keywords : undefined;
  const context = pdf.context;

  // Info dictionary, rebuilt from the input only (no library Producer, no clock).
  const info = PDFDict.withContext(context);
  info.set(name("Title"), textString(meta.title));
  if (author !== undefined) info.set(name("Author"), textString(author));
  if (meta.subject !== undefined) info.set(name("Subject"), textString(meta.subject));
  if (keywords) info.set(name("Keywords"), textString(keywords.join(", ")));
  if (meta.creator !== undefined) info.set(name("Creator"), textString(meta.creator));
  info.set(name("Producer"), textString(meta.producer));
  info.set(name("CreationDate"), PDFString.of(created.pdf));
  info.set(name("ModDate"), PDFString.of(modified.pdf));
  deleteIfRef(pdf, context.trailerInfo.Info);
  context.trailerInfo.Info = context.register(info);

  // XMP packet, uncompressed so that archive tools can read it without a PDF parser.
  const xmp = buildXmp({
    title: meta.title,
    author,
    subject: meta.subject,
    keywords,
    creatorTool: meta.creator,
    producer: meta.producer,
    language: meta.language,
    createDate: created.xmp,
    modifyDate: modified.xmp,
    pdfa: pdfa ? { part: 2, conformance: tagged ? "A" : "B" } : undefined,
    pdfua: tagged ? { part: 1 } : undefined,
  });
  const metadata = context.stream(encodeUtf8(xmp), { Type: "Metadata", Subtype: "XML" });
  deleteIfRef(pdf, pdf.catalog.get(name("Metadata")));
  pdf.catalog.set(name("Metadata"), context.register(metadata));

  pdf.catalog.set(name("Lang"), textString(meta.language));
  const preferences = pdf.catalog.lookupMaybe(name("ViewerPreferences"), PDFDict) ?? PDFDict.withContext(context);
  preferences.set(name("DisplayDocTitle"), PDFBool.True);
  pdf.catalog.set(name("ViewerPreferences"), preferences);
}

/**
 * Makes the document PDF/A-2 in its metadata and colour: writes the Info dictionary and an
 * equivalent XMP packet (same title, author, subject, keywords, creator, producer and dates)
 * with `pdfaid:part 2` and `pdfaid:conformance B` — `A` and `pdfuaid:part 1`, declared by an
 * extension schema, for a tagged document (`tagged: true`); an sRGB output intent (`/S /GTS_PDFA1`, the shipped ICC profile, `/N 3`),
 * `/Lang`, and `/ViewerPreferences << /DisplayDocTitle true >>`. The rest of PDF/A-2 is the
 * engine's part (every font embedded with a Unicode map, only sRGB colours; for level A the
 * structure tree, `writeStructureTree`) and `saveDeterministic`'s (trailer `/ID`, no
 * encryption). Calling it again replaces what it wrote.
 *
 * @throws {InvalidMetadataError} when a timestamp is not `AAAA-MM-JJ` or `AAAA-MM-JJTHH:MM(:SS)Z`.
 * @example
 * applyPdfA(pdf, { title: "Contrat local des solidarités", producer: "@pacte/pdf", language: "fr-FR", createdAt: "2024-03-12" });
 * pdf.catalog.lookup(PDFName.of("OutputIntents")) //=> [ << /Type /OutputIntent /S /GTS_PDFA1 … >> ]
 */
export function applyPdfA(pdf: PDFDocument, meta: PdfMetadata, options: ConformanceOptions = {}): void {
  writeCommon(pdf, meta, true, options.tagged === true);
  const context = pdf.context;

  const previous = pdf.catalog.lookupMaybe(name("OutputIntents"), PDFArray);
  if (previous) {
    for (let i = 0; i < previous.size(); i++) {
      const intent = previous.lookup(i);
      if (intent instanceof PDFDict) deleteIfRef(pdf, intent.get(name("DestOutputProfile")));
      deleteIfRef(pdf, previous.get(i));
    }
  }

  const profile = context.flateStream(srgbIccProfile(), { N: 3 });
  const intent = PDFDict.withContext(context);
  intent.set(name("Type"), name("OutputIntent"));
  intent.set(name("S"), name("GTS_PDFA1"));
  intent.set(name("OutputConditionIdentifier"), textString(SRGB_CONDITION));
  intent.set(name("RegistryName"), textString("http://www.color.org"));
  intent.set(name("Info"), textString(SRGB_CONDITION));
  intent.set(name("DestOutputProfile"), context.register(profile));
  const intents = PDFArray.withContext(context);
  intents.push(context.register(intent));
  pdf.catalog.set(name("OutputIntents"), intents);
}

/**
 * Writes the document's metadata without claiming PDF/A: the Info dictionary, an XMP packet
 * without `pdfaid` (with `pdfuaid:part 1` when `tagged`), `/Lang` and
 * `/ViewerPreferences << /DisplayDocTitle true >>`; no output intent. For renders with the PDF/A
 * option off. Calling it again replaces what it wrote.
 *
 * @throws {InvalidMetadataError} when a timestamp is not `AAAA-MM-JJ` or `AAAA-MM-JJTHH:MM(:SS)Z`.
 * @example
 * applyMetadata(pdf, { title: "Note", producer: "@pacte/pdf", language: "fr-FR", createdAt: "2024-03-12T10:00:00Z" });
 * pdf.getTitle() //=> "Note"
 */
export function applyMetadata(pdf: PDFDocument, meta: PdfMetadata, options: ConformanceOptions = {}): void {
  writeCommon(pdf, meta, false, options.tagged === true);
}
