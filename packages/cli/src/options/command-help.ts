import type { CommandSpec } from "../commands/command-spec";
import { localize, type CliLang } from "../localized";
import { COMMON_OPTIONS } from "./parse-command-args";

/**
 * The `--help` text of a command: summary, usage, options with their help, and the example, in
 * `lang`.
 *
 * @example
 * commandHelp(schemaCommand).split("\n")[0] //=> "pacte schema — écrit le schéma JSON de l’entrée d’un contrat"
 * commandHelp(schemaCommand, "en").split("\n")[0] //=> "pacte schema — writes the JSON Schema of a contract input"
 */
export function commandHelp(spec: CommandSpec, lang: CliLang = "fr"): string {
  const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS }).map(([name, o]) => {
    const value = o.value !== undefined ? ` ${localize(o.value, lang)}` : o.type === "string" ? lang === "fr" ? " VALEUR" : " VALUE" : "";
    return { flag: `${o.short !== undefined ? `-${o.short}, ` : "    "}--${name}${value}`, help: localize(o.help, lang) };
  });
  const width = Math.max(...rows.map((r) => r.flag.length));
  const colon = lang === "fr" ? " :" : ":";
  return [
    `pacte ${spec.name} — ${localize(spec.summary, lang)}`,
    "",
    `Usage${colon} ${localize(spec.usage, lang)}`,
    ...(spec.description !== undefined ? ["", localize(spec.description, lang)] : []),
    "",
    `Options${colon}`,
    ...rows.map((r) => `  ${r.flag.padEnd(width)}  ${r.help}`),
    "",
    `${lang === "fr" ? "Exemple" : "Example"}${colon}`,
    ...localize(spec.example, lang).split("\n").map((l) => `  ${l}`),
    "",
  ].join("\n");
}
