import { countOf, sayer } from "../localized";
import { clipText } from "../output/clip-text";
import { flagOption, isoDateOption } from "../options/option-kinds";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte collectivites [RECHERCHE]`: searches the reference data (collectivities with
 * departmental powers, métropoles) on a date (2024-01-01 by default) and prints a table, or JSON
 * with `--json`. A département code lists everything in it; an ambiguous query is explained, with
 * what to type instead. Exit 1 when nothing matches.
 *
 * @example
 * await runCli(["collectivites", "69"], io) //=> 0, lists the Département du Rhône and the Métropole de Lyon
 */
export const collectivitesCommand = defineCommand({
  name: "collectivites",
  summary: COMMAND_SUMMARIES.collectivites,
  usage: { fr: "pacte collectivites [RECHERCHE] [--date AAAA-MM-JJ] [--json]", en: "pacte collectivites [QUERY] [--date YYYY-MM-DD] [--json]" },
  description: {
    fr: "RECHERCHE : un code (23D, 6AE, 69M), un SIREN, un code de département (69 : tout ce qui s’y trouve) ou un nom (sans tenir compte des accents ni des majuscules).",
    en: "QUERY: a code (23D, 6AE, 69M), a SIREN, a département code (69: everything in it) or a name (accents and case do not matter).",
  },
  options: {
    date: isoDateOption({ fr: "collectivités en vigueur à cette date (2024-01-01 par défaut)", en: "collectivities in force on that date (2024-01-01 by default)" }),
    json: flagOption({ fr: "sortie JSON", en: "JSON output" }),
  },
  positionals: { min: 0, max: 1, name: { fr: "au plus une recherche", en: "at most one query" } },
  example: "pacte collectivites 69\npacte collectivites alsace --date 2020-06-01",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const [{ searchTerritories }, { formatTable }, { writtenDate }, { wrapText }] = await Promise.all([
      import("../input/territory-search"),
      import("../output/text-table"),
      import("../output/written-date"),
      import("../output/wrap-text"),
    ]);
    const asOf = ctx.values.date;
    const query = ctx.positionals[0];
    const found = searchTerritories(query, asOf, ctx.lang);
    if (found.note !== undefined) ctx.stderr.write(`${wrapText(found.note, ctx.style.stderr.width)}\n`);
    if (ctx.values.json) {
      ctx.stdout.write(`${JSON.stringify(found.rows, null, 2)}\n`);
      return found.found ? 0 : 1;
    }
    const on = asOf !== undefined ? say(` au ${writtenDate(asOf, "fr")}`, ` on ${writtenDate(asOf, "en")}`) : "";
    if (!found.found) {
      ctx.stderr.write(
        say(
          `Aucune collectivité ni métropole ne correspond à « ${clipText(query ?? "")} »${on}. La liste complète : pacte collectivites\n`,
          `No collectivity or métropole matches “${clipText(query ?? "")}”${on}. The full list: pacte collectivites\n`,
        ),
      );
      return 1;
    }
    const kind = (r: { kind: string; metropole: boolean }): string =>
      r.kind === "metropole" ? say("métropole", "métropole") : r.metropole ? say("collectivité, métropole", "collectivity, métropole") : say("collectivité", "collectivity");
    const table = formatTable(
      ["Code", say("Nom", "Name"), "Type", say("Dép.", "Dept."), "SIREN"],
      found.rows.map((r) => [r.code ?? "—", r.name, kind(r), r.departements.join(", "), r.siren ?? "—"]),
      { maxWidth: [6, 48, 24, 10, 9] },
    );
    ctx.stdout.write(`${table}\n\n${countOf(found.rows.length, { fr: ["résultat", "résultats"], en: ["result", "results"] }, ctx.lang)}${on}.\n`);
    return 0;
  },
});
