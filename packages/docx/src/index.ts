// The public surface of @pacte/docx. Hand-written: every name here is a promise.

export { renderDocx, type RenderDocxOptions } from "./render-docx";
// The one error model lives in @pacte/issues; its core is re-exported for convenience.
export { PacteError, formatPath, type Issue, type IssuePath, type Lang } from "@pacte/issues";
