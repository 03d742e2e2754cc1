import type { IssuePath } from "@pacte/issues";
import type { Heading, Toc } from "./block";
import type { Document } from "./document";
import { walkBlocks } from "./visit-blocks";

/**
 * The deepest heading level a table of contents lists when it names no `maxLevel`: all four.
 *
 * @example
 * DEFAULT_TOC_MAX_LEVEL //=> 4
 */
export const DEFAULT_TOC_MAX_LEVEL = 4;

/**
 * A heading as every part of a rendering knows it: the table of contents, the outline
 * (bookmarks), references, the heading itself.
 *
 * @example
 * const h: HeadingEntry = { id: "art-5", level: 1, label: "Article 5", text: "Objet", title: "Article 5 – Objet", listed: true, path: ["body", 7] };
 */
export interface HeadingEntry {
  readonly id: string;
  readonly level: Heading["level"];
  /** The numbering label ("Article 5"), `""` when there is none. */
  readonly label: string;
  readonly text: string;
  /** What the heading displays: label, the theme's separator and text ("Article 5 – Objet"), or whichever of the two it has. */
  readonly title: string;
  /** Listed in tables of contents and in the outline: not `toc: false`, and a title that is not blank. */
  readonly listed: boolean;
  /** Where the heading is in the document (`body[7]`, `body[3].blocks[0]`). */
  readonly path: IssuePath;
}

/**
 * The title a heading displays: its label, the separator and its text ("Article 5 – Objet"),
 * or whichever of the two it has.
 *
 * @example
 * headingTitle({ label: "Article 5", text: "Objet" }, " – ") //=> "Article 5 – Objet"
 * headingTitle({ label: "Annexe 1", text: "" }, " – ") //=> "Annexe 1"
 * headingTitle({ text: "Préambule" }, " – ") //=> "Préambule"
 */
export function headingTitle(heading: Pick<Heading, "label" | "text">, separator: string): string {
  const label = heading.label ?? "";
  if (label === "") return heading.text;
  return heading.text === "" ? label : `${label}${separator}${heading.text}`;
}

/**
 * Every heading of a document in reading order (inside keep-together groups too), with its
 * displayed title.
 *
 * @example
 * headingIndex({ meta, body: [{ type: "heading", level: 1, id: "a1", label: "Article 1", text: "Objet" }] }, " – ")[0]?.title
 * //=> "Article 1 – Objet"
 */
export function headingIndex(document: Pick<Document, "body">, separator: string): HeadingEntry[] {
  const out: HeadingEntry[] = [];
  for (const { block, path } of walkBlocks(document.body, ["body"])) {
    if (block.type !== "heading") continue;
    const title = headingTitle(block, separator);
    out.push({
      id: block.id,
      level: block.level,
      label: block.label ?? "",
      text: block.text,
      title,
      listed: block.toc !== false && title.trim() !== "",
      path,
    });
  }
  return out;
}

/**
 * What a reference without its own text shows for each heading id: the heading's label
 * ("Article 5"), else its title.
 *
 * @example
 * referenceLabels([{ id: "a5", level: 1, label: "Article 5", text: "Objet", title: "Article 5 – Objet", listed: true, path: [] }]).get("a5")
 * //=> "Article 5"
 */
export function referenceLabels(headings: readonly HeadingEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of headings) if (!out.has(h.id)) out.set(h.id, h.label !== "" ? h.label : h.title);
  return out;
}

/**
 * The headings a table of contents lists: the listed ones down to its `maxLevel`
 * ({@link DEFAULT_TOC_MAX_LEVEL} when absent).
 *
 * @example
 * tocEntries({ type: "toc", maxLevel: 1 }, headings).every((h) => h.level === 1) //=> true
 */
export function tocEntries(toc: Pick<Toc, "maxLevel">, headings: readonly HeadingEntry[]): HeadingEntry[] {
  const max = toc.maxLevel ?? DEFAULT_TOC_MAX_LEVEL;
  return headings.filter((h) => h.listed && h.level <= max);
}
