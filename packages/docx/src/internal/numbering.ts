import type { INumberingOptions, ILevelsOptions } from "docx";
import type { Theme } from "@pacte/document";
import { twips } from "./units";

/**
 * Numbering references: one multi-level definition for ordered lists, one for bullets.
 *
 * @example
 * LIST.ordered //=> "pacte-ordered"
 */
export const LIST = { ordered: "pacte-ordered", bullets: "pacte-bullets" } as const;

/**
 * Word allows nine list levels (0–8); deeper items stay at the last one.
 *
 * @example
 * MAX_LIST_LEVEL //=> 8
 */
export const MAX_LIST_LEVEL = 8;

const ORDERED_FORMATS = ["decimal", "lowerLetter", "lowerRoman"] as const;
const BULLETS = ["\u2022", "\u2013", "\u25e6"] as const; // as the PDF draws them

/**
 * The two list definitions: ordered lists number 1. / a. / i. and again, bullets go • / – / ◦ (as in the PDF) and
 * again; each level is indented by the theme's list indent, the marker hanging in it.
 *
 * @example
 * buildNumbering(defaultTheme).config[0]?.levels[1]?.format //=> "lowerLetter"
 */
export function buildNumbering(theme: Theme): INumberingOptions {
  const indent = theme.spacing.listIndent;
  const level = (l: number) => ({ indent: { left: twips((l + 1) * indent), hanging: twips(indent) } });
  const ordered: ILevelsOptions[] = [];
  const bullets: ILevelsOptions[] = [];
  for (let l = 0; l <= MAX_LIST_LEVEL; l++) {
    ordered.push({
      level: l,
      format: ORDERED_FORMATS[l % 3] ?? "decimal",
      text: `%${l + 1}.`,
      alignment: "left",
      start: 1,
      style: { paragraph: level(l) },
    });
    bullets.push({
      level: l,
      format: "bullet",
      text: BULLETS[l % 3] ?? "\u2022",
      alignment: "left",
      style: { paragraph: level(l), run: { font: theme.docxFontFamily } },
    });
  }
  return {
    config: [
      { reference: LIST.ordered, levels: ordered },
      { reference: LIST.bullets, levels: bullets },
    ],
  };
}
