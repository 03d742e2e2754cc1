import { actionSheetTemplate, ACTION_SHEET_NAME, type Profile } from "@pacte/contract";
import { UsageError } from "../cli-error";
import type { CommandContext } from "../commands/command-spec";
import { countOf, sayer } from "../localized";
import { writeOneFile } from "../output/write-outputs";
import { spreadsheetToCsv } from "./write-csv";
import { spreadsheetToXlsx } from "./write-xlsx";

/**
 * What `pacte init --sheet` was asked: the file (`pacte init --sheet FICHIER`, or `--out`;
 * `actions.xlsx` by default), whether to replace it, and a `--collectivite` that has no place
 * in a sheet of actions (refused).
 *
 * @example
 * const request: InitSheetRequest = { file: "actions.xlsx", out: undefined, force: false, collectivite: undefined };
 */
export interface InitSheetRequest {
  readonly file: string | undefined;
  readonly out: string | undefined;
  readonly force: boolean;
  readonly collectivite: string | undefined;
}

/**
 * Runs `pacte init --sheet`: writes the template of a sheet of actions of a profile
 * (`actionSheetTemplate` of `@pacte/contract`) as an XLSX workbook — a sheet `Actions` to fill
 * in, the profile's example actions in it, and a sheet `Mode d’emploi` — or, for a `.csv` file,
 * the sheet `Actions` alone. The same profile gives the same bytes (dated from the profile,
 * never the clock). Never replaces a file without `--force`.
 *
 * @throws {UsageError} for a file given twice, `--collectivite`, or an XLSX on the standard output.
 * @example
 * await initSheet(ctx, getProfile("cls-departement-2024")!, { file: undefined, out: undefined, force: false, collectivite: undefined }) //=> 0, writes actions.xlsx
 */
export async function initSheet(ctx: Pick<CommandContext, "lang" | "stdout" | "fs" | "cwd" | "resolve">, profile: Profile, request: InitSheetRequest): Promise<number> {
  const say = sayer(ctx.lang);
  if (request.file !== undefined && request.out !== undefined) {
    throw new UsageError({ fr: `deux fichiers donnés (« ${request.file} » et --out ${request.out}) : gardez-en un`, en: `two files given (“${request.file}” and --out ${request.out}): keep one` });
  }
  if (request.collectivite !== undefined) {
    throw new UsageError({ fr: "--collectivite ne sert pas au tableur des actions : il ne porte que les actions et leurs montants", en: "--collectivite has no use in the spreadsheet of actions: it holds only the actions and their amounts" });
  }
  const file = request.file ?? request.out ?? "actions.xlsx";
  const csv = file === "-" || /\.(csv|txt)$/i.test(file);
  const template = actionSheetTemplate(profile);
  const bytes = csv ? spreadsheetToCsv(template, { sheets: "first" }) : await spreadsheetToXlsx(template);
  if (file === "-") {
    ctx.stdout.write(new TextDecoder().decode(bytes));
    return 0;
  }
  const shown = await writeOneFile(ctx, ctx.resolve(file), bytes, { force: request.force });
  const rows = (template.sheets[0]?.rows.length ?? 1) - 1;
  const examples = countOf(rows, { fr: ["action d’exemple", "actions d’exemple"], en: ["example action", "example actions"] }, ctx.lang);
  ctx.stdout.write(
    say(
      `écrit ${shown} (profil ${profile.id}, ${examples})\nÉtapes suivantes : remplissez la feuille « ${ACTION_SHEET_NAME} » (une ligne par action, montants en euros par année), puis pacte import ${shown} --into contrat.yaml\n`,
      `wrote ${shown} (profile ${profile.id}, ${examples})\nNext steps: fill in the sheet “${ACTION_SHEET_NAME}” (one row per action, amounts in euros per year), then pacte import ${shown} --into contrat.yaml\n`,
    ),
  );
  return 0;
}
