// Helpers to shape and break text in unit tests with the shipped font.
import { prepareDocumentOrThrow, type Block } from "@pacte/document";
import { FontStack } from "../fonts/font-stack";
import { pacteSans } from "../fonts/pacte-sans";
import type { Issue } from "@pacte/issues";
import type { TextLine } from "../layout/break-lines";
import type { LayoutContext } from "../layout/layout-context";
import type { RunStyle } from "../layout/run-style";
import { Shaper } from "../layout/shape-text";
import { documentTags } from "../tagging/document-tags";
import { frenchHyphenation } from "../layout/french-hyphenation";

/** A plain 10-point regular style. */
export const plain: RunStyle = { font: "regular", size: 10, rise: 0, color: "000000", underline: false, link: null, field: null };

/** A shaper over Pacte Sans, and the issues it reports. */
export function testShaper(): { shaper: Shaper; stack: FontStack; issues: Issue[] } {
  const stack = FontStack.create("Pacte Sans", [pacteSans()]);
  const issues: Issue[] = [];
  return { shaper: new Shaper(stack, issues, "fr"), stack, issues };
}

/** A layout context with the default theme and A4 frame, prepared from `body` (by default one heading, art-1 "Article 1 – Objet"). */
export function testContext(options: { hyphenate?: boolean; body?: Block[] } = {}): LayoutContext {
  const { shaper, stack, issues } = testShaper();
  const body = options.body ?? [{ type: "heading", level: 1, id: "art-1", label: "Article 1", text: "Objet" }];
  const prepared = prepareDocumentOrThrow({ meta: { title: "Test", createdAt: "2024-01-01" }, body });
  return {
    prepared,
    theme: prepared.theme,
    stack,
    shaper,
    frame: prepared.geometry,
    hyphenate: options.hyphenate === true ? frenchHyphenation : null,
    issues,
    lang: "fr",
    tags: documentTags(prepared.headings),
  };
}

/** The text of a line as drawn (source characters, spaces as " "). */
export function lineText(line: TextLine): string {
  return line.items.map((i) => (i.isSpace ? " " : String.fromCodePoint(...i.piece.src))).join("");
}
