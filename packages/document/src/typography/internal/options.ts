import { FormatError } from "../format-error";

/**
 * Reads one enumerated option, `fallback` when absent; throws `format.invalid-option` for any
 * other value. `allowed` is the list the option's zod enum is built from: checking it, rather
 * than parsing with the schema, keeps zod out of the bundle of an app that only formats numbers.
 */
export function readOption<T extends string>(
  allowed: readonly T[],
  value: unknown,
  fallback: T,
  caller: string,
  name: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new FormatError(
    "format.invalid-option",
    `${caller} : valeur inattendue pour l’option « ${name} » : ${JSON.stringify(value)}.`,
  );
}
