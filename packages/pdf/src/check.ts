// The public surface of @pacte/pdf/check: the structure checker of tagged PDFs (PDF/UA-1), for
// tests and tools. It reads a PDF with pdf-lib only, so it runs wherever the renderer runs.
// Hand-written: every name here is a promise.

export { checkTaggedPdf, type CheckFailure, type StructElementInfo, type TaggedPdfReport } from "./check/check-tagged-pdf";
export { CHECKPOINTS, type CheckpointId } from "./check/checkpoints";
export { stripArtifacts } from "./check/strip-artifacts";
