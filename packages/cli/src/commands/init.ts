import { UsageError } from "../cli-error";
import { sayer } from "../localized";
import { textOption } from "../options/option-kinds";
import { FORCE_OPTION, outOption } from "../options/shared-options";
import { defineCommand } from "./command-spec";

/**
 * `pacte init`: writes a commented YAML contract input that is already valid, prefilled from the
 * reference data (the collectivity's name, reference code, SIREN and SIRET, its executive's
 * title, the préfecture), with example actions funded as the profile requires. Writes
 * `contrat.yaml` by default (`--out -` prints it); never replaces a file without `--force`. A
 * `--collectivite` that fits several parties (« 69 ») is explained, with what to type.
 *
 * @example
 * await runCli(["init", "--collectivite", "creuse"], io) //=> 0, writes contrat.yaml
 */
export const initCommand = defineCommand({
  name: "init",
  summary: { fr: "écrit un modèle de contrat en YAML, commenté et déjà valide", en: "writes a contract template in YAML, commented and already valid" },
  usage: {
    fr: "pacte init [--profile PROFIL] [--collectivite CODE|SIREN|NOM] [--out FICHIER] [--force]",
    en: "pacte init [--profile PROFILE] [--collectivite CODE|SIREN|NAME] [--out FILE] [--force]",
  },
  description: {
    fr: "Profils : cls-departement-2024 (par défaut), cls-metropole-2024, calpae-2019.",
    en: "Profiles: cls-departement-2024 (default), cls-metropole-2024, calpae-2019.",
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
  },
  positionals: { min: 0, max: 0, name: { fr: "aucun argument", en: "no argument" } },
  example: "pacte init --collectivite \"Côte-d'Or\" --out cote-d-or.yaml\npacte init --profile cls-metropole-2024 --collectivite 243300316",
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
