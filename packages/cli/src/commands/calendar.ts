import { contractObligations, toICalendar } from "@pacte/contract";
import { writeFileAtomic } from "../atomic-write";
import type { CommandSpec } from "../command-spec";
import { formatIssuesText } from "../format-issues";
import { loadContract } from "../load-contract";
import { langOption, maxSizeOption, stringOption } from "../option-values";
import { shownPath } from "../write-outputs";

const USAGE = "pacte calendar FICHIER [--out FICHIER.ics] [--force]";

/**
 * `pacte calendar FICHIER`: the contract's obligations (yearly reports, committee meetings,
 * payments, end of the contract) as an iCalendar file, on the standard output or into `--out`.
 * Exit 1 when the contract is invalid.
 *
 * @example
 * await runCli(["calendar", "contrat.yaml", "--out", "echeances.ics"], io) //=> 0
 */
export const calendarCommand: CommandSpec = {
  name: "calendar",
  summary: "écrit les échéances d’un contrat au format iCalendar (.ics)",
  usage: USAGE,
  description: "Rapports annuels, comités, versements et fin du contrat, datés d’après le contrat ; à importer dans un agenda.",
  options: {
    out: { type: "string", short: "o", value: "FICHIER.ics", help: "fichier à écrire (sortie standard par défaut)" },
    force: { type: "boolean", short: "f", help: "remplace le fichier s’il existe" },
    lang: { type: "string", value: "fr|en", help: "langue des messages (fr par défaut)" },
    "max-size": { type: "string", value: "TAILLE", help: "taille maximale du fichier d’entrée (5M par défaut)" },
  },
  positionals: { min: 1, max: 1, name: "un fichier de contrat (YAML ou JSON)" },
  example: "pacte calendar contrat.yaml --out echeances.ics",
  async run(ctx) {
    const lang = langOption(ctx.values, USAGE);
    const file = ctx.positionals[0] ?? "";
    const r = await loadContract(ctx, file, { lang, maxSize: maxSizeOption(ctx.values, USAGE) });
    if (r.contract === undefined) {
      ctx.stderr.write(`${formatIssuesText(file, r.issues, lang)}\n`);
      return 1;
    }
    const c = r.contract;
    const ics = toICalendar(contractObligations(c), { reference: c.reference, stamp: c.signature.date, name: `${c.title} ${c.reference}` });
    const out = stringOption(ctx.values, "out");
    if (out === undefined) {
      ctx.stdout.write(ics);
      return 0;
    }
    const target = ctx.resolve(out);
    await writeFileAtomic(ctx.fs, target, new TextEncoder().encode(ics), { force: ctx.values.force === true, shown: shownPath(target, ctx.cwd) });
    const n = contractObligations(c).length;
    ctx.stdout.write(`écrit ${shownPath(target, ctx.cwd)} (${n} échéance${n > 1 ? "s" : ""})\n`);
    return 0;
  },
};
