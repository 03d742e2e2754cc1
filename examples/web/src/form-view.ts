// The form on the page: its fixed fields (in index.html, each named by `data-name`), the list of
// actions, and the two ways through them — the values read from the page, and values put into
// it (a project opened from a file).
import { actionItem, readAction, renumber, type ActionContext } from "./action-view";
import type { Choices, PartyChoice } from "./choices";
import { actionIds, defaultReference } from "./defaults";
import { filterChoices } from "./party-search";
import type { ActionValues, FormValues, Kept, PersonValues } from "./form-values";

const GROUPS: Readonly<Record<PartyChoice["group"], string>> = {
  collectivite: "Départements et assimilés",
  metropole: "Métropoles",
};

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} manque dans la page`);
  return el as T;
};

/** The form on the page. */
export interface FormView {
  readonly list: HTMLOListElement;
  /** The values as typed. */
  read(): FormValues;
  /** Puts values into the form (every action rebuilt). */
  fill(values: FormValues): void;
  /** Adds an action at the end, and puts the focus on its title when asked. */
  addAction(values: ActionValues, focus: boolean): void;
  /** The party chosen, if any. */
  party(): PartyChoice | undefined;
  /** Shows the parties that match the search box, keeping the choice as long as it is listed. */
  filterParties(): void;
  /** Updates what depends on the party and on the actions' order: hints, numbers, paths. */
  update(): void;
}

/**
 * The form of index.html, wired to `choices`: `changed` is called after any change of its
 * structure (an action, an indicator or a funder added or removed) with the control that gets
 * the focus.
 *
 * @example
 * const view = createFormView(CHOICES, (focus) => { refresh(); focus.focus(); });
 * view.read().party //=> ""
 */
export function createFormView(choices: Choices, changed: (focus: HTMLElement) => void): FormView {
  const form = byId<HTMLFormElement>("contrat");
  const list = byId<HTMLOListElement>("actions");
  const search = byId<HTMLInputElement>("recherche");
  const select = byId<HTMLSelectElement>("collectivite");
  const count = byId<HTMLElement>("collectivite-compte");
  const addButton = byId<HTMLButtonElement>("ajouter");
  const years = choices.profiles["cls-departement-2024"].years;
  let kept: FormValues["kept"];
  const people: Record<"prefet" | "prefetDeRegion" | "executive", Kept | undefined> = { prefet: undefined, prefetDeRegion: undefined, executive: undefined };

  // The fixed fields: their path is their name.
  const fixed = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-name]")].filter((el) => !list.contains(el));
  for (const el of fixed) el.dataset.path = el.dataset.name ?? "";
  const field = (name: string) => {
    const el = fixed.find((f) => f.dataset.name === name);
    if (el === undefined) throw new Error(`champ ${name} absent`);
    return el;
  };
  const value = (name: string) => field(name).value;
  const setValue = (name: string, v: string) => {
    field(name).value = v;
  };

  const party = () => choices.parties.find((p) => p.value === select.value);

  const ctx: ActionContext = {
    years,
    axes: choices.axes,
    changed: (focus) => {
      update();
      changed(focus);
    },
  };

  function filterParties(): void {
    const current = select.value;
    const shown = filterChoices(choices.parties, search.value);
    select.replaceChildren();
    for (const group of ["collectivite", "metropole"] as const) {
      const options = shown.filter((o) => o.group === group);
      if (options.length === 0) continue;
      const optgroup = document.createElement("optgroup");
      optgroup.label = GROUPS[group];
      for (const o of options) {
        const option = new Option(o.label, o.value, false, o.value === current);
        option.title = o.label; // the whole name, where a phone's width cuts it
        optgroup.append(option);
      }
      select.append(optgroup);
    }
    // As tall as its lines, up to 7 (a list needs 2 to stay a list).
    select.size = Math.max(2, Math.min(7, select.querySelectorAll("optgroup, option").length));
    // A single match is chosen at once; otherwise the choice stays as long as it is listed.
    if (shown.length === 1 && shown[0] !== undefined) select.value = shown[0].value;
    count.textContent =
      shown.length === 0 ? "Aucune collectivité ne correspond." : `${shown.length} affichée${shown.length > 1 ? "s" : ""} sur ${choices.parties.length}.`;
  }

  function update(): void {
    const p = party();
    const profile = choices.profiles[p?.profile ?? "cls-departement-2024"];
    byId("convention-unique-groupe").hidden = p?.profile !== "cls-departement-2024";
    byId("reference-aide").textContent = p === undefined ? "Laissez vide pour la référence proposée." : `Laissez vide pour « ${defaultReference(p)} ».`;
    byId("siret-aide").textContent =
      p === undefined
        ? "14 chiffres."
        : p.siret !== undefined
          ? `Laissez vide pour le SIRET connu : ${p.siret}.`
          : "14 chiffres ; les données de référence n’en donnent pas pour cette collectivité.";
    byId("etat-signataire").textContent =
      p === undefined
        ? "Signe pour l’État : la préfète ou le préfet du département de la collectivité."
        : `Signe pour l’État : la préfète ou le préfet ${p.departementWithDe}.`;
    const executive = field("executive.gender") as HTMLSelectElement;
    const titles = p?.executiveTitle ?? { f: "présidente", m: "président" };
    for (const o of executive.options) {
      if (o.value === "f") o.text = `la ${titles.f}`;
      if (o.value === "m") o.text = `le ${titles.m}`;
    }
    const axes = profile.requiredAxes.join(", ").replace(/, (\d)$/, " et $1");
    byId("actions-regle").textContent =
      p === undefined
        ? "Chaque action relève d’un axe du Pacte des solidarités ; chaque année, l’État et la collectivité lui apportent le même montant."
        : `Le contrat ${p.profile === "cls-metropole-2024" ? "d’une métropole" : "d’un département"} compte au moins une action sur chacun des axes ${axes}${
            profile.optionAxes.length > 0 ? ` (l’axe ${profile.optionAxes.map((o) => o.axis).join(", ")} avec la convention unique)` : ""
          } ; chaque année, l’État et la collectivité apportent à chaque action le même montant.`;
    const actions = [...list.children].map((li) => ({ id: (li.querySelector<HTMLInputElement>('[data-name="id"]')?.value ?? ""), axis: li.querySelector<HTMLSelectElement>('[data-name="axis"]')?.value ?? "" }));
    renumber(list, actionIds(actions));
  }

  function addAction(values: ActionValues, focus: boolean): void {
    const li = actionItem(values, ctx);
    li.querySelector<HTMLButtonElement>('[data-name="removeAction"]')?.addEventListener("click", () => {
      // Keyboard users keep their place: the next action, else the previous one, else « Ajouter une action ».
      const next = li.nextElementSibling ?? li.previousElementSibling;
      li.remove();
      update();
      changed(next?.querySelector<HTMLElement>('[data-name="title"]') ?? addButton);
    });
    list.append(li);
    update();
    if (focus) changed(li.querySelector<HTMLElement>('[data-name="title"]') ?? addButton);
  }

  const person = (name: "prefet" | "prefetDeRegion" | "executive"): PersonValues => {
    const gender = value(`${name}.gender`);
    return { name: value(`${name}.name`), gender: gender === "f" || gender === "m" ? gender : "", kept: people[name] };
  };

  function read(): FormValues {
    return {
      party: select.value,
      singleConvention: (field("singleConvention") as HTMLInputElement).checked,
      reference: value("reference"),
      title: value("title"),
      siret: value("siret"),
      address: value("address"),
      prefet: person("prefet"),
      service: value("service"),
      prefetDeRegion: person("prefetDeRegion"),
      executive: person("executive"),
      deliberation: { number: value("deliberation.number"), date: value("deliberation.date"), body: value("deliberation.body") },
      signature: { place: value("signature.place"), date: value("signature.date") },
      actions: [...list.children].map((li) => readAction(li, years)),
      kept,
    };
  }

  function fill(values: FormValues): void {
    search.value = "";
    filterParties();
    select.value = values.party;
    (field("singleConvention") as HTMLInputElement).checked = values.singleConvention;
    for (const name of ["reference", "title", "siret", "address", "service"] as const) setValue(name, values[name]);
    for (const name of ["prefet", "prefetDeRegion", "executive"] as const) {
      setValue(`${name}.name`, values[name].name);
      setValue(`${name}.gender`, values[name].gender);
      people[name] = values[name].kept;
    }
    setValue("deliberation.number", values.deliberation.number);
    setValue("deliberation.date", values.deliberation.date);
    setValue("deliberation.body", values.deliberation.body);
    setValue("signature.place", values.signature.place);
    setValue("signature.date", values.signature.date);
    kept = values.kept;
    list.replaceChildren();
    for (const action of values.actions) addAction(action, false);
    update();
  }

  return { list, read, fill, addAction, party, filterParties, update };
}
