import { z } from "zod";

/**
 * The stable id of a part of the Pacte's reference document.
 *
 * @example
 * ReferenceDocumentPartIdSchema.parse("feuilles-de-route") //=> "feuilles-de-route"
 */
export const ReferenceDocumentPartIdSchema = z
  .enum(["objectifs-orientations", "feuilles-de-route", "cadre-contractuel"])
  .meta({ title: "ReferenceDocumentPartId", description: "Identifiant d’une partie du document de référence du Pacte." });
/**
 * One of the three part ids. See {@link ReferenceDocumentPartIdSchema}.
 *
 * @example
 * const id: ReferenceDocumentPartId = "cadre-contractuel";
 */
export type ReferenceDocumentPartId = z.infer<typeof ReferenceDocumentPartIdSchema>;

/**
 * A part of the Pacte's reference document: its `order` (1-based), `id` and French `title`
 * (the project's rendering of what the part holds, not the document's own heading).
 *
 * @example
 * ReferenceDocumentPartSchema.parse({ order: 2, id: "feuilles-de-route", title: "Feuilles de route thématiques" }).order
 * //=> 2
 */
export const ReferenceDocumentPartSchema = z
  .object({
    order: z.int().min(1),
    id: ReferenceDocumentPartIdSchema,
    title: z.string().min(1),
  })
  .meta({ title: "ReferenceDocumentPart", description: "Partie du document de référence du Pacte des solidarités." });
/**
 * A part of the reference document. See {@link ReferenceDocumentPartSchema}.
 *
 * @example
 * const part: ReferenceDocumentPart = REFERENCE_DOCUMENT_PARTS[2]!; // part.id //=> "cadre-contractuel"
 */
export type ReferenceDocumentPart = z.infer<typeof ReferenceDocumentPartSchema>;

/**
 * The three parts of the Pacte's reference document, in order. The sources say the document
 * has *at least* these three parts: shared objectives and orientations, the thematic roadmaps
 * (*feuilles de route*), and the contractual framework between the State and collectivities.
 *
 * @example
 * REFERENCE_DOCUMENT_PARTS.map((p) => p.id) //=> ["objectifs-orientations", "feuilles-de-route", "cadre-contractuel"]
 */
export const REFERENCE_DOCUMENT_PARTS: readonly ReferenceDocumentPart[] = [
  {
    order: 1,
    id: "objectifs-orientations",
    title: "Objectifs partagés et orientations stratégiques et méthodologiques",
  },
  { order: 2, id: "feuilles-de-route", title: "Feuilles de route thématiques" },
  { order: 3, id: "cadre-contractuel", title: "Cadre contractuel entre l'État et les collectivités" },
];
