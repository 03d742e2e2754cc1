import type { ContractInput, Profile } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import {
  findCollectivitesByName,
  findMetropolesByName,
  getDepartement,
  getMetropole,
  listMetropoles,
  resolveCollectivite,
  type Collectivite,
  type Metropole,
} from "@pacte/model";
import { Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import { UsageError } from "./cli-error";
import { prefectureTown } from "./internal/prefectures";

/** Where the collectivity of a new contract comes from, once resolved. */
type Party =
  | { readonly kind: "collectivite"; readonly record: Collectivite }
  | { readonly kind: "metropole"; readonly record: Metropole };

const DEFAULT_PARTY = { departemental: "23D", metropole: "Bordeaux Métropole" } as const;

const EXAMPLE_ACTIONS: Readonly<Record<number, { title: string; publics: string; indicator: string; unit: string }>> = {
  1: { title: "Accueil du jeune enfant à vocation d’insertion professionnelle", publics: "Familles monoparentales bénéficiaires du RSA", indicator: "Places réservées", unit: "places" },
  2: { title: "Levée des freins périphériques à l’emploi", publics: "Personnes éloignées de l’emploi", indicator: "Personnes accompagnées", unit: "personnes" },
  3: { title: "Premier accueil social inconditionnel de proximité", publics: "Toute personne en difficulté sociale", indicator: "Points d’accueil ouverts", unit: "lieux" },
  4: { title: "Lutte contre la précarité énergétique des ménages modestes", publics: "Ménages aux revenus modestes", indicator: "Logements diagnostiqués", unit: "logements" },
};

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates a new contract gets: signature 15 days and deliberation 30 days before the profile's
 * period starts.
 *
 * @example
 * initDates(getProfile("cls-departement-2024")!) //=> { signature: "2023-12-17", deliberation: "2023-12-02" }
 */
export function initDates(profile: Profile): { signature: string; deliberation: string } {
  return { signature: shiftDays(profile.period.start, -15), deliberation: shiftDays(profile.period.start, -30) };
}

function yearsOf(profile: Profile): number[] {
  const first = Number(profile.period.start.slice(0, 4));
  const last = Number(profile.period.end.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function list(names: readonly string[]): string {
  return names.map((n) => `« ${n} »`).join(", ");
}

/**
 * The collectivity a new contract is signed with, from what the person typed (a code, a SIREN or
 * SIRET, a département code or a name; for a métropole profile, a SIREN, a name or `69M`), in
 * force on `asOf`. A default one (the Creuse, Bordeaux Métropole) when nothing is typed.
 *
 * @throws {UsageError} when nothing or several things match, with candidates.
 * @example
 * resolveInitParty(getProfile("cls-departement-2024")!, "creuse", "2023-12-17").record.code //=> "23D"
 */
export function resolveInitParty(profile: Profile, query: string | undefined, asOf: string): Party {
  const q = query ?? DEFAULT_PARTY[profile.counterparty];
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
 * A new contract input, already valid, for a profile and a collectivity: the reference, the
 * préfecture's département and town, the collectivity's reference code and SIRET, dates just
 * before the profile's period, and one example action per required axis (two at least) whose
 * yearly funding follows the profile's rule (equal shares, or the collectivity giving more).
 * Names of people are placeholders to replace.
 *
 * @example
 * initInput(getProfile("cls-departement-2024")!, resolveInitParty(profile, "23D", "2023-12-17")).collectivite.ref //=> "23D"
 */
export function initInput(profile: Profile, party: Party): ContractInput {
  const years = yearsOf(profile);
  const { signature, deliberation } = initDates(profile);
  const departement = party.kind === "collectivite" ? (party.record.departements[0] ?? "") : party.record.seatDepartement;
  const code = party.kind === "collectivite" ? party.record.code : (party.record.collectiviteCode ?? party.record.siren);
  const prefix = profile.generation === "calpae-2019" ? "CALPAE" : "CLS";
  const axes = profile.axes.required.length > 0 ? [...profile.axes.required] : profile.axes.allowed.slice(0, 2);
  const perAxis = Math.max(1, profile.axes.minActionsPerRequiredAxis);
  const slots = axes.flatMap((axis) => Array.from({ length: perAxis }, () => axis));
  if (slots.length < 2) slots.push(slots[0] ?? 1);
  const count = new Map<number, number>();
  const state = 5_000_000;
  const collectivite = profile.financing.rule === "at-least" ? 6_000_000 : state;
  const actions = slots.map((axis, k) => {
    const n = (count.get(axis) ?? 0) + 1;
    count.set(axis, n);
    const example = EXAMPLE_ACTIONS[axis] ?? EXAMPLE_ACTIONS[1]!;
    return {
      id: `A${axis}.${n}`,
      axis: axis as 1 | 2 | 3 | 4,
      title: n === 1 ? example.title : `${example.title} (${n})`,
      ...(profile.parts?.required === true ? { part: k === 0 ? ("socle" as const) : ("initiative" as const) } : {}),
      nature: "new" as const,
      publics: [example.publics],
      indicators: [
        {
          label: example.indicator,
          unit: example.unit,
          baseline: 0,
          baselineYear: (years[0] ?? 2024) - 1,
          targets: Object.fromEntries(years.map((y, i) => [String(y), 10 * (i + 1)])),
        },
      ],
      funding: Object.fromEntries(years.map((y) => [String(y), { state, collectivite }])),
    };
  });
  const siret = party.kind === "collectivite" ? party.record.siret : undefined;
  return {
    reference: `${prefix}-${code}-${years[0] ?? ""}-001`,
    profile: profile.id,
    state: {
      departement,
      prefet: { name: "Prénom Nom", gender: "f" },
    },
    collectivite: {
      ref: party.kind === "collectivite" ? party.record.code : party.record.siren,
      executive: { name: "Prénom Nom", gender: "f" },
      ...(siret !== undefined ? { siret } : {}),
      deliberation: {
        number: "à compléter",
        date: deliberation,
        body: party.kind === "metropole" ? "conseil métropolitain" : "commission permanente",
      },
    },
    signature: { place: prefectureTown(departement) ?? "à compléter", date: signature },
    governance: { committee: profile.governance.committee, meetingsPerYear: profile.governance.meetingsPerYear },
    actions,
  };
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
export function initYaml(profile: Profile, party: Party): string {
  const input = initInput(profile, party);
  const doc = new Document(input);
  const dep = getDepartement(input.state.departement);
  const name = party.record.name;
  const title =
    party.kind === "collectivite"
      ? `${party.record.executiveTitle.feminine} / ${party.record.executiveTitle.masculine}`
      : "présidente / président de la métropole";
  const rule =
    profile.financing.rule === "parity"
      ? "chaque action est cofinancée à parts égales chaque année : state = collectivite"
      : profile.financing.rule === "at-least"
        ? "chaque année, la collectivité apporte au moins autant que l’État"
        : "pas de règle de cofinancement";
  doc.commentBefore = [
    ` ${profile.title} — ${name}`,
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
  before(doc, ["actions"], [`Les actions (fiches actions). Montants en centimes d’euro : 5000000 = ${formatEuros(5_000_000)}.`, `Règle du profil : ${rule}.`].join("\n"));
  return doc.toString({ lineWidth: 0 });
}
