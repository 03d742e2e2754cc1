// The public surface of @pacte/docx. Hand-written: every name here is a promise.

export { renderDocx, type RenderDocxOptions } from "./render-docx";
