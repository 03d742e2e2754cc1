import type { z } from "zod";
import { FormatError } from "../format-error";

/** Reads one enumerated option, `fallback` when absent; throws `format.invalid-option` for any other value. */
export function readOption<T extends string>(
  schema: z.ZodType<T>,
  value: unknown,
  fallback: T,
  caller: string,
  name: string,
): T {
  if (value === undefined) return fallback;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new FormatError(
    "format.invalid-option",
    `${caller} : valeur inattendue pour l’option « ${name} » : ${JSON.stringify(value)}.`,
  );
}
