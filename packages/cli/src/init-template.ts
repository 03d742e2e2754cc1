import { initContractInput, type ContractInput, type InitParty, type Profile } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import {
  findCollectivitesByName,
  findMetropolesByName,
  getDepartement,
  getMetropole,
  listMetropoles,
  resolveCollectivite,
} from "@pacte/model";
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import { UsageError } from "./cli-error";
import { prefectureTown } from "./internal/prefectures";

function list(names: readonly string[]): string {
  return names.map((n) => `« ${n} »`).join(", ");
}

/**
 * The collectivity a new contract is signed with, from what the person typed (a code, a SIREN or
 * SIRET, a département code or a name; for a métropole profile, a SIREN, a name or `69M`), in
 * force on `asOf`. The profile's template names one for when nothing is typed (the Creuse,
 * Bordeaux Métropole).
 *
 * @throws {UsageError} when nothing or several things match, with candidates.
 * @example
 * resolveInitParty(getProfile("cls-departement-2024")!, "creuse", "2023-12-17").record.code //=> "23D"
 */
export function resolveInitParty(profile: Profile, query: string | undefined, asOf: string): InitParty {
  const q = query ?? profile.init.collectivite;
  if (profile.counterparty === "metropole") {
    const code = q.trim().toUpperCase();
    const exact = getMetropole(q) ?? listMetropoles().find((m) => m.collectiviteCode === code);
    if (exact !== undefined) return { kind: "metropole", record: exact };
    const found = findMetropolesByName(q, { limit: 6 });
    if (found.length === 1 && found[0] !== undefined) return { kind: "metropole", record: found[0] };
    if (found.length > 1) throw new UsageError(`plusieurs métropoles correspondent à « ${q} » : ${list(found.map((m) => m.name))} ; précisez (nom complet ou SIREN)`);
    throw new UsageError(`aucune métropole ne correspond à « ${q} » ; la liste : pacte collectivites métropole`);
  }
  const exact = resolveCollectivite(q, { asOf });
  if (exact !== undefined) return { kind: "collectivite", record: exact };
  const found = findCollectivitesByName(q, { asOf, limit: 6 });
  if (found.length === 1 && found[0] !== undefined) return { kind: "collectivite", record: found[0] };
  if (found.length > 1) throw new UsageError(`plusieurs collectivités correspondent à « ${q} » : ${list(found.map((c) => `${c.code} ${c.name}`))} ; précisez le code`);
  const anyDate = findCollectivitesByName(q, { limit: 3 });
  const hint = anyDate.length > 0 ? ` (${list(anyDate.map((c) => `${c.code} ${c.name}`))} n’est pas en vigueur au ${asOf}, date de signature du profil « ${profile.id} »)` : "";
  throw new UsageError(`aucune collectivité à compétences départementales ne correspond à « ${q} »${hint} ; cherchez avec : pacte collectivites ${q}`);
}

/**
 * A new contract input, already valid, from the profile's template (`initContractInput` of
 * `@pacte/contract`), signed in the town of the préfecture of the collectivity's département.
 *
 * @example
 * initInput(getProfile("cls-departement-2024")!, resolveInitParty(profile, "23D", "2023-12-17")).signature.place //=> "Guéret"
 */
export function initInput(profile: Profile, party: InitParty): ContractInput {
  const departement = party.kind === "collectivite" ? (party.record.departements[0] ?? "") : party.record.seatDepartement;
  return initContractInput(profile, party, { place: prefectureTown(departement) });
}

/** The profile's funding rule, as the template's comment states it. */
function fundingRuleText(rule: Profile["financing"]["rule"]): string {
  switch (rule) {
    case "parity":
      return "chaque action est cofinancée à parts égales chaque année : state = collectivite";
    case "at-least":
      return "chaque année, la collectivité apporte au moins autant que l’État";
    case "none":
      return "pas de règle de cofinancement";
  }
}

function pairAt(doc: Document, path: readonly (string | number)[]): Pair | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
      node = pair?.value;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      pair = undefined;
    } else {
      return undefined;
    }
  }
  return isPair(pair) ? pair : undefined;
}

/** Puts a comment on the lines before a key. */
function before(doc: Document, path: readonly (string | number)[], text: string): void {
  const key = pairAt(doc, path)?.key;
  if (isScalar(key)) key.commentBefore = text.split("\n").map((l) => ` ${l}`).join("\n");
}

/** Puts a comment at the end of a value's line. */
function after(doc: Document, path: readonly (string | number)[], text: string): void {
  const value = pairAt(doc, path)?.value;
  if (isScalar(value) || isMap(value) || isSeq(value)) (value as Node).comment = ` ${text}`;
}

/**
 * The YAML text of {@link initInput}, commented for the person who fills it in: what each part
 * is, what to replace (names, deliberation), the executive's and the préfet's titles from the
 * reference data, the funding rule, amounts in cents with their value in euros.
 *
 * @example
 * initYaml(profile, party).startsWith("# Contrat local des solidarités") //=> true
 */
export function initYaml(profile: Profile, party: InitParty): string {
  const input = initInput(profile, party);
  const doc = new Document(input);
  const dep = getDepartement(input.state.departement);
  const name = party.record.name;
  const title =
    party.kind === "collectivite"
      ? `${party.record.executiveTitle.feminine} / ${party.record.executiveTitle.masculine}`
      : "présidente / président de la métropole";
  const rule = fundingRuleText(profile.financing.rule);
  doc.commentBefore = [
    ` ${profile.names.title} — ${name}`,
    ` Modèle écrit par « pacte init » (profil ${profile.id} : ${profile.label}).`,
    " Complétez les champs « à compléter » et « Prénom Nom », puis :",
    "   pacte validate contrat.yaml     # vérifie et liste chaque problème",
    "   pacte render contrat.yaml       # écrit le PDF et le DOCX",
    " Schéma pour l’éditeur : pacte schema --out contrat.schema.json",
  ].join("\n");
  before(doc, ["reference"], "Référence du contrat : elle nomme aussi les fichiers produits.");
  before(doc, ["state"], `L’État, représenté par le préfet du département${dep !== undefined ? ` (préfète ou préfet ${dep.withDe})` : ""}.`);
  after(doc, ["state", "prefet", "gender"], "f : la préfète, m : le préfet");
  const siren = party.record.siren;
  const siretNote = input.collectivite.siret === undefined ? "\nAjoutez son SIRET (siret: \"…\", 14 chiffres) : les données de référence n’en donnent pas." : "";
  before(doc, ["collectivite"], `${name}${siren !== undefined ? `, SIREN ${siren}` : ""}.${siretNote}`);
  before(doc, ["collectivite", "executive"], `L’exécutif qui signe : ${title}.`);
  after(doc, ["collectivite", "executive", "gender"], "f : la présidente, m : le président");
  before(doc, ["collectivite", "deliberation"], "La délibération qui autorise l’exécutif à signer (avant la date de signature).");
  before(doc, ["signature"], "Lieu et date de signature (la préfecture, par défaut).");
  const example = profile.init.yearlyFunding.state;
  before(doc, ["actions"], [`Les actions (fiches actions). Montants en centimes d’euro : ${example} = ${formatEuros(example)}.`, `Règle du profil : ${rule}.`].join("\n"));
  return doc.toString({ lineWidth: 0 });
}
