// The public surface of @pacte/issues. Hand-written: every name here is a promise.

export {
  IssuePathSchema,
  IssueSchema,
  IssueSeveritySchema,
  LangSchema,
  type Issue,
  type IssuePath,
  type IssueSeverity,
  type Lang,
} from "./issue";
export { formatPath } from "./format-path";
export { fail, ok, resultOf, type Result } from "./result";
export { PacteError, type PacteErrorOptions } from "./pacte-error";
export {
  defineIssueCatalog,
  type IssueCatalog,
  type IssueCatalogSpec,
  type IssueParams,
  type MessageFn,
  type ParamsOf,
} from "./issue-catalog";
export { deepFreeze } from "./deep-freeze";
export { closestMatch, type ClosestMatchOptions } from "./closest-match";
export { show, showList } from "./show";
export {
  addCatalogIssue,
  fromZodIssues,
  safeParseWith,
  zodMessage,
  type FromZodOptions,
  type ZodIssueMapping,
} from "./zod-issues";
