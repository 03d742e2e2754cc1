import { z } from "zod";

/**
 * When the document was made: an ISO date (`2024-03-12`) or date-time in UTC
 * (`2024-03-12T10:00:00Z`). Required — renderers never read the clock, so the same input gives
 * the same bytes.
 *
 * @example
 * TimestampSchema.parse("2024-03-12") //=> "2024-03-12"
 */
export const TimestampSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?Z)?$/, {
    message: "Horodatage invalide : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ (UTC) attendu.",
  });
/** An ISO date or UTC date-time. */
export type Timestamp = z.infer<typeof TimestampSchema>;

/**
 * The document's metadata, written into DOCX core properties and PDF Info/XMP.
 * `customProperties` carry machine-readable values such as a contract reference.
 *
 * @example
 * const meta: DocumentMeta = { title: "Contrat local des solidarités", createdAt: "2024-03-12" };
 */
export const DocumentMetaSchema = z.object({
  title: z.string().min(1, { message: "Titre du document obligatoire." }),
  subject: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  authors: z.array(z.string()).optional(),
  /** BCP 47 language tag; `fr-FR` by default. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/, { message: "Code de langue BCP 47 attendu (fr-FR)." })
    .optional(),
  createdAt: TimestampSchema,
  modifiedAt: TimestampSchema.optional(),
  /** The application that made the document (PDF Creator, DOCX Application). */
  creator: z.string().optional(),
  customProperties: z.record(z.string().regex(/^\p{L}[\p{L}\p{N}_ -]*$/u), z.string()).optional(),
});
/** A document's metadata. */
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
