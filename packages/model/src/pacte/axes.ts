import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze";
import { SourceRefSchema } from "../territories/sourced";
import { ProvenanceSchema } from "./provenance";

/**
 * The number of an axis of the Pacte, 1 to 4. **This is what contracts and their inputs
 * reference** (`axis: 1` in YAML); the slug {@link AxisIdSchema} is an alias for readability.
 * Anything else fails with zod's localised "invalid option" issue (French by default).
 *
 * @example
 * AxisNumberSchema.parse(3) //=> 3
 * AxisNumberSchema.safeParse(5).success //=> false
 */
export const AxisNumberSchema = z.literal([1, 2, 3, 4]).meta({
  title: "AxisNumber",
  description: "Numéro d’un axe du Pacte des solidarités, de 1 à 4.",
});
/**
 * `1 | 2 | 3 | 4`. See {@link AxisNumberSchema}.
 *
 * @example
 * const axis: AxisNumber = 1;
 */
export type AxisNumber = z.infer<typeof AxisNumberSchema>;

/**
 * The numbers of the four axes, in order.
 *
 * @example
 * AXIS_NUMBERS //=> [1, 2, 3, 4]
 */
export const AXIS_NUMBERS: readonly AxisNumber[] = deepFreeze([1, 2, 3, 4]);

/**
 * The stable slug of an axis, in the order of the axes (a readable alias of its number).
 *
 * @example
 * AxisIdSchema.parse("acces-emploi-pour-tous") //=> "acces-emploi-pour-tous"
 */
export const AxisIdSchema = z
  .enum([
    "prevenir-pauvrete-enfance",
    "acces-emploi-pour-tous",
    "grande-exclusion-acces-droits",
    "transition-ecologique-solidaire",
  ])
  .meta({ title: "AxisId", description: "Identifiant stable (slug) d’un axe du Pacte des solidarités." });
/**
 * One of the four axis slugs. See {@link AxisIdSchema}.
 *
 * @example
 * const id: AxisId = "transition-ecologique-solidaire";
 */
export type AxisId = z.infer<typeof AxisIdSchema>;

/**
 * A reference to an axis as a user writes it: its number (`1`) or its slug
 * (`"prevenir-pauvrete-enfance"`); parsing always yields the number.
 *
 * @example
 * AxisRefSchema.parse("grande-exclusion-acces-droits") //=> 3
 * AxisRefSchema.parse(2) //=> 2
 */
export const AxisRefSchema = z
  .union([AxisNumberSchema, AxisIdSchema])
  .transform((ref): AxisNumber => (typeof ref === "number" ? ref : axisNumberOfId(ref)))
  .meta({ title: "AxisRef", description: "Référence à un axe : son numéro (1 à 4) ou son identifiant." });
/**
 * What a user may write to name an axis: `1…4` or a slug. See {@link AxisRefSchema}.
 *
 * @example
 * const ref: AxisRefInput = "acces-emploi-pour-tous";
 */
export type AxisRefInput = z.input<typeof AxisRefSchema>;

/**
 * One objective of an axis: a stable `id` and its `wording` in French.
 * The wording is this project's faithful French rendering of the public summary of the
 * objective, not an official text; quote the axis wording, not this, where wording matters.
 *
 * @example
 * AxisObjectiveSchema.parse({ id: "proteger-moments-rupture", wording: "Protéger les personnes aux moments de rupture" }).id
 * //=> "proteger-moments-rupture"
 */
export const AxisObjectiveSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    wording: z.string().min(1),
  })
  .meta({ title: "AxisObjective", description: "Objectif d’un axe du Pacte des solidarités." });
/**
 * An objective of an axis. See {@link AxisObjectiveSchema}.
 *
 * @example
 * const o: AxisObjective = { id: "lutter-non-recours", wording: "Lutter contre le non-recours aux droits" };
 */
export type AxisObjective = z.infer<typeof AxisObjectiveSchema>;

/**
 * An axis of the Pacte: its `number` (what contracts reference), its slug `id`, a `shortLabel`
 * of the project's own for tables and menus, the concertation seed's wording (`seedWording`:
 * the words of the ministry's communiqué of 24 November 2022 that opened the concertation,
 * with their `seedWordingProvenance` and `seedWordingSources`), the final official wording
 * (`wording`) and its objectives.
 *
 * @example
 * AxisSchema.parse(AXES[0]).wording //=> "Prévenir la pauvreté et lutter contre les inégalités dès l'enfance"
 */
export const AxisSchema = z
  .object({
    number: AxisNumberSchema,
    id: AxisIdSchema,
    shortLabel: z.string().min(1),
    seedWording: z.string().min(1),
    seedWordingProvenance: ProvenanceSchema,
    seedWordingSources: z.array(SourceRefSchema),
    wording: z.string().min(1),
    objectives: z.array(AxisObjectiveSchema).min(1),
  })
  .meta({ title: "Axis", description: "Axe du Pacte des solidarités." });
/**
 * An axis of the Pacte. See {@link AxisSchema}.
 *
 * @example
 * const axis: Axis = AXES[2]!; // axis.number //=> 3
 */
export type Axis = z.infer<typeof AxisSchema>;

/** Where the seed's wording comes from: the communiqué of 24 November 2022, as quoted and reproduced. */
const SEED_SOURCES: readonly string[] = [
  "https://banquedesterritoires.fr/la-concertation-demarre-sur-le-futur-pacte-des-solidarites",
  "https://apahf.org/fr-FR/ministere-de-la-sante-et-de-la-prevension",
];

/**
 * The four axes of the Pacte des solidarités (2024–2027), in order, with the wording of the
 * concertation's seed — the four « grandes priorités » of the ministry's communiqué of
 * 24 November 2022, as the press quotes it (`press`) — and the final wording. Wording is kept
 * exactly as the sources give it (straight apostrophes included); French typography is the
 * renderer's job.
 *
 * @example
 * AXES.map((a) => a.number) //=> [1, 2, 3, 4]
 * AXES[1]?.seedWording //=> "L'amplification de la politique d'accès au travail pour tous"
 */
export const AXES: readonly Axis[] = deepFreeze([
  {
    number: 1,
    id: "prevenir-pauvrete-enfance",
    shortLabel: "Prévention dès l'enfance",
    seedWording: "La prévention de la pauvreté et la lutte contre les inégalités à la racine par une action dès le plus jeune âge",
    seedWordingProvenance: "press",
    seedWordingSources: [...SEED_SOURCES],
    wording: "Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
    objectives: [
      {
        id: "rompre-reproduction-pauvrete",
        wording: "Éviter la reproduction de la pauvreté d'une génération à l'autre en agissant dès l'enfance",
      },
      { id: "proteger-moments-rupture", wording: "Protéger les personnes aux moments de rupture" },
    ],
  },
  {
    number: 2,
    id: "acces-emploi-pour-tous",
    shortLabel: "Accès à l'emploi",
    seedWording: "L'amplification de la politique d'accès au travail pour tous",
    seedWordingProvenance: "press",
    seedWordingSources: [...SEED_SOURCES],
    wording: "Amplifier la politique d'accès à l'emploi pour tous",
    objectives: [
      {
        id: "accompagner-plus-eloignes-emploi",
        wording: "Mieux accompagner les personnes les plus éloignées de l'emploi au sein de France Travail",
      },
      { id: "lever-freins-emploi", wording: "Lever les freins à l'emploi, notamment la garde d'enfants et la mobilité" },
    ],
  },
  {
    number: 3,
    id: "grande-exclusion-acces-droits",
    shortLabel: "Grande exclusion et accès aux droits",
    seedWording: "La prévention de la bascule dans la pauvreté et la lutte contre la grande exclusion",
    seedWordingProvenance: "press",
    seedWordingSources: [...SEED_SOURCES],
    wording: "Lutter contre la grande exclusion grâce à l'accès aux droits",
    objectives: [
      {
        id: "egal-acces-droits-services",
        wording: "Garantir une égale dignité par un égal accès aux droits et aux services",
      },
      {
        id: "lutter-non-recours",
        wording: "Lutter contre le non-recours aux droits (« Territoires zéro non recours », « solidarité à la source »)",
      },
    ],
  },
  {
    number: 4,
    id: "transition-ecologique-solidaire",
    shortLabel: "Transition écologique solidaire",
    seedWording: "L'organisation solidaire de la transition écologique",
    seedWordingProvenance: "press",
    seedWordingSources: [...SEED_SOURCES],
    wording: "Construire une transition écologique solidaire",
    objectives: [
      {
        id: "transition-levier-contre-pauvrete",
        wording: "Faire de la transition écologique un levier de lutte contre la pauvreté",
      },
      {
        id: "reduire-depenses-contraintes",
        wording: "Réduire les dépenses contraintes : alimentation, logement, mobilité",
      },
    ],
  },
]);

const ID_TO_NUMBER: Readonly<Record<AxisId, AxisNumber>> = {
  "prevenir-pauvrete-enfance": 1,
  "acces-emploi-pour-tous": 2,
  "grande-exclusion-acces-droits": 3,
  "transition-ecologique-solidaire": 4,
};

function axisNumberOfId(id: AxisId): AxisNumber {
  return ID_TO_NUMBER[id];
}

/**
 * Finds an axis by its number (`3`), the number written as text (`"3"`), or its slug
 * (case and surrounding spaces ignored). Returns `undefined` for anything else; never throws.
 *
 * @example
 * getAxis(3)?.wording //=> "Lutter contre la grande exclusion grâce à l'accès aux droits"
 * getAxis("acces-emploi-pour-tous")?.number //=> 2
 * getAxis(5) //=> undefined
 */
export function getAxis(numberOrId: number | string): Axis | undefined {
  let key: number | string = numberOrId;
  if (typeof key === "string") {
    key = key.trim().toLowerCase();
    if (/^[1-4]$/.test(key)) key = Number(key);
  }
  return AXES.find((a) => a.number === key || a.id === key);
}
