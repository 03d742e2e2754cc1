import type { CliStream } from "./cli-io";
import type { CliFileSystem } from "./file-system";
import type { BatchRunner } from "./batch-runner";

/**
 * One option of a command: its type, an optional one-letter alias, whether it repeats, the
 * placeholder shown in the help (`DOSSIER`), and a one-line help in French.
 *
 * @example
 * const out: OptionSpec = { type: "string", value: "DOSSIER", help: "dossier de sortie" };
 */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string | undefined;
  readonly multiple?: boolean | undefined;
  readonly value?: string | undefined;
  readonly help: string;
}

/** The values parsed for a command's options (`undefined` when absent). */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/**
 * What a command runs with: its parsed options and arguments, and the outside world, resolved
 * (`resolve` turns a path typed by the person into an absolute one against the working folder).
 *
 * @example
 * const file = ctx.resolve(ctx.positionals[0] ?? "contrat.yaml");
 */
export interface CommandContext {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fs: CliFileSystem;
  readonly now: () => number;
  readonly batchRunner: BatchRunner | undefined;
  readonly resolve: (path: string) => string;
}

/**
 * A sub-command of `pacte`: name, one-line summary, usage line, options, a worked example for
 * `--help`, and `run`, which returns the exit code (errors it throws are turned into messages and
 * exit codes by `runCli`).
 *
 * @example
 * const cmd: CommandSpec = { name: "schema", summary: "…", usage: "pacte schema [--out FICHIER]", options: {}, example: "pacte schema --out contrat.schema.json", run: async () => 0 };
 */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly description?: string | undefined;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly example: string;
  /** Allowed number of positional arguments. */
  readonly positionals: { readonly min: number; readonly max: number; readonly name: string };
  run(ctx: CommandContext): Promise<number>;
}
