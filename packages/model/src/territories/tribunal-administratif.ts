import { z } from "zod";
import { DepartementCodeSchema } from "../insee";
import { AsOfDateSchema } from "./as-of";
import { TnccSchema } from "./departement";
import { SourcedSchema } from "./sourced";

/**
 * A tribunal administratif and its ressort, after the code de justice administrative: its seat
 * (art. R221-3), its official name (art. R221-1: the seat's city, « tribunal administratif
 * d'Amiens »; overseas, the territory, « tribunal administratif de la Guadeloupe »), the TNCC
 * of that name (« le tribunal administratif… »), the départements of its ressort and the day
 * this version of the ressort starts.
 *
 * @example
 * TribunalAdministratifSchema.parse(tribunalAdministratifFor("23")).name //=> "tribunal administratif de Limoges"
 */
export const TribunalAdministratifSchema = z
  .object({
    seat: z.string().min(1),
    name: z.string().regex(/^tribunal administratif /u),
    tncc: TnccSchema,
    departements: z.array(DepartementCodeSchema).min(1),
    validFrom: AsOfDateSchema,
  })
  .extend(SourcedSchema.shape)
  .meta({ title: "TribunalAdministratif", description: "Tribunal administratif : siège, nom officiel et ressort (CJA R221-1 et R221-3)." });
/** A tribunal administratif. See {@link TribunalAdministratifSchema}. */
export type TribunalAdministratif = z.infer<typeof TribunalAdministratifSchema>;
