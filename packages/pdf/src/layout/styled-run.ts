import type { IssuePath } from "@pacte/issues";
import type { RunStyle } from "./run-style";

/**
 * A run of text in one style, with the path of the document string it comes from (for issues),
 * or a forced line break.
 *
 * @example
 * const run: StyledRun = { text: "Article 5", style, path: ["body", 0, "text"] };
 */
export type StyledRun =
  | { readonly text: string; readonly style: RunStyle; readonly path: IssuePath }
  | { readonly lineBreak: true };
