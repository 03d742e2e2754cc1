import type { FontFamily, FontStyleName } from "./font-family";

const DEFERRED = new WeakMap<FontFamily, ReadonlySet<FontStyleName>>();

/**
 * A copy of `family` whose faces of `styles` are not loaded yet (their bytes absent): the default
 * render path gives Pacte Sans so, its italics left to a chunk of their own. The font stack keeps
 * their place — the faces after them keep their numbers, hence their names in the PDF — without
 * warning that they are missing, and notes when the layout asks for one
 * (`FontStack.asksDeferred`), so that the render loads them and lays the document out again:
 * a deferred face is never drawn.
 *
 * @example
 * const upright = withDeferredStyles(pacteSansFamily(), ["italic", "boldItalic"]);
 * deferredStyles(upright)?.has("italic") //=> true
 */
export function withDeferredStyles(family: FontFamily, styles: readonly FontStyleName[]): FontFamily {
  const copy: FontFamily = { ...family };
  DEFERRED.set(copy, new Set(styles));
  return copy;
}

/**
 * The styles of a family made by {@link withDeferredStyles} whose faces are not loaded;
 * `undefined` for any other family.
 *
 * @example
 * deferredStyles(pacteSans()) //=> undefined
 */
export function deferredStyles(family: FontFamily): ReadonlySet<FontStyleName> | undefined {
  return DEFERRED.get(family);
}
