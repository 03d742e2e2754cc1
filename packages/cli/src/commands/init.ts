import { getProfile, initDates, listProfiles } from "@pacte/contract";
import { writeFileAtomic } from "../atomic-write";
import { UsageError } from "../cli-error";
import type { CommandSpec } from "../command-spec";
import { initYaml, resolveInitParty } from "../init-template";
import { stringOption } from "../option-values";
import { shownPath } from "../write-outputs";

const USAGE = "pacte init [--profile PROFIL] [--collectivite CODE|SIREN|NOM] [--out FICHIER] [--force]";

/**
 * `pacte init`: writes a commented YAML contract input that is already valid, prefilled from the
 * reference data (the collectivity's name, reference code, SIREN and SIRET, its executive's
 * title, the préfecture), with example actions funded as the profile requires. Writes
 * `contrat.yaml` by default (`--out -` prints it); never replaces a file without `--force`.
 *
 * @example
 * await runCli(["init", "--collectivite", "creuse"], io) //=> 0, writes contrat.yaml
 */
export const initCommand: CommandSpec = {
  name: "init",
  summary: "écrit un modèle de contrat en YAML, commenté et déjà valide",
  usage: USAGE,
  description: `Profils : ${listProfiles().map((p) => p.id).join(", ")} (cls-departement-2024 par défaut).`,
  options: {
    profile: { type: "string", short: "p", value: "PROFIL", help: "profil du contrat (cls-departement-2024 par défaut)" },
    collectivite: { type: "string", short: "c", value: "CODE|SIREN|NOM", help: "la collectivité signataire : 23D, un SIREN, « Creuse »… (Creuse ou Bordeaux Métropole par défaut)" },
    out: { type: "string", short: "o", value: "FICHIER", help: "fichier à écrire (contrat.yaml par défaut ; « - » pour la sortie standard)" },
    force: { type: "boolean", short: "f", help: "remplace le fichier s’il existe" },
  },
  positionals: { min: 0, max: 0, name: "aucun argument" },
  example: "pacte init --collectivite \"Côte-d'Or\" --out cote-d-or.yaml\npacte init --profile cls-metropole-2024 --collectivite 243300316",
  async run(ctx) {
    const id = stringOption(ctx.values, "profile") ?? "cls-departement-2024";
    const profile = getProfile(id);
    if (profile === undefined) {
      throw new UsageError(`profil inconnu « ${id} » ; profils disponibles : ${listProfiles().map((p) => p.id).join(", ")}`, USAGE);
    }
    const party = resolveInitParty(profile, stringOption(ctx.values, "collectivite"), initDates(profile).signature);
    const text = initYaml(profile, party);
    const out = stringOption(ctx.values, "out") ?? "contrat.yaml";
    if (out === "-") {
      ctx.stdout.write(text);
      return 0;
    }
    const target = ctx.resolve(out);
    const shown = shownPath(target, ctx.cwd);
    await writeFileAtomic(ctx.fs, target, new TextEncoder().encode(text), { force: ctx.values.force === true, shown });
    ctx.stdout.write(`écrit ${shown} (${party.record.name}, profil ${profile.id})\nÉtapes suivantes : complétez les « Prénom Nom » et « à compléter », puis pacte validate ${shown} && pacte render ${shown}\n`);
    return 0;
  },
};
