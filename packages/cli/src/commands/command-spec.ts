import type { BatchRunner } from "../batch/batch-runner";
import type { CliStream } from "../cli-io";
import type { CliFileSystem } from "../file-system";
import type { CliLang, Localized } from "../localized";
import type { OptionSpecs, OptionValues } from "../options/option-kinds";
import type { DocumentRenderer } from "../output/document-renderer";
import type { TerminalStyle } from "../output/terminal-style";

/**
 * What a command runs with: its typed options and its arguments, the language of what it
 * prints, and the outside world, resolved (`resolve` turns a path typed by the person into an
 * absolute one against the working folder).
 *
 * @example
 * const file = ctx.resolve(ctx.positionals[0] ?? "contrat.yaml");
 */
export interface CommandContext<O extends OptionSpecs = OptionSpecs> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
  readonly lang: CliLang;
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Colours and width of each stream (no colour unless a terminal asks for it). */
  readonly style: { readonly stdout: TerminalStyle; readonly stderr: TerminalStyle };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fs: CliFileSystem;
  readonly now: () => number;
  /** How `pacte batch` runs its jobs: worker threads once built. */
  readonly batchRunner: BatchRunner;
  /** How `render` and `amend` render a document: on a worker thread once built. */
  readonly renderer: DocumentRenderer;
  readonly resolve: (path: string) => string;
}

/**
 * A sub-command of `pacte`: name, one-line summary, usage line, options (declared once, typed
 * from their declaration), allowed arguments, a worked example for `--help`, and `run`, which
 * returns the exit code (the errors it throws are turned into messages and exit codes by
 * `runCli`). Every text is in French and English.
 *
 * @example
 * const cmd = defineCommand({ name: "schema", summary, usage: "pacte schema [--out FICHIER]", options: {}, positionals: { min: 0, max: 0, name }, example: "pacte schema", run: async () => 0 });
 */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly summary: Localized;
  readonly usage: Localized | string;
  readonly description?: Localized | undefined;
  readonly options: O;
  /** Allowed number of positional arguments, and what they are, for the messages. */
  readonly positionals: { readonly min: number; readonly max: number; readonly name: Localized };
  readonly example: Localized | string;
  run(ctx: CommandContext<O>): Promise<number>;
}

/**
 * Declares a command; the types of `ctx.values` in `run` follow from `options`. The result is
 * frozen.
 *
 * @example
 * defineCommand({ name: "schema", …, options: { force: FORCE_OPTION }, run: async (ctx) => (ctx.values.force ? 0 : 1) })
 */
export function defineCommand<O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return deepFreeze({ ...spec });
}

/**
 * Freezes an object and every object and array in it, also inside parts already frozen on their
 * own (an option's spec is, its `help` text was not); functions are left as they are.
 */
function deepFreeze<T>(value: T, seen: Set<object> = new Set()): T {
  if (typeof value === "object" && value !== null && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  return value;
}
