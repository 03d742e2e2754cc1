import { UsageError } from "../cli-error";
import { sayer } from "../localized";
import { flagOption, textOption } from "../options/option-kinds";
import { FORCE_OPTION, outOption } from "../options/shared-options";
import { COMMAND_SUMMARIES } from "./command-summaries";
import { defineCommand } from "./command-spec";

/**
 * `pacte init`: writes a commented YAML contract input that is already valid, prefilled from the
 * reference data (the collectivity's name, reference code, SIREN and SIRET, its executive's
 * title, the préfecture), with example actions funded as the profile requires. Writes
 * `contrat.yaml` by default (`--out -` prints it); never replaces a file without `--force`. A
 * `--collectivite` that fits several parties (« 69 ») is explained, with what to type. With
 * `--sheet [FICHIER]`, writes instead the spreadsheet of actions to fill in (`actions.xlsx` by
 * default, or a `.csv`) that `pacte import` reads.
 *
 * @example
 * await runCli(["init", "--collectivite", "creuse"], io) //=> 0, writes contrat.yaml
 */
export const initCommand = defineCommand({
  name: "init",
  summary: COMMAND_SUMMARIES.init,
  usage: {
    fr: "pacte init [--profile PROFIL] [--collectivite CODE|SIREN|NOM] [--out FICHIER] [--force]\n        pacte init --sheet [TABLEUR.xlsx] [--profile PROFIL] [--force]",
    en: "pacte init [--profile PROFILE] [--collectivite CODE|SIREN|NAME] [--out FILE] [--force]\n       pacte init --sheet [SHEET.xlsx] [--profile PROFILE] [--force]",
  },
  description: {
    fr: "Profils : cls-departement-2024 (par défaut), cls-metropole-2024, calpae-2019.\nAvec --sheet : un tableur à remplir avec les actions et leurs montants par année (actions.xlsx par défaut, ou .csv), à lire ensuite avec pacte import.",
    en: "Profiles: cls-departement-2024 (default), cls-metropole-2024, calpae-2019.\nWith --sheet: a spreadsheet to fill in with the actions and their amounts per year (actions.xlsx by default, or .csv), to read then with pacte import.",
  },
  options: {
    profile: textOption({ fr: "PROFIL", en: "PROFILE" }, { fr: "profil du contrat (cls-departement-2024 par défaut)", en: "profile of the contract (cls-departement-2024 by default)" }, "p"),
    collectivite: textOption(
      { fr: "CODE|SIREN|NOM", en: "CODE|SIREN|NAME" },
      { fr: "la collectivité signataire : 23D, un SIREN, « Creuse »… (Creuse ou Bordeaux Métropole par défaut)", en: "the signing collectivity: 23D, a SIREN, “Creuse”… (Creuse or Bordeaux Métropole by default)" },
      "c",
    ),
    out: outOption("file", { fr: "fichier à écrire (contrat.yaml par défaut ; « - » pour la sortie standard)", en: "file to write (contrat.yaml by default; “-” for the standard output)" }),
    force: FORCE_OPTION,
    sheet: flagOption({ fr: "écrit un tableur des actions à remplir (XLSX, ou CSV)", en: "writes a spreadsheet of actions to fill in (XLSX, or CSV)" }, "s"),
  },
  positionals: { min: 0, max: 1, name: { fr: "aucun argument, ou le tableur à écrire avec --sheet", en: "no argument, or the spreadsheet to write with --sheet" } },
  example: "pacte init --collectivite \"Côte-d'Or\" --out cote-d-or.yaml\npacte init --profile cls-metropole-2024 --collectivite 243300316\npacte init --sheet actions.xlsx",
  async run(ctx) {
    const say = sayer(ctx.lang);
    const [{ getProfile, initDates, listProfiles }, { initYaml, resolveInitParty }, { writeOneFile }, { closestMatch }] = await Promise.all([
      import("@pacte/contract"),
      import("../output/init-template"),
      import("../output/write-outputs"),
      import("@pacte/issues"),
    ]);
    const id = ctx.values.profile ?? "cls-departement-2024";
    const profile = getProfile(id);
    if (profile === undefined) {
      const ids = listProfiles().map((p) => p.id);
      const near = closestMatch(id, ids);
      throw new UsageError({
        fr: `profil inconnu « ${id} »${near !== undefined ? ` ; vouliez-vous dire « ${near} » ?` : ""} Profils disponibles : ${ids.join(", ")}`,
        en: `unknown profile “${id}”${near !== undefined ? `; did you mean “${near}”?` : ""} Profiles: ${ids.join(", ")}`,
      });
    }
    if (ctx.values.sheet) {
      const { initSheet } = await import("../sheet/init-sheet");
      return initSheet(ctx, profile, { file: ctx.positionals[0], out: ctx.values.out, force: ctx.values.force, collectivite: ctx.values.collectivite });
    }
    if (ctx.positionals.length > 0) {
      throw new UsageError({ fr: `argument en trop « ${ctx.positionals[0]} » : un fichier s’écrit avec --out (ou --sheet FICHIER pour un tableur)`, en: `extra argument “${ctx.positionals[0]}”: a file is written with --out (or --sheet FILE for a spreadsheet)` });
    }
    const party = resolveInitParty(profile, ctx.values.collectivite, initDates(profile).signature);
    const text = initYaml(profile, party);
    const out = ctx.values.out ?? "contrat.yaml";
    if (out === "-") {
      ctx.stdout.write(text);
      return 0;
    }
    const shown = await writeOneFile(ctx, ctx.resolve(out), new TextEncoder().encode(text), { force: ctx.values.force });
    ctx.stdout.write(
      say(
        `écrit ${shown} (${party.record.name}, profil ${profile.id})\nÉtapes suivantes : complétez les « Prénom Nom » et « à compléter », puis pacte validate ${shown} && pacte render ${shown}\n`,
        `wrote ${shown} (${party.record.name}, profile ${profile.id})\nNext steps: fill in the “Prénom Nom” and “à compléter” placeholders, then pacte validate ${shown} && pacte render ${shown}\n`,
      ),
    );
    return 0;
  },
});
