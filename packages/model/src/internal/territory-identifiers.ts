import { z } from "zod";
import { isValidSiren } from "../siren";
import { isValidSiret } from "../siret";
import { addModelIssue } from "../validate";

/**
 * A SIREN as reference data stores it: exactly 9 digits (no spaces) with a valid Luhn key.
 * Issues `siren.format` / `siren.checksum`. Not branded, so records stay plain data.
 */
export const StoredSirenSchema = z.string().superRefine((value, ctx) => {
  if (!/^\d{9}$/.test(value)) addModelIssue(ctx, "siren.format", { received: value });
  else if (!isValidSiren(value)) addModelIssue(ctx, "siren.checksum", { received: value });
});

/**
 * A SIRET as reference data stores it: exactly 14 digits with a valid key (La Poste's rule
 * included). Issues `siret.format` / `siret.checksum`.
 */
export const StoredSiretSchema = z.string().superRefine((value, ctx) => {
  if (!/^\d{14}$/.test(value)) addModelIssue(ctx, "siret.format", { received: value });
  else if (!isValidSiret(value))
    addModelIssue(ctx, "siret.checksum", { received: value, ...(value.startsWith("356000000") ? { rule: "la-poste" } : {}) });
});
