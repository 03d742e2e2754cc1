// The public surface of @pacte/cli: the `pacte` command as a function, for tests and for tools
// that embed it. Hand-written: every name here is a promise.

export { runCli, COMMANDS, globalHelp } from "./run-cli";
export { EXIT_CODES } from "./exit-codes";
export { CLI_VERSION } from "./version";
export type { CliIo, CliStream } from "./cli-io";
export { nodeFileSystem, type CliFileInfo, type CliFileSystem, type CliWriteHandle } from "./file-system";
export { inProcessBatchRunner, workerBatchRunner, type BatchRunner } from "./batch-runner";
export type { BatchJob, BatchJobResult } from "./batch-job";
export { CLI_ISSUE_CODES, type CliIssueCode } from "./cli-issue";
export { toJsonIssues, type JsonIssue } from "./format-issues";
export type { CommandSpec } from "./command-spec";
