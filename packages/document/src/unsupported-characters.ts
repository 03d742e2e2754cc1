import type { Issue, IssuePath, Lang } from "@pacte/issues";
import { characterIssues } from "./internal/checks";

/**
 * The characters neither renderer can draw (the repertoire of `validateDocument`: Latin with its
 * extensions, Vietnamese included, Greek, Cyrillic, common punctuation and symbols), in every
 * string of `value` — any plain data, such as a contract's input or an execution report — with
 * its path under `path`: one `document.unsupported_character` error per string that holds one
 * (the first such character, how many there are, and an excerpt). A library that turns its input
 * into a document calls it when the input is checked, so that the problem is reported at the
 * input's own path (and line) by `validate`, not at a path of the composed document when it is
 * rendered. Characters that compose with combining accents into a supported letter are accepted.
 *
 * @example
 * unsupportedCharacterIssues({ name: "Nguyễn Thị Lộc" }) //=> []
 * unsupportedCharacterIssues({ name: "Anne 😀" }, ["state"])[0]?.path //=> ["state", "name"]
 */
export function unsupportedCharacterIssues(value: unknown, path: IssuePath = [], options: { readonly lang?: Lang | undefined } = {}): Issue[] {
  return characterIssues(value, path, options.lang ?? "fr").filter((i) => i.code === "document.unsupported_character");
}
