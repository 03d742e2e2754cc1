// The whole family at once, synchronously: for the package's tests and benches. The public way
// is `loadPacteSans()` (load-pacte-sans.ts), which leaves the italics to a chunk of their own.
import type { FontFamily } from "./font-family";
import { pacteSansItalics } from "./pacte-sans-italics";
import { pacteSansFamily } from "./pacte-sans-upright";

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
  family ??= pacteSansFamily(pacteSansItalics());
  return family;
}
