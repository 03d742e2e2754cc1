import { PacteError, type Lang } from "@pacte/model";
import { placeholderIssues } from "../internal/placeholders";
import type { DraftOptions } from "./draft-marks";

/**
 * Refuses to compose the version to sign of a text that still holds a template's waiting text
 * (« Prénom Nom », « à compléter »): throws a `PacteError` with one `contract.placeholder` error
 * per placeholder, at its path in `input` — so `pacte init` followed by `pacte render` fails
 * with one line each. A draft (`options.draft`) is composed anyway: it is marked « PROJET ».
 *
 * @example
 * assertFinalVersion(initInput, {}) // throws PacteError: contract.placeholder at state.prefet.name, …
 * assertFinalVersion(initInput, { draft: true }) // composes the draft
 */
export function assertFinalVersion(input: unknown, options: DraftOptions & { readonly lang?: Lang | undefined }): void {
  if (options.draft === true) return;
  const issues = placeholderIssues(input, { lang: options.lang ?? "fr" });
  if (issues.length > 0) throw new PacteError(issues);
}
