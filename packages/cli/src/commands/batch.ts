import { availableParallelism } from "node:os";
import type { BatchJob, BatchJobResult } from "../batch/batch-job";
import { CliIoError, OverwriteError, UsageError } from "../cli-error";
import { countOf, sayer } from "../localized";
import { integerOption } from "../options/option-kinds";
import { FORCE_OPTION, FORMAT_OPTION, MAX_SIZE_OPTION, NO_PDFA_OPTION, outOption, LOW_MEMORY_OPTION } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

interface Row {
  readonly shown: string;
  status: "ok" | "invalid" | "error";
  detail: string;
  readonly ms: number;
  report?: string;
}

/**
 * `pacte batch FICHIERS|DOSSIER --out DOSSIER`: renders many contracts on worker threads
 * (`--jobs`, the machine's available parallelism by default), showing a progress bar with the
 * time left on a terminal and plain lines elsewhere, going on past a failing contract, and ending
 * with a summary table (file, status, pages and sizes or the first issue, time). Each result is
 * written before its worker gets the next contract, so memory stays flat however many inputs.
 * Exit 1 if any contract failed.
 *
 * @example
 * await runCli(["batch", "contrats/", "--out", "sortie/", "--jobs", "4"], io) //=> 0
 */
export const batchCommand = defineCommand({
  name: "batch",
  summary: COMMAND_SUMMARIES.batch,
  usage: {
    fr: "pacte batch FICHIERS|DOSSIER… --out DOSSIER [--jobs N] [--format pdf,docx] [--force] [--no-pdfa] [--low-memory]",
    en: "pacte batch FILES|FOLDER… --out FOLDER [--jobs N] [--format pdf,docx] [--force] [--no-pdfa] [--low-memory]",
  },
  description: {
    fr: "Chaque argument est un fichier ou un dossier (ses fichiers .yaml, .yml et .json). Un contrat en échec n’arrête pas les autres ; le code de sortie est 1 si l’un a échoué.",
    en: "Each argument is a file or a folder (its .yaml, .yml and .json files). A failing contract does not stop the others; the exit code is 1 if one failed.",
  },
  options: {
    out: outOption("folder", { fr: "dossier de sortie (obligatoire ; créé au besoin)", en: "output folder (required; created if needed)" }),
    jobs: integerOption({ fr: "N", en: "N" }, { fr: "nombre de fils de rendu (par défaut le nombre de cœurs disponibles)", en: "number of render threads (by default the number of available cores)" }, { short: "j" }),
    format: FORMAT_OPTION,
    force: FORCE_OPTION,
    "no-pdfa": NO_PDFA_OPTION,
    "low-memory": LOW_MEMORY_OPTION,
    "max-size": MAX_SIZE_OPTION,
  },
  positionals: { min: 1, max: Infinity, name: { fr: "des fichiers ou un dossier de contrats", en: "contract files or a folder" } },
  example: "pacte batch contrats/ --out sortie/ --jobs 4",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const lang = ctx.lang;
    const out = ctx.values.out;
    if (out === undefined) throw new UsageError({ fr: "--out DOSSIER est obligatoire", en: "--out FOLDER is required" });
    const [{ collectInputs }, { formatIssuesText }, { formatSize }, { formatTable }, { openOutputFolder, shownPath }, { createProgress, formatDuration }, { formatPath }] =
      await Promise.all([
        import("../input/collect-inputs"),
        import("../output/format-issues"),
        import("../output/format-size"),
        import("../output/text-table"),
        import("../output/write-outputs"),
        import("../batch/progress"),
        import("@pacte/issues"),
      ]);
    const inputs = await collectInputs(ctx, ctx.positionals);
    if (inputs.length === 0) throw new UsageError({ fr: "aucun fichier .yaml, .yml ou .json à traiter", en: "no .yaml, .yml or .json file to process" });
    const dir = ctx.resolve(out);
    const folder = await openOutputFolder(ctx, dir, { names: [], force: ctx.values.force });

    const jobs: BatchJob[] = inputs.map((i) => ({ file: i.file, shown: i.shown, formats: ctx.values.format, pdfa: !ctx.values["no-pdfa"], maxSize: ctx.values["max-size"], lang }));
    const concurrency = Math.max(1, Math.min(ctx.values.jobs ?? availableParallelism(), jobs.length));
    const progress = createProgress(ctx.stderr, jobs.length, { now: ctx.now, lang });
    const rows: (Row | undefined)[] = new Array<Row | undefined>(jobs.length);
    const written = new Map<string, string>();
    const started = ctx.now();
    const label = { ok: "ok", invalid: say("invalide", "invalid"), error: say("échec", "failed") } as const;

    const firstIssue = (r: BatchJobResult): string => {
      const i = r.issues.find((x) => x.severity === "error");
      if (i === undefined) return r.message ?? "";
      return `${i.path.length > 0 ? `${formatPath(i.path, lang)}${say(" : ", ": ")}` : ""}${i.message}`;
    };

    const record = async (index: number, r: BatchJobResult): Promise<Row> => {
      const row: Row = { shown: r.shown, status: r.status, detail: "", ms: r.ms };
      rows[index] = row;
      if (r.status !== "ok") {
        row.detail = firstIssue(r);
        if (r.issues.length > 0) row.report = formatIssuesText(r.shown, r.issues, lang, ctx.style.stderr);
        return row;
      }
      const clash = r.files.map((f) => written.get(f.name)).find((x) => x !== undefined);
      if (clash !== undefined) {
        row.status = "error";
        row.detail = say(`même nom de sortie que ${clash} (même référence de contrat)`, `same output name as ${clash} (same contract reference)`);
        return row;
      }
      for (const f of r.files) written.set(f.name, r.shown);
      try {
        await folder.write(r.files, { lang });
        const pdf = r.files.find((f) => f.format === "pdf");
        const pages = pdf?.pages !== undefined ? `${pdf.pages} p.${say(" ; ", "; ")}` : "";
        row.detail = `${pages}${r.files.map((f) => `${f.format.toUpperCase()} ${formatSize(f.bytes.length, lang)}`).join(", ")}`;
      } catch (e) {
        if (!(e instanceof OverwriteError) && !(e instanceof CliIoError)) throw e;
        row.status = "error";
        row.detail = e.text(lang);
      }
      return row;
    };

    await ctx.batchRunner(jobs, { concurrency }, async (index, result) => {
      const row = await record(index, result);
      progress.done(result.shown, label[row.status], result.ms);
    });
    progress.finish();
    const elapsed = ctx.now() - started;

    const done = rows.filter((r): r is Row => r !== undefined);
    const reports = done.filter((r) => r.status !== "ok").map((r) => r.report ?? `${r.shown}${say(" : ", ": ")}${r.detail}`);
    if (reports.length > 0) ctx.stderr.write(`${reports.join("\n\n")}\n\n`);
    // On a terminal, long problems are cut to the width (they are printed in full above); in a file, never.
    const tty = ctx.stdout.isTTY === true;
    const detailWidth = tty ? Math.max(40, (ctx.stdout.columns ?? 120) - 60) : undefined;
    const table = formatTable(
      [say("Fichier", "File"), say("État", "Status"), say("Pages / taille ou premier problème", "Pages / size or first problem"), say("Durée", "Time")],
      done.map((r) => [r.shown, label[r.status], r.detail, formatDuration(r.ms, lang)]),
      { align: ["left", "left", "left", "right"], maxWidth: [tty ? 40 : undefined, 8, detailWidth, 10] },
    );
    const failed = done.filter((r) => r.status !== "ok").length;
    const n = done.length;
    ctx.stdout.write(`${table}\n\n`);
    const contracts = countOf(n, { fr: ["contrat", "contrats"], en: ["contract", "contracts"] }, lang);
    const threads = countOf(concurrency, { fr: ["fil", "fils"], en: ["thread", "threads"] }, lang);
    const renderedCount = countOf(n - failed, { fr: ["rendu", "rendus"], en: ["rendered", "rendered"] }, lang);
    ctx.stdout.write(
      say(
        `${contracts} en ${formatDuration(elapsed, lang)} sur ${threads} : ${renderedCount}, ${failed} en échec.\nDossier de sortie : ${shownPath(dir, ctx.cwd)}\n`,
        `${contracts} in ${formatDuration(elapsed, lang)} on ${threads}: ${renderedCount}, ${failed} failed.\nOutput folder: ${shownPath(dir, ctx.cwd)}\n`,
      ),
    );
    return failed > 0 ? 1 : 0;
  },
});
