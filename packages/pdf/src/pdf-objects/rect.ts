import { InvalidRectError } from "./errors";

/**
 * A rectangle in PDF user space, in points, `(x, y)` being its bottom-left corner (the origin is
 * the page's bottom-left corner, as in pdf-lib's `drawRectangle`).
 *
 * @example
 * const r: Rect = { x: 56.7, y: 100, width: 200, height: 80 };
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A place in the document: a page (0-based) and the height, from the page's bottom edge, that
 * the viewer puts at the top of the window; `left` defaults to 0.
 *
 * @example
 * const d: Destination = { pageIndex: 2, top: 780 };
 */
export interface Destination {
  readonly pageIndex: number;
  readonly top: number;
  readonly left?: number;
}

/**
 * Checks that a rectangle has finite coordinates and a non-negative (or, with `positive`,
 * strictly positive) size, and returns its PDF `/Rect` form `[x1 y1 x2 y2]`.
 *
 * @throws {InvalidRectError} when a value is not finite or a size is out of range.
 * @example
 * rectCorners({ x: 10, y: 20, width: 100, height: 50 }) //=> [10, 20, 110, 70]
 */
export function rectCorners(rect: Rect, options: { positive?: boolean } = {}): [number, number, number, number] {
  for (const key of ["x", "y", "width", "height"] as const) {
    if (!Number.isFinite(rect[key])) throw new InvalidRectError(`${key} must be a finite number, got ${rect[key]}`);
  }
  for (const key of ["width", "height"] as const) {
    if (options.positive === true ? rect[key] <= 0 : rect[key] < 0) {
      throw new InvalidRectError(`${key} must be ${options.positive === true ? "> 0" : ">= 0"}, got ${rect[key]}`);
    }
  }
  return [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height];
}
