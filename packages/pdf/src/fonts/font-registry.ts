import type { FontFamily } from "./font-family";
import { PACTE_SANS_NAME, pacteSans } from "./pacte-sans";

const registry = new Map<string, FontFamily>();
const key = (name: string): string => name.trim().toLowerCase();

/**
 * Names under which the shipped family is also found: the default theme of `@pacte/document`
 * names "Liberation Sans", of which Pacte Sans is a renamed subset with the same metrics.
 */
const DEFAULT_ALIASES: ReadonlySet<string> = new Set([key(PACTE_SANS_NAME), key("Liberation Sans")]);

/**
 * Registers a font family for every later render of this process (case-insensitive name;
 * registering a name again replaces it). For one render only, pass `options.fonts` instead.
 *
 * @example
 * registerFont({ name: "Marianne", regular, bold, italic, boldItalic });
 * renderPdf(doc, { theme: { fontFamily: "Marianne" } }) // draws with Marianne
 */
export function registerFont(family: FontFamily): void {
  registry.set(key(family.name), family);
}

/**
 * Removes a family registered with {@link registerFont}; `false` when there was none.
 *
 * @example
 * unregisterFont("Marianne") //=> true
 */
export function unregisterFont(name: string): boolean {
  return registry.delete(key(name));
}

/**
 * The names of the families a render can use: the shipped one first, then the registered ones.
 *
 * @example
 * registeredFontNames() //=> ["Pacte Sans"]
 */
export function registeredFontNames(): string[] {
  return [PACTE_SANS_NAME, ...[...registry.values()].map((f) => f.name)];
}

/**
 * Finds a family by name (case-insensitive) among `extra` (a render's `options.fonts`), then the
 * registered families, then the shipped one; `undefined` when none has that name.
 *
 * @example
 * findFontFamily("liberation sans")?.name //=> "Pacte Sans"
 * findFontFamily("Comic") //=> undefined
 */
export function findFontFamily(name: string, extra: readonly FontFamily[] = []): FontFamily | undefined {
  const k = key(name);
  for (const f of extra) if (key(f.name) === k) return f;
  const registered = registry.get(k);
  if (registered) return registered;
  return DEFAULT_ALIASES.has(k) ? pacteSans() : undefined;
}
