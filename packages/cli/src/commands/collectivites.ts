import type { CommandSpec } from "../command-spec";
import { dateOption, stringOption } from "../option-values";
import { searchCollectivites } from "../search-collectivites";
import { formatTable } from "../text-table";

const USAGE = "pacte collectivites [RECHERCHE] [--date AAAA-MM-JJ] [--json]";

/**
 * `pacte collectivites [RECHERCHE]`: searches the reference data (collectivities with
 * departmental powers, métropoles) and prints a table, or JSON with `--json`. Exit 1 when
 * nothing matches.
 *
 * @example
 * await runCli(["collectivites", "creuse"], io) //=> 0
 */
export const collectivitesCommand: CommandSpec = {
  name: "collectivites",
  summary: "cherche une collectivité ou une métropole dans les données de référence",
  usage: USAGE,
  description: "RECHERCHE : un code (23D, 6AE, 69M), un SIREN, un code de département ou un nom (sans tenir compte des accents ni des majuscules).",
  options: {
    date: { type: "string", value: "AAAA-MM-JJ", help: "collectivités en vigueur à cette date (2024-01-01 par défaut)" },
    json: { type: "boolean", help: "sortie JSON" },
  },
  positionals: { min: 0, max: 1, name: "au plus une recherche" },
  example: "pacte collectivites creuse\npacte collectivites alsace --date 2020-06-01",
  async run(ctx) {
    const asOf = dateOption(ctx.values, "date", USAGE);
    const query = ctx.positionals[0];
    const rows = searchCollectivites(query, asOf);
    if (ctx.values.json === true) {
      ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return rows.length > 0 ? 0 : 1;
    }
    if (rows.length === 0) {
      ctx.stderr.write(`Aucune collectivité ni métropole ne correspond à « ${query ?? ""} »${asOf !== undefined ? ` au ${asOf}` : ""}.\n`);
      return 1;
    }
    const table = formatTable(
      ["Code", "Nom", "Type", "Dép.", "SIREN"],
      rows.map((r) => [r.code ?? "—", r.name, r.kind === "metropole" ? "métropole" : "collectivité", r.departements.join(", "), r.siren ?? "—"]),
      { maxWidth: [6, 48, 12, 10, 9] },
    );
    ctx.stdout.write(`${table}\n\n${rows.length} résultat${rows.length > 1 ? "s" : ""}${stringOption(ctx.values, "date") !== undefined ? ` au ${asOf}` : ""}.\n`);
    return 0;
  },
};
