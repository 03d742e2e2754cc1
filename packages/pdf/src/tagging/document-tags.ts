import { StructNode, type StructRole } from "./struct-node";

/**
 * What the structure levels are worked out from: a heading's id, level and displayed title (a
 * prepared `HeadingEntry`, or a heading the layout placed).
 *
 * @example
 * const h: LeveledHeading = { id: "art-1", level: 1, title: "Article 1 – Objet" };
 */
export interface LeveledHeading {
  readonly id: string;
  readonly level: number;
  readonly title: string;
}

const HEADINGS = ["H1", "H2", "H3", "H4", "H5", "H6"] as const satisfies readonly StructRole[];

/**
 * What the layout needs to tag a document: the `Document` element every block's element goes
 * under, and the structure type of each heading.
 *
 * @example
 * const tags = documentTags(prepared.headings);
 * tags.headingRole("art-1") //=> "H1"
 */
export interface DocumentTags {
  readonly root: StructNode;
  /** `H1`–`H6` for the heading with this id (`H1` for an unknown one). */
  headingRole(id: string): StructRole;
}

/**
 * The heading levels of the structure tree: each heading's level, brought up so that none is
 * skipped and the first is 1 (PDF/UA: numbered headings start at `H1` and go down one level at a
 * time). A level 3 straight after a level 1 is tagged `H2`; going back up is free. Headings
 * whose title is blank draw nothing and are left out. The visible size stays the document's.
 *
 * @example
 * structureLevels([{ id: "a", level: 2, title: "A" }, { id: "b", level: 4, title: "B" }, { id: "c", level: 1, title: "C" }])
 * //=> Map { "a" => 1, "b" => 2, "c" => 1 }
 */
export function structureLevels(headings: readonly LeveledHeading[]): Map<string, number> {
  const out = new Map<string, number>();
  let previous = 0;
  for (const h of headings) {
    if (h.title.trim() === "" || out.has(h.id)) continue;
    const level = Math.min(h.level, previous + 1);
    out.set(h.id, level);
    previous = level;
  }
  return out;
}

/**
 * A fresh `Document` element and the heading levels of {@link structureLevels}, for one render.
 *
 * @example
 * documentTags(prepared.headings).root.role //=> "Document"
 */
export function documentTags(headings: readonly LeveledHeading[]): DocumentTags {
  const levels = structureLevels(headings);
  return {
    root: new StructNode("Document"),
    headingRole: (id) => HEADINGS[(levels.get(id) ?? 1) - 1] ?? "H6",
  };
}
