import type { AnnexId } from "../../clauses/slot-names";
import type { AnnexKind } from "../../profile-data";

/** The annex kinds of a profile, by the id of their heading. */
export const ANNEX_OF_KIND: Readonly<Record<AnnexKind, AnnexId>> = {
  "fiches-actions": "annexe-fiches",
  "tableau-financier": "annexe-financier",
  indicateurs: "annexe-indicateurs",
};

/** The heading id of an article: `art-financement`. */
export const articleHeadingId = (id: string): string => `art-${id}`;

/** The heading id of an action's fiche: `fiche-A1.2`. */
export const ficheHeadingId = (actionId: string): string => `fiche-${actionId}`;
