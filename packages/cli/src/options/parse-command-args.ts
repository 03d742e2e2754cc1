import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../cli-error";
import type { CommandSpec } from "../commands/command-spec";
import type { CliLang } from "../localized";
import { langOfArgs } from "./lang-of-args";
import { flagOption, type OptionSpec, type OptionSpecs, type OptionValues, type RawOptionValue } from "./option-kinds";
import { LANG_OPTION } from "./shared-options";

/**
 * `--help` (`-h`), which every command takes.
 *
 * @example
 * HELP_OPTION.short //=> "h"
 */
export const HELP_OPTION: OptionSpec<boolean> = flagOption({ fr: "affiche cette aide", en: "shows this help" }, "h");

/**
 * The options every command takes besides its own: `--help` and `--lang`.
 *
 * @example
 * Object.keys(COMMON_OPTIONS) //=> ["lang", "help"]
 */
export const COMMON_OPTIONS: Readonly<{ lang: OptionSpec<"fr" | "en">; help: OptionSpec<boolean> }> = Object.freeze({ lang: LANG_OPTION, help: HELP_OPTION });

/** A command's own options and the common ones. */
export type WithCommonOptions<O extends OptionSpecs> = O & typeof COMMON_OPTIONS;

// Node's messages quote the option as '-o, --out <value>' or '--frobnicate': prefer the long name.
function optionName(message: string): string | undefined {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  return /--[A-Za-z0-9][A-Za-z0-9-]*/.exec(quoted)?.[0] ?? /-[A-Za-z0-9]/.exec(quoted)?.[0];
}

/**
 * Parses a command's arguments strictly with `node:util`'s `parseArgs`, then each option through
 * its declaration: an unknown option (with the nearest known one), an option without its value, a
 * value given to a switch, a bad value, or a missing or extra argument throws a
 * {@link UsageError} in both languages. `--help` skips the checks of the arguments.
 *
 * @throws {UsageError}
 * @example
 * (await parseCommandArgs(validateCommand, ["a.yaml", "--lang", "en"])).values.lang //=> "en"
 * await parseCommandArgs(validateCommand, ["--jsno"]) // throws « option inconnue « --jsno » pour « pacte validate » ; vouliez-vous dire « --json » ? »
 */
export async function parseCommandArgs<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): Promise<{ values: OptionValues<WithCommonOptions<O>>; positionals: string[]; lang: CliLang }> {
  const all: OptionSpecs = { ...spec.options, ...COMMON_OPTIONS };
  const config: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries(all)) {
    config[name] = { type: o.type, ...(o.short !== undefined ? { short: o.short } : {}), ...(o.multiple === true ? { multiple: true } : {}) };
  }
  const lang = langOfArgs(argv);
  const command = `pacte ${spec.name}`;
  let parsed: { values: Record<string, RawOptionValue>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : String(e);
    const name = optionName(message) ?? "?";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const { closestMatch } = await import("@pacte/issues");
      const near = name.startsWith("--") ? closestMatch(name.slice(2), Object.keys(all)) : undefined;
      throw new UsageError(
        {
          fr: `option inconnue « ${name} » pour « ${command} »${near !== undefined ? ` ; vouliez-vous dire « --${near} » ?` : ""}`,
          en: `unknown option “${name}” for “${command}”${near !== undefined ? `; did you mean “--${near}”?` : ""}`,
        },
        spec.usage,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (/does not take an argument/.test(message)) {
        throw new UsageError({ fr: `l’option « ${name} » ne prend pas de valeur`, en: `the option “${name}” takes no value` }, spec.usage);
      }
      throw new UsageError({ fr: `l’option « ${name} » attend une valeur`, en: `the option “${name}” needs a value` }, spec.usage);
    }
    throw new UsageError({ fr: `arguments invalides pour « ${command} »`, en: `invalid arguments for “${command}”` }, spec.usage);
  }
  const values: Record<string, unknown> = {};
  const help = HELP_OPTION.parse(parsed.values.help, "help", lang);
  for (const [name, o] of Object.entries(all)) {
    try {
      values[name] = o.parse(parsed.values[name], name, lang);
    } catch (e) {
      if (help && e instanceof UsageError) continue;
      throw e instanceof UsageError ? new UsageError(e.localized, spec.usage) : e;
    }
  }
  const result = { values: values as OptionValues<WithCommonOptions<O>>, positionals: parsed.positionals, lang };
  if (help) return result;
  const n = parsed.positionals.length;
  if (n < spec.positionals.min) {
    throw new UsageError({ fr: `« ${command} » attend ${spec.positionals.name.fr}`, en: `“${command}” expects ${spec.positionals.name.en}` }, spec.usage);
  }
  if (n > spec.positionals.max) {
    const extra = parsed.positionals[spec.positionals.max] ?? "";
    throw new UsageError({ fr: `argument en trop « ${extra} » pour « ${command} »`, en: `extra argument “${extra}” for “${command}”` }, spec.usage);
  }
  return result;
}
