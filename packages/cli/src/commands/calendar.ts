import { sayer } from "../localized";
import { FORCE_OPTION, MAX_SIZE_OPTION, outOption } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte calendar FICHIER`: the contract's obligations (yearly reports, committee meetings,
 * payments, end of the contract) as an iCalendar file, on the standard output or into `--out`.
 * Exit 1 when the contract is invalid.
 *
 * @example
 * await runCli(["calendar", "contrat.yaml", "--out", "echeances.ics"], io) //=> 0
 */
export const calendarCommand = defineCommand({
  name: "calendar",
  summary: COMMAND_SUMMARIES.calendar,
  usage: { fr: "pacte calendar FICHIER [--out FICHIER.ics] [--force]", en: "pacte calendar FILE [--out FILE.ics] [--force]" },
  description: {
    fr: "Rapports annuels, comités, versements et fin du contrat, datés d’après le contrat ; à importer dans un agenda.",
    en: "Yearly reports, committees, payments and the end of the contract, dated from the contract; to import into a calendar.",
  },
  options: {
    out: outOption("file", { fr: "fichier à écrire (sortie standard par défaut)", en: "file to write (standard output by default)" }, { fr: "FICHIER.ics", en: "FILE.ics" }),
    force: FORCE_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: 1, name: { fr: "un fichier de contrat (YAML ou JSON)", en: "a contract file (YAML or JSON)" } },
  example: "pacte calendar contrat.yaml --out echeances.ics",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const [{ loadContract }, { formatIssuesText }, { writeOneFile }, { contractObligations, toICalendar }] = await Promise.all([
      import("../input/load-contract"),
      import("../output/format-issues"),
      import("../output/write-outputs"),
      import("@pacte/contract"),
    ]);
    const file = ctx.positionals[0] ?? "";
    const r = await loadContract(ctx, file, { lang: ctx.lang, maxSize: ctx.values["max-size"] });
    if (r.issues.length > 0) ctx.stderr.write(`${formatIssuesText(file, r.issues, ctx.lang, ctx.style.stderr)}\n`);
    if (r.contract === undefined) return 1;
    const c = r.contract;
    const obligations = contractObligations(c);
    const ics = toICalendar(obligations, { reference: c.reference, stamp: c.signature.date, name: `${c.title} ${c.reference}` });
    const out = ctx.values.out;
    if (out === undefined) {
      ctx.stdout.write(ics);
      return 0;
    }
    const shown = await writeOneFile(ctx, ctx.resolve(out), new TextEncoder().encode(ics), { force: ctx.values.force });
    const n = obligations.length;
    ctx.stdout.write(say(`écrit ${shown} (${n} échéance${n > 1 ? "s" : ""})\n`, `wrote ${shown} (${n} deadline${n === 1 ? "" : "s"})\n`));
    return 0;
  },
});
