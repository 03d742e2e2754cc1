// The public surface of @pacte/cli: the `pacte` command as a function, for tests and for tools
// that embed it. Hand-written: every name here is a promise.

export { runCli, COMMANDS } from "./run-cli";
export { globalHelp } from "./global-help";
export { EXIT_CODES } from "./exit-codes";
export { CLI_VERSION } from "./version";
export type { CliIo, CliStream } from "./cli-io";
export type { CliLang, Localized } from "./localized";
export { nodeFileSystem, type BoundedRead, type CliFileInfo, type CliFileKind, type CliFileSystem, type CliWriteHandle } from "./file-system";
export { inProcessBatchRunner, workerBatchRunner, type BatchRunner } from "./batch/batch-runner";
export { workerScriptPath } from "./batch/worker-protocol";
export type { BatchJob, BatchJobResult } from "./batch/batch-job";
export { inProcessDocumentRenderer, type DocumentRenderer, type DocumentRenderResult } from "./output/document-renderer";
export type { DocumentSource } from "./output/document-source";
export type { RenderedFile, RenderFilesOptions } from "./output/render-files";
export type { OutputFormat } from "./output/output-format";
export { CLI_ISSUE_CODES, type CliIssueCode } from "./input/cli-issue";
export type { JsonFileReport } from "./output/format-issues";
export type { CommandContext, CommandSpec } from "./commands/command-spec";
export type { OptionSpec, OptionSpecs, OptionValues } from "./options/option-kinds";
export { readSheetBytes, readSheetFile, sheetFileFormat, type ReadSheetOptions } from "./sheet/read-sheet";
