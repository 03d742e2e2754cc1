import { contractInputInEuros, initContractInput, type ContractInput, type InitParty, type Profile } from "@pacte/contract";
import { findTerritories, getDepartement, type Metropole, type TerritoryCandidate, type TerritoryEntry } from "@pacte/model";
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import { UsageError } from "../cli-error";
import { ambiguityNote } from "../input/territory-search";
import { prefectureTown } from "./prefectures";
import { writtenDate } from "./written-date";

/** The parties a profile can sign with, among territories found. */
function partiesOf(profile: Profile, entries: readonly (TerritoryEntry | TerritoryCandidate)[]): InitParty[] {
  const out: InitParty[] = [];
  for (const e of entries) {
    if (profile.counterparty === "metropole") {
      const m: Metropole | undefined = e.kind === "metropole" ? e.metropole : e.kind === "collectivite" ? e.metropole : undefined;
      if (m !== undefined) out.push({ kind: "metropole", record: m });
    } else if (e.kind === "collectivite") {
      out.push({ kind: "collectivite", record: e.collectivite });
    }
  }
  return out;
}

/** What to type for a party: its code (69M, 23D), or a métropole's SIREN. */
const idOf = (p: InitParty): string => (p.kind === "collectivite" ? p.record.code : (p.record.collectiviteCode ?? p.record.siren));

/**
 * The collectivity a new contract is signed with, from what the person typed (a code, a SIREN or
 * SIRET, a département code or a name), found with `findTerritories` of `@pacte/model` on
 * `asOf`; for a métropole profile, the métropole. The profile's template names one for when
 * nothing is typed (the Creuse, Bordeaux Métropole). When the query fits several parties (« 69 »:
 * the Département du Rhône and the Métropole de Lyon) or is an ambiguous code (« 20 »), the error
 * explains it and says exactly what to type.
 *
 * @throws {UsageError} when nothing or several things match, with the candidates.
 * @example
 * resolveInitParty(getProfile("cls-departement-2024")!, "creuse", "2023-12-17").record.code //=> "23D"
 * resolveInitParty(getProfile("cls-departement-2024")!, "69", "2023-12-17") // throws « « 69 » désigne 2 collectivités … : précisez --collectivite 69D ou --collectivite 69M »
 */
export function resolveInitParty(profile: Profile, query: string | undefined, asOf: string): InitParty {
  const q = query ?? profile.init.collectivite;
  const metropoles = profile.counterparty === "metropole";
  const r = findTerritories(q, { asOf });
  const what = metropoles ? { fr: ["métropole", "métropoles"], en: ["métropole", "métropoles"] } : { fr: ["collectivité à compétences départementales", "collectivités à compétences départementales"], en: ["collectivity with departmental powers", "collectivities with departmental powers"] };
  const choose = (parties: readonly InitParty[], why?: { fr: string; en: string }): never => {
    const ids = parties.map(idOf);
    const names = parties.map((p) => `${idOf(p)} (${p.record.name})`).join(", ");
    const prefix = why ?? {
      fr: `« ${q} » désigne ${parties.length} ${what.fr[1]} : ${names}.`,
      en: `“${q}” names ${parties.length} ${what.en[1]}: ${names}.`,
    };
    throw new UsageError({
      fr: `${prefix.fr} Précisez ${ids.map((id) => `--collectivite ${id}`).join(" ou ")}.`,
      en: `${prefix.en} Say which: ${ids.map((id) => `--collectivite ${id}`).join(" or ")}.`,
    });
  };
  switch (r.status) {
    case "departement":
    case "territory": {
      const parties = partiesOf(profile, r.status === "departement" ? r.entries : [r.entry]);
      const [only, second] = parties;
      if (only !== undefined && second === undefined) return only;
      if (parties.length > 1) return choose(parties);
      break;
    }
    case "ambiguous": {
      const parties = partiesOf(profile, r.candidates.flatMap((c) => (c.kind === "departement" ? findDepartementEntries(c.departement.code, asOf) : [c])));
      const [only, second] = parties;
      if (only !== undefined && second === undefined) return only;
      if (parties.length > 1 && r.reason === "same-score") return choose(parties);
      throw new UsageError({ fr: ambiguityNote(r, "fr"), en: ambiguityNote(r, "en") });
    }
    case "not-found":
      break;
    default: {
      const never: never = r;
      return never;
    }
  }
  const elsewhere = r.status === "not-found" && findTerritories(q).status !== "not-found";
  const at = elsewhere
    ? { fr: ` en vigueur au ${writtenDate(asOf, "fr")}, date de signature du profil « ${profile.id} »`, en: ` in force on ${writtenDate(asOf, "en")}, the signature date of the profile “${profile.id}”` }
    : { fr: "", en: "" };
  const kindHint =
    r.status === "not-found" || elsewhere
      ? { fr: "", en: "" }
      : metropoles
        ? { fr: " (ce n’est pas une métropole ; le profil cls-departement-2024 est celui des départements)", en: " (it is not a métropole; the profile cls-departement-2024 is the one for départements)" }
        : { fr: " (c’est une métropole ; utilisez --profile cls-metropole-2024)", en: " (it is a métropole; use --profile cls-metropole-2024)" };
  throw new UsageError({
    fr: `aucune ${what.fr[0]}${at.fr} ne correspond à « ${q} »${kindHint.fr} ; la liste : pacte collectivites`,
    en: `no ${what.en[0]}${at.en} matches “${q}”${kindHint.en}; the list: pacte collectivites`,
  });
}

function findDepartementEntries(code: string, asOf: string): readonly TerritoryEntry[] {
  const r = findTerritories(code, { asOf });
  return r.status === "departement" ? r.entries : [];
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
 * The YAML text of {@link initInput} in format 2 (`format: 2`, amounts in euros: « 30 000 € »,
 * see `contractInputInEuros`), commented for the person who fills it in: what each part is, what
 * to replace (names, deliberation), the executive's and the préfet's titles from the reference
 * data, the funding rule, how amounts are written.
 *
 * @example
 * initYaml(profile, party).startsWith("# Contrat local des solidarités") //=> true
 * initYaml(profile, party).includes("format: 2 # montants en euros") //=> true
 */
export function initYaml(profile: Profile, party: InitParty): string {
  const input = initInput(profile, party);
  const doc = new Document(contractInputInEuros(input));
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
  after(doc, ["format"], "montants en euros");
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
  before(doc, ["actions"], ["Les actions (fiches actions). Montants en euros, au centime près : « 1 234,56 € », « 1 234,56 » ou 1234.56.", `Règle du profil : ${rule}.`].join("\n"));
  return doc.toString({ lineWidth: 0 });
}
