/**
 * Twentieths of a point (twips), the unit of most WordprocessingML lengths.
 *
 * @example
 * twips(12) //=> 240
 */
export const twips = (pt: number): number => Math.round(pt * 20);

/**
 * Half-points, the unit of font sizes (`w:sz`).
 *
 * @example
 * halfPoints(10.5) //=> 21
 */
export const halfPoints = (pt: number): number => Math.max(2, Math.round(pt * 2));

/**
 * Eighths of a point, the unit of border widths (`w:sz` of a border), within Word's 2–96.
 *
 * @example
 * eighthPoints(0.5) //=> 4
 */
export const eighthPoints = (pt: number): number => Math.min(96, Math.max(2, Math.round(pt * 8)));

/**
 * CSS pixels (96 per inch), the unit `docx` takes for image sizes.
 *
 * @example
 * pixels(72) //=> 96
 */
export const pixels = (pt: number): number => (pt * 96) / 72;

/**
 * A4 in twips, portrait.
 *
 * @example
 * A4_TWIPS.width //=> 11906
 */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/**
 * English Metric Units (12 700 per point), the unit of DrawingML lengths (a chart's extent, a line's width).
 *
 * @example
 * emu(216) //=> 2743200
 */
export const emu = (pt: number): number => Math.round(pt * 12700);
