import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./cli-error";
import type { CommandSpec, OptionSpec, OptionValues } from "./command-spec";

/**
 * `--help` (`-h`), which every command takes.
 *
 * @example
 * HELP_OPTION.short //=> "h"
 */
export const HELP_OPTION: OptionSpec = { type: "boolean", short: "h", help: "affiche cette aide" };

// Node's messages quote the option as '-o, --out <value>' or '--frobnicate': prefer the long name.
function optionName(message: string): string | undefined {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  return /--[A-Za-z0-9][A-Za-z0-9-]*/.exec(quoted)?.[0] ?? /-[A-Za-z0-9]/.exec(quoted)?.[0];
}

/**
 * Parses a command's arguments strictly with `node:util`'s `parseArgs`: an unknown option, an
 * option without its value, a value given to a switch or a missing or extra argument throws a
 * {@link UsageError} whose French message names the culprit and carries the command's usage.
 *
 * @throws {UsageError}
 * @example
 * parseCommandArgs(validateCommand, ["a.yaml", "--lang", "en"]).values.lang //=> "en"
 * parseCommandArgs(validateCommand, ["--frobnicate"]) // throws « option inconnue « --frobnicate » pour « pacte validate » »
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): { values: OptionValues; positionals: string[] } {
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP_OPTION })) {
    options[name] = { type: o.type, ...(o.short !== undefined ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : String(e);
    const name = optionName(message) ?? "?";
    const command = `pacte ${spec.name}`;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`option inconnue « ${name} » pour « ${command} »`, spec.usage);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (/does not take an argument/.test(message)) throw new UsageError(`l’option « ${name} » ne prend pas de valeur`, spec.usage);
      throw new UsageError(`l’option « ${name} » attend une valeur`, spec.usage);
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError(`argument inattendu pour « ${command} »`, spec.usage);
    throw new UsageError(`arguments invalides pour « ${command} »`, spec.usage);
  }
  const values = parsed.values as OptionValues;
  if (values.help === true) return { values, positionals: parsed.positionals };
  const n = parsed.positionals.length;
  if (n < spec.positionals.min) {
    throw new UsageError(`« pacte ${spec.name} » attend ${spec.positionals.name}`, spec.usage);
  }
  if (n > spec.positionals.max) {
    const extra = parsed.positionals[spec.positionals.max] ?? "";
    throw new UsageError(`argument en trop « ${extra} » pour « pacte ${spec.name} »`, spec.usage);
  }
  return { values, positionals: parsed.positionals };
}

/**
 * The `--help` text of a command: summary, usage, options with their help, and the example.
 *
 * @example
 * commandHelp(schemaCommand).split("\n")[0] //=> "pacte schema — écrit le schéma JSON de l’entrée d’un contrat"
 */
export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, o]) => {
    const flag = `${o.short !== undefined ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALEUR"}` : ""}`;
    return { flag, help: o.help };
  });
  const width = Math.max(...rows.map((r) => r.flag.length));
  return [
    `pacte ${spec.name} — ${spec.summary}`,
    "",
    `Usage : ${spec.usage}`,
    ...(spec.description !== undefined ? ["", spec.description] : []),
    "",
    "Options :",
    ...rows.map((r) => `  ${r.flag.padEnd(width)}  ${r.help}`),
    "",
    "Exemple :",
    ...spec.example.split("\n").map((l) => `  ${l}`),
    "",
  ].join("\n");
}
