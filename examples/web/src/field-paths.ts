// The names of the form's controls: each control carries its path (`data-path`), the checks say
// which path settles an issue, and the page puts the message there. Loaded with the page, so it
// imports nothing.

/**
 * The path of a field of action `i` (from 0): its `title`, `axis`, `addIndicator` button…
 *
 * @example
 * actionPath(1, "title") //=> "actions[1].title"
 */
export const actionPath = (i: number, name: string): string => `actions[${i}].${name}`;

/**
 * The path of a field of indicator `k` of action `i`: `label`, `unit`, `baseline`.
 *
 * @example
 * indicatorPath(0, 2, "unit") //=> "actions[0].indicators[2].unit"
 */
export const indicatorPath = (i: number, k: number, name: string): string => `actions[${i}].indicators[${k}].${name}`;

/**
 * The path of an indicator's target for a year.
 *
 * @example
 * targetPath(0, 0, "2025") //=> "actions[0].indicators[0].targets[2025]"
 */
export const targetPath = (i: number, k: number, year: string): string => `actions[${i}].indicators[${k}].targets[${year}]`;

/**
 * The path of the State's or the collectivity's amount of action `i` for a year.
 *
 * @example
 * fundingPath(3, "2026", "state") //=> "actions[3].funding[2026].state"
 */
export const fundingPath = (i: number, year: string, who: "state" | "collectivite"): string => `actions[${i}].funding[${year}].${who}`;

/**
 * The path of the name of another funder `k` of action `i`.
 *
 * @example
 * funderNamePath(0, 1) //=> "actions[0].others[1].name"
 */
export const funderNamePath = (i: number, k: number): string => `actions[${i}].others[${k}].name`;

/**
 * The path of another funder's amount for a year.
 *
 * @example
 * funderAmountPath(0, 1, "2024") //=> "actions[0].others[1].amounts[2024]"
 */
export const funderAmountPath = (i: number, k: number, year: string): string => `actions[${i}].others[${k}].amounts[${year}]`;

/** The button that adds an action: where « add an action » problems lead. */
export const ADD_ACTION_PATH = "addAction";
