import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { ProvenanceSchema } from "./provenance";
import { StakeholderCategoryIdSchema } from "./stakeholders";

/**
 * The stable id of an actor of the Pacte and of its contracts.
 *
 * @example
 * ActorIdSchema.parse("ddets") //=> "ddets"
 */
export const ActorIdSchema = z
  .enum([
    "diplp",
    "commissaires-lutte-pauvrete",
    "prefet-departement",
    "ddets",
    "dgcs",
    "dgefp",
    "caf",
    "msa",
    "cpam",
    "france-travail",
    "ars",
    "associations",
    "departements-de-france",
    "france-urbaine",
    "cnle",
  ])
  .meta({ title: "ActorId", description: "Identifiant d’un acteur du Pacte des solidarités." });
/**
 * One of the actor ids. See {@link ActorIdSchema}.
 *
 * @example
 * const id: ActorId = "dgcs";
 */
export type ActorId = z.infer<typeof ActorIdSchema>;

/**
 * An actor of the Pacte: its `id`, the `shortName` people use (`DDETS`), its full `name`,
 * the `role` it plays (in French), and an optional `category` among the stakeholder
 * categories. `nameProvenance` is `inferred` where the sources give only the acronym and the
 * project spelled it out; the `category` is always the project's own grouping (inferred).
 *
 * @example
 * ActorSchema.parse(ACTORS[0]).shortName //=> "DIPLP"
 */
export const ActorSchema = z
  .object({
    id: ActorIdSchema,
    shortName: z.string().min(1),
    name: z.string().min(1),
    nameProvenance: ProvenanceSchema,
    role: z.string().min(1),
    category: StakeholderCategoryIdSchema.optional(),
  })
  .meta({ title: "Actor", description: "Acteur du Pacte des solidarités et de ses contrats." });
/**
 * An actor of the Pacte. See {@link ActorSchema}.
 *
 * @example
 * const a: Actor = ACTORS[4]!; // a.shortName //=> "DGCS"
 */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * The actors of the Pacte and of its contracts named by the sources, with what each does.
 * Roles are confirmed by the sources; see {@link ActorSchema} for what is inferred.
 *
 * @example
 * ACTORS.find((a) => a.id === "dgcs")?.role //=> "Porte le programme 304 et rédige les instructions de contractualisation."
 */
export const ACTORS: readonly Actor[] = deepFreeze([
  {
    id: "diplp",
    shortName: "DIPLP",
    name: "Délégation interministérielle à la prévention et à la lutte contre la pauvreté",
    nameProvenance: "inferred",
    role: "Coordonne le Pacte entre les ministères.",
    category: "services-etat",
  },
  {
    id: "commissaires-lutte-pauvrete",
    shortName: "Commissaires à la lutte contre la pauvreté",
    name: "Commissaires à la lutte contre la pauvreté",
    nameProvenance: "confirmed",
    role: "Un par région, placé auprès du préfet de région ; suit les contrats.",
    category: "services-etat",
  },
  {
    id: "prefet-departement",
    shortName: "Préfet de département",
    name: "Préfet de département",
    nameProvenance: "confirmed",
    role: "Négocie, signe et suit le contrat au nom de l'État.",
    category: "services-etat",
  },
  {
    id: "ddets",
    shortName: "DDETS",
    name: "Direction départementale de l'emploi, du travail et des solidarités",
    nameProvenance: "inferred",
    role: "Appuie le préfet de département dans la négociation et le suivi du contrat.",
    category: "services-etat",
  },
  {
    id: "dgcs",
    shortName: "DGCS",
    name: "Direction générale de la cohésion sociale",
    nameProvenance: "inferred",
    role: "Porte le programme 304 et rédige les instructions de contractualisation.",
    category: "services-etat",
  },
  {
    id: "dgefp",
    shortName: "DGEFP",
    name: "Délégation générale à l'emploi et à la formation professionnelle",
    nameProvenance: "inferred",
    role: "Pilote les conventions conclues avec France Travail.",
    category: "services-etat",
  },
  {
    id: "caf",
    shortName: "CAF",
    name: "Caisse d'allocations familiales",
    nameProvenance: "inferred",
    role: "Organisme de sécurité sociale ; partie possible au pacte local des solidarités.",
    category: "organismes-securite-sociale",
  },
  {
    id: "msa",
    shortName: "MSA",
    name: "Mutualité sociale agricole",
    nameProvenance: "inferred",
    role: "Organisme de sécurité sociale ; partie possible au pacte local des solidarités.",
    category: "organismes-securite-sociale",
  },
  {
    id: "cpam",
    shortName: "CPAM",
    name: "Caisse primaire d'assurance maladie",
    nameProvenance: "inferred",
    role: "Organisme de sécurité sociale ; partie possible au pacte local des solidarités.",
    category: "organismes-securite-sociale",
  },
  {
    id: "france-travail",
    shortName: "France Travail",
    name: "France Travail",
    nameProvenance: "confirmed",
    role: "Porte l'accès à l'emploi (axe 2) par une convention distincte avec le département ; partie possible au pacte local des solidarités.",
    category: "operateurs-etat",
  },
  {
    id: "ars",
    shortName: "ARS",
    name: "Agence régionale de santé",
    nameProvenance: "inferred",
    role: "Partie possible au pacte local des solidarités.",
    category: "operateurs-etat",
  },
  {
    id: "associations",
    shortName: "Associations",
    name: "Associations de lutte contre la pauvreté",
    nameProvenance: "confirmed",
    role: "Signataires des pactes locaux des solidarités et porteuses d'actions.",
    category: "associations-lutte-pauvrete",
  },
  {
    id: "departements-de-france",
    shortName: "Départements de France",
    name: "Départements de France",
    nameProvenance: "confirmed",
    role: "Négocie avec l'État les cadres nationaux de la contractualisation.",
    category: "associations-collectivites",
  },
  {
    id: "france-urbaine",
    shortName: "France urbaine",
    name: "France urbaine",
    nameProvenance: "confirmed",
    role: "Négocie avec l'État les cadres nationaux de la contractualisation.",
    category: "associations-collectivites",
  },
  {
    id: "cnle",
    shortName: "CNLE",
    name: "Conseil national des politiques de lutte contre la pauvreté et l'exclusion sociale",
    nameProvenance: "inferred",
    role: "Instance consultative.",
  },
]);

/**
 * Finds an actor by id (`"ddets"`) or short name (`"DDETS"`, `"France Travail"`), ignoring
 * case and surrounding spaces; `undefined` if there is none.
 *
 * @example
 * getActor("DGCS")?.id //=> "dgcs"
 * getActor("france travail")?.id //=> "france-travail"
 * getActor("DREETS") //=> undefined
 */
export function getActor(idOrShortName: string): Actor | undefined {
  const key = String(idOrShortName).trim().toLowerCase();
  return ACTORS.find((a) => a.id === key || a.shortName.toLowerCase() === key);
}
