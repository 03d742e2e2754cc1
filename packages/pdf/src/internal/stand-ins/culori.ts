/**
 * Stands in for `culori` in the built package (see `scripts/stand-ins.ts`). `@cantoo/pdf-lib`
 * calls `converter("rgb")` when its colour module loads, and uses the converter only to read CSS
 * colour strings for its SVG drawing, which this package never calls. The converter given here
 * reads no string: pdf-lib then throws its own « Unable to parse color from string » error.
 *
 * @example
 * converter("rgb")("#ff0000") //=> undefined
 */
export function converter(_mode: string): (color: unknown) => undefined {
  return () => undefined;
}
