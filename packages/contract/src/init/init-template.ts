import { AxisNumberSchema, CentsSchema } from "@pacte/model";
import { z } from "zod";

const Text = z.string().trim().min(1);

/**
 * One example action of a profile's template: its axis (under a profile with Pacte axes), its
 * title, the public it serves, one indicator, and — under a profile whose actions say it — its
 * part (`socle` or `initiative`) and socle commitment.
 *
 * @example
 * InitActionSchema.parse({ axis: 3, title: "Premier accueil social inconditionnel de proximité", publics: "Toute personne en difficulté sociale", indicator: { label: "Points d’accueil ouverts", unit: "lieux" } }).axis //=> 3
 */
export const InitActionSchema = z.object({
  axis: AxisNumberSchema.optional(),
  title: Text,
  publics: Text,
  indicator: z.object({ label: Text, unit: Text }),
  part: z.enum(["socle", "initiative"]).optional(),
  socle: Text.optional(),
});
/** An example action of a profile's template. */
export type InitAction = z.infer<typeof InitActionSchema>;

/**
 * What a profile's new contract starts from (`pacte init`, `initContractInput`): the
 * collectivity used when none is named, the body that votes the deliberation, how many days
 * before the period starts the contract is signed (15 by default) and the deliberation voted
 * (30), each example action's yearly funding in cents (the same every year), and the example
 * actions, enough of them on the axes the profile requires for the input to be valid as it stands.
 *
 * @example
 * CLS_DEPARTEMENT_2024.init.actions.map((a) => a.axis) //=> [1, 3, 4]
 */
export const InitTemplateSchema = z.object({
  collectivite: Text,
  deliberationBody: Text,
  signatureDaysBeforeStart: z.number().int().min(0).max(366).default(15),
  deliberationDaysBeforeStart: z.number().int().min(0).max(366).default(30),
  yearlyFunding: z.object({ state: CentsSchema, collectivite: CentsSchema }),
  actions: z.array(InitActionSchema).min(1),
});
/** A profile's template of a new contract, defaults applied. */
export type InitTemplate = z.output<typeof InitTemplateSchema>;
