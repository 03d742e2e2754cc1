import type { CollectiviteKind } from "./consolidate";

/**
 * How a kind of collectivity reads in a table: « Département ou collectivité à compétences
 * départementales », « Métropole ».
 *
 * @example
 * collectiviteKindLabel("metropole") //=> "Métropole"
 */
export function collectiviteKindLabel(kind: CollectiviteKind): string {
  switch (kind) {
    case "collectivite":
      return "Département ou collectivité à compétences départementales";
    case "metropole":
      return "Métropole";
  }
}
