import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { addModelIssue } from "../validate";

/**
 * The stable id of a part of the Pacte's reference document: a kebab-case slug. The list is
 * open: the sources say the document has *at least* three parts, so a fourth id is accepted.
 * The three known ids are in {@link KNOWN_REFERENCE_DOCUMENT_PART_IDS}.
 *
 * @example
 * ReferenceDocumentPartIdSchema.parse("feuilles-de-route") //=> "feuilles-de-route"
 * ReferenceDocumentPartIdSchema.parse("annexes") //=> "annexes"
 * ReferenceDocumentPartIdSchema.safeParse("Annexes").success //=> false
 */
export const ReferenceDocumentPartIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ title: "ReferenceDocumentPartId", description: "Identifiant (slug) d’une partie du document de référence du Pacte ; liste ouverte." });
/**
 * A part id (a slug). See {@link ReferenceDocumentPartIdSchema}.
 *
 * @example
 * const id: ReferenceDocumentPartId = "cadre-contractuel";
 */
export type ReferenceDocumentPartId = z.infer<typeof ReferenceDocumentPartIdSchema>;

/**
 * The ids of the three parts the sources name, in order. Other parts may exist.
 *
 * @example
 * KNOWN_REFERENCE_DOCUMENT_PART_IDS //=> ["objectifs-orientations", "feuilles-de-route", "cadre-contractuel"]
 */
export const KNOWN_REFERENCE_DOCUMENT_PART_IDS: readonly ReferenceDocumentPartId[] = Object.freeze([
  "objectifs-orientations",
  "feuilles-de-route",
  "cadre-contractuel",
]);

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
 * The parts of the Pacte's reference document the sources name, in order. The sources say the
 * document has *at least* these three parts — shared objectives and orientations, the thematic
 * roadmaps (*feuilles de route*), the contractual framework between the State and
 * collectivities —, so this list is not closed: {@link ReferenceDocumentSchema} accepts more.
 *
 * @example
 * REFERENCE_DOCUMENT_PARTS.map((p) => p.id) //=> ["objectifs-orientations", "feuilles-de-route", "cadre-contractuel"]
 */
export const REFERENCE_DOCUMENT_PARTS: readonly ReferenceDocumentPart[] = deepFreeze([
  {
    order: 1,
    id: "objectifs-orientations",
    title: "Objectifs partagés et orientations stratégiques et méthodologiques",
  },
  { order: 2, id: "feuilles-de-route", title: "Feuilles de route thématiques" },
  { order: 3, id: "cadre-contractuel", title: "Cadre contractuel entre l'État et les collectivités" },
]);

/**
 * The reference document as a whole: *at least* three parts, numbered 1, 2, 3… in order, with
 * distinct ids. A fourth part (an annex, a later roadmap) is valid; fewer than three is not.
 * A part out of order gives the issue `pacte.part_order`, a repeated id `pacte.part_duplicate`,
 * each with the path of the offending part.
 *
 * @example
 * ReferenceDocumentSchema.parse({ parts: [...REFERENCE_DOCUMENT_PARTS, { order: 4, id: "annexes", title: "Annexes" }] }).parts.length //=> 4
 * ReferenceDocumentSchema.safeParse({ parts: REFERENCE_DOCUMENT_PARTS.slice(0, 2) }).success //=> false
 */
export const ReferenceDocumentSchema = z
  .object({ parts: z.array(ReferenceDocumentPartSchema).min(3) })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.parts.forEach((part, i) => {
      if (part.order !== i + 1) addModelIssue(ctx, "pacte.part_order", { expected: i + 1, received: part.order }, ["parts", i, "order"]);
      if (ids.has(part.id)) addModelIssue(ctx, "pacte.part_duplicate", { received: part.id }, ["parts", i, "id"]);
      ids.add(part.id);
    });
  })
  .meta({ title: "ReferenceDocument", description: "Document de référence du Pacte : au moins trois parties, dans l’ordre." });
/**
 * The reference document. See {@link ReferenceDocumentSchema}.
 *
 * @example
 * const doc: ReferenceDocument = { parts: [...REFERENCE_DOCUMENT_PARTS] };
 */
export type ReferenceDocument = z.infer<typeof ReferenceDocumentSchema>;
