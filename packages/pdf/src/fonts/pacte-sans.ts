// The whole family at once, synchronously: for the package's tests and benches. The public way
// is `loadPacteSans()` (load-pacte-sans.ts), which leaves the italics to a chunk of their own.
import type { FontFamily } from "./font-family";
import { PACTE_SANS_ALIASES, PACTE_SANS_NAME } from "./pacte-sans-names";
import { pacteSansItalics } from "./pacte-sans-italics";
import { pacteSansUpright } from "./pacte-sans-upright";

let family: FontFamily | undefined;

/**
 * Pacte Sans, its four faces decoded at once: the family `loadPacteSans()` gives, without waiting.
 * The package's tests and benches use it; a render goes through `loadPacteSans()` or the default
 * path, which leave the italics to a chunk of their own.
 *
 * @example
 * pacteSans().name //=> "Pacte Sans"
 * pacteSans().regular.length //=> 57596
 */
export function pacteSans(): FontFamily {
  family ??= { name: PACTE_SANS_NAME, aliases: PACTE_SANS_ALIASES, ...pacteSansUpright(), ...pacteSansItalics() };
  return family;
}
