import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { SourceRefSchema } from "../territories/sourced";
import { ProvenanceSchema } from "./provenance";

/**
 * The part a ministry plays in the Pacte: it `leads` (the minister for solidarity) or is
 * `concerned` (associated with the concertation).
 *
 * @example
 * MinistryRoleSchema.parse("lead") //=> "lead"
 */
export const MinistryRoleSchema = z
  .enum(["lead", "concerned"])
  .meta({ title: "MinistryRole", description: "Rôle d’un ministère dans le Pacte : pilote (lead) ou concerné (concerned)." });
/**
 * `"lead"` or `"concerned"`. See {@link MinistryRoleSchema}.
 *
 * @example
 * const role: MinistryRole = "concerned";
 */
export type MinistryRole = z.infer<typeof MinistryRoleSchema>;

/**
 * A minister who held a ministry's portfolio for the Pacte, with the full title the sources give
 * on a day they attest it (`attestedOn`): titles change with each government, so the title is
 * dated, not declared valid over a span.
 *
 * @example
 * MinisterSchema.parse(MINISTRIES[0]?.ministers?.[0]).title //=> "ministre des Solidarités, de l'Autonomie et des Personnes handicapées"
 */
export const MinisterSchema = z
  .object({
    name: z.string().min(1),
    title: z.string().min(1),
    attestedOn: z.iso.date(),
    provenance: ProvenanceSchema,
    sources: z.array(SourceRefSchema),
  })
  .meta({ title: "Minister", description: "Ministre et son titre complet, à une date attestée par les sources." });
/**
 * A minister. See {@link MinisterSchema}.
 *
 * @example
 * const m: Minister = MINISTRIES[0]!.ministers![1]!; // m.name //=> "Aurore Bergé"
 */
export type Minister = z.infer<typeof MinisterSchema>;

/**
 * A ministry involved in the Pacte, named by its **portfolio** (`Santé`, `Travail`…) rather
 * than by an official ministry name, since those change with each government. `provenance`
 * says whether the sources name this portfolio (`confirmed`) or the project inferred it.
 * `ministers` gives, where the sources name them, the ministers with their full, dated titles.
 *
 * @example
 * MinistrySchema.parse({ id: "sante", portfolio: "Santé", role: "concerned", provenance: "confirmed" }).portfolio
 * //=> "Santé"
 */
export const MinistrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    portfolio: z.string().min(1),
    role: MinistryRoleSchema,
    provenance: ProvenanceSchema,
    ministers: z.array(MinisterSchema).optional(),
  })
  .meta({ title: "Ministry", description: "Ministère associé au Pacte des solidarités, désigné par son portefeuille." });
/**
 * A ministry of the Pacte. See {@link MinistrySchema}.
 *
 * @example
 * const m: Ministry = MINISTRIES[0]!; // m.role //=> "lead"
 */
export type Ministry = z.infer<typeof MinistrySchema>;

/**
 * The ministries the sources name: the minister for solidarity leads, with the ministries
 * concerned. The sources' list ends with "…": it is **not exhaustive**, and no further
 * ministry is added here by guess. The lead carries its ministers' full titles: the minister
 * who opened the concertation (communiqué of 24 November 2022; CNLE, 12 January 2023) and the
 * one who presented the Pacte on 18 September 2023. No source read names the ministers who
 * co-led the transverse questions: none is given.
 *
 * @example
 * MINISTRIES.filter((m) => m.role === "lead").map((m) => m.id) //=> ["solidarites"]
 * MINISTRIES.length //=> 7
 */
export const MINISTRIES: readonly Ministry[] = deepFreeze([
  {
    id: "solidarites",
    portfolio: "Solidarités",
    role: "lead",
    provenance: "confirmed",
    ministers: [
      {
        name: "Jean-Christophe Combe",
        title: "ministre des Solidarités, de l'Autonomie et des Personnes handicapées",
        attestedOn: "2023-01-12",
        provenance: "confirmed",
        sources: [
          "https://solidarites.gouv.fr/reunion-pleniere-du-cnle-jean-christophe-combe-presente-le-pacte-des-solidarites-aux-membres-du",
          "https://banquedesterritoires.fr/la-concertation-demarre-sur-le-futur-pacte-des-solidarites",
        ],
      },
      {
        name: "Aurore Bergé",
        title: "ministre des Solidarités et des Familles",
        attestedOn: "2023-09-18",
        provenance: "confirmed",
        sources: ["https://nouvelle-aquitaine.dreets.gouv.fr/Le-Pacte-des-solidarites-lutter-contre-la-pauvrete-a-la-racine"],
      },
    ],
  },
  { id: "education", portfolio: "Éducation", role: "concerned", provenance: "confirmed" },
  { id: "enseignement-superieur", portfolio: "Enseignement supérieur", role: "concerned", provenance: "confirmed" },
  { id: "travail", portfolio: "Travail", role: "concerned", provenance: "confirmed" },
  { id: "sante", portfolio: "Santé", role: "concerned", provenance: "confirmed" },
  { id: "transition-ecologique", portfolio: "Transition écologique", role: "concerned", provenance: "confirmed" },
  { id: "transition-energetique", portfolio: "Transition énergétique", role: "concerned", provenance: "confirmed" },
]);

/**
 * Finds a ministry by id; `undefined` if there is none.
 *
 * @example
 * getMinistry("travail")?.portfolio //=> "Travail"
 * getMinistry("defense") //=> undefined
 */
export function getMinistry(id: string): Ministry | undefined {
  return MINISTRIES.find((m) => m.id === id);
}
