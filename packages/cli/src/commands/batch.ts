import { availableParallelism } from "node:os";
import { formatPath } from "@pacte/model";
import { defaultBatchRunner } from "../batch-runner";
import type { BatchJob, BatchJobResult } from "../batch-job";
import { CliIoError, OverwriteError, UsageError } from "../cli-error";
import type { CommandSpec } from "../command-spec";
import { collectInputs } from "../collect-inputs";
import { formatIssuesText } from "../format-issues";
import { formatSize } from "../internal/format-size";
import { formatOption, integerOption, langOption, maxSizeOption, stringOption } from "../option-values";
import { createProgress, formatDuration } from "../progress";
import { formatTable } from "../text-table";
import { prepareOutputs, shownPath, writeOutputs } from "../write-outputs";

const USAGE = "pacte batch FICHIERS|DOSSIER… --out DOSSIER [--jobs N] [--format pdf,docx] [--force] [--no-pdfa]";

interface Row {
  readonly shown: string;
  status: "ok" | "invalid" | "error";
  detail: string;
  readonly ms: number;
  report?: string;
}

function firstIssue(r: BatchJobResult): string {
  const i = r.issues.find((x) => x.severity === "error");
  if (i === undefined) return r.message ?? "";
  const where = i.path.length > 0 ? `${formatPath(i.path)} : ` : "";
  return `${where}${i.message}`;
}

/**
 * `pacte batch FICHIERS|DOSSIER --out DOSSIER`: renders many contracts on worker threads
 * (`--jobs`, the machine's available parallelism by default), showing a progress bar on a
 * terminal and plain lines elsewhere, going on past a failing contract, and ending with a
 * summary table (file, status, pages and sizes or the first issue, time). Exit 1 if any contract
 * failed.
 *
 * @example
 * await runCli(["batch", "contrats/", "--out", "sortie/", "--jobs", "4"], io) //=> 0
 */
export const batchCommand: CommandSpec = {
  name: "batch",
  summary: "rend de nombreux contrats en parallèle",
  usage: USAGE,
  description:
    "Chaque argument est un fichier ou un dossier (ses fichiers .yaml, .yml et .json). Un contrat en échec n’arrête pas les autres ; le code de sortie est 1 si l’un a échoué.",
  options: {
    out: { type: "string", short: "o", value: "DOSSIER", help: "dossier de sortie (obligatoire ; créé au besoin)" },
    jobs: { type: "string", short: "j", value: "N", help: "nombre de fils de rendu (par défaut le nombre de cœurs disponibles)" },
    format: { type: "string", value: "LISTE", help: "formats : pdf, docx (les deux par défaut)" },
    force: { type: "boolean", short: "f", help: "remplace les fichiers existants" },
    "no-pdfa": { type: "boolean", help: "PDF simple plutôt que PDF/A-2b" },
    lang: { type: "string", value: "fr|en", help: "langue des messages (fr par défaut)" },
    "max-size": { type: "string", value: "TAILLE", help: "taille maximale d’un fichier d’entrée (5M par défaut)" },
  },
  positionals: { min: 1, max: Infinity, name: "des fichiers ou un dossier de contrats" },
  example: "pacte batch contrats/ --out sortie/ --jobs 4",
  async run(ctx) {
    const lang = langOption(ctx.values, USAGE);
    const maxSize = maxSizeOption(ctx.values, USAGE);
    const formats = formatOption(ctx.values, USAGE);
    const force = ctx.values.force === true;
    const out = stringOption(ctx.values, "out");
    if (out === undefined) throw new UsageError("--out DOSSIER est obligatoire", USAGE);
    const jobsOption = integerOption(ctx.values, "jobs", USAGE);
    const inputs = await collectInputs(ctx, ctx.positionals);
    if (inputs.length === 0) throw new UsageError("aucun fichier .yaml, .yml ou .json à traiter", USAGE);
    const dir = ctx.resolve(out);
    await prepareOutputs(ctx, dir, [], true);

    const jobs: BatchJob[] = inputs.map((i) => ({ file: i.file, shown: i.shown, formats, pdfa: ctx.values["no-pdfa"] !== true, maxSize, lang }));
    const concurrency = Math.max(1, Math.min(jobsOption ?? availableParallelism(), jobs.length));
    const runner = ctx.batchRunner ?? defaultBatchRunner(ctx.fs, ctx.now);
    const progress = createProgress(ctx.stderr, jobs.length);
    const rows: (Row | undefined)[] = new Array<Row | undefined>(jobs.length);
    const written = new Map<string, string>();
    const writes: Promise<void>[] = [];
    const started = ctx.now();

    const record = async (index: number, r: BatchJobResult): Promise<void> => {
      const row: Row = { shown: r.shown, status: r.status, detail: "", ms: r.ms };
      rows[index] = row;
      if (r.status !== "ok") {
        row.detail = firstIssue(r);
        if (r.issues.length > 0) row.report = formatIssuesText(r.shown, r.issues, lang);
        return;
      }
      const clash = r.files.map((f) => written.get(f.name)).find((x) => x !== undefined);
      if (clash !== undefined) {
        row.status = "error";
        row.detail = `même nom de sortie que ${clash} (même référence de contrat)`;
        return;
      }
      for (const f of r.files) written.set(f.name, r.shown);
      try {
        await writeOutputs(ctx, dir, r.files, { force });
        const pdf = r.files.find((f) => f.format === "pdf");
        const pages = pdf?.pages !== undefined ? `${pdf.pages} p. ; ` : "";
        row.detail = `${pages}${r.files.map((f) => `${f.format.toUpperCase()} ${formatSize(f.bytes.length)}`).join(", ")}`;
      } catch (e) {
        if (!(e instanceof OverwriteError) && !(e instanceof CliIoError)) throw e;
        row.status = "error";
        row.detail = e.message;
      }
    };

    await runner(jobs, { concurrency }, (index, result) => {
      const w = record(index, result).then(() => {
        const row = rows[index];
        progress.done(result.shown, row?.status === "ok" ? "ok" : row?.status === "invalid" ? "invalide" : "échec", result.ms);
      });
      writes.push(w);
    });
    await Promise.all(writes);
    progress.finish();
    const elapsed = ctx.now() - started;

    const done = rows.filter((r): r is Row => r !== undefined);
    const reports = done
      .filter((r) => r.status !== "ok")
      .map((r) => r.report ?? `${r.shown} : ${r.detail}`);
    if (reports.length > 0) ctx.stderr.write(`${reports.join("\n\n")}\n\n`);
    const label = { ok: "ok", invalid: "invalide", error: "échec" } as const;
    // On a terminal, long problems are cut to the width (they are printed in full above); in a file, never.
    const detailWidth = ctx.stdout.isTTY === true ? Math.max(40, (ctx.stdout.columns ?? 120) - 60) : undefined;
    const table = formatTable(
      ["Fichier", "État", "Pages / taille ou premier problème", "Durée"],
      done.map((r) => [r.shown, label[r.status], r.detail, formatDuration(r.ms)]),
      { align: ["left", "left", "left", "right"], maxWidth: [ctx.stdout.isTTY === true ? 40 : undefined, 8, detailWidth, 10] },
    );
    const failed = done.filter((r) => r.status !== "ok").length;
    const n = done.length;
    ctx.stdout.write(`${table}\n\n`);
    ctx.stdout.write(
      `${n} contrat${n > 1 ? "s" : ""} en ${formatDuration(elapsed)} sur ${concurrency} fil${concurrency > 1 ? "s" : ""} : ${n - failed} rendu${n - failed > 1 ? "s" : ""}, ${failed} en échec.\nDossier de sortie : ${shownPath(dir, ctx.cwd)}\n`,
    );
    return failed > 0 ? 1 : 0;
  },
};
