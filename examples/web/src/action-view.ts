// One action of the form (a *fiche action*): its fields, its indicators and its other funders,
// each of which can be added and removed; and the values read back from it. The ids of the
// controls never change once made (the focus and the labels hold); their `data-path`, their
// legends and their buttons' words follow the order of the list (see `renumber`).
import type { AxisChoice } from "./choices";
import { button, fieldset, selectField, textArea, textField } from "./controls";
import { emptyFunder, emptyIndicator, type ActionValues, type FunderValues, type IndicatorValues, type Kept } from "./form-values";

/** What an action's fields need: the years of the contract and the axes to choose from. */
export interface ActionContext {
  readonly years: readonly string[];
  readonly axes: readonly AxisChoice[];
  /** Called after an indicator or a funder is added or removed, with the control to focus. */
  readonly changed: (focus: HTMLElement) => void;
}

const kept = new WeakMap<Element, Kept>();
let serial = 0;

const NATURES = [
  ["new", "Nouvelle action"],
  ["reinforced", "Action renforcée"],
] as const;
const REINFORCEMENTS = [
  ["caseload", "File active plus grande"],
  ["publics", "Nouveaux publics"],
  ["zones", "Nouveaux territoires"],
] as const;

/** The list item of an indicator. */
function indicatorItem(values: IndicatorValues, ctx: ActionContext): HTMLLIElement {
  const n = serial++;
  const id = (name: string) => `indicateur-${n}-${name}`;
  const li = document.createElement("li");
  li.className = "pacte-indicator";
  if (values.kept !== undefined) kept.set(li, values.kept);
  const f = fieldset("Indicateur", "pacte-indicator__fields");
  f.add(
    textField({ id: id("libelle"), name: "label", label: "Libellé", hint: "Par exemple : places réservées" }, values.label).group,
    textField({ id: id("unite"), name: "unit", label: "Unité", hint: "Par exemple : places, personnes" }, values.unit).group,
    textField({ id: id("depart"), name: "baseline", label: "Valeur de départ", inputMode: "decimal", className: "pacte-short" }, values.baseline).group,
  );
  const targets = fieldset("Cibles par année", "pacte-years");
  for (const year of ctx.years) {
    targets.add(textField({ id: id(`cible-${year}`), name: `targets[${year}]`, label: year, inputMode: "decimal" }, values.targets[year] ?? "").group);
  }
  f.add(targets.fieldset);
  const remove = button("Retirer l’indicateur", "tertiary", "removeIndicator");
  remove.addEventListener("click", () => removeItem(li, ctx, "addIndicator"));
  f.add(remove);
  li.append(f.fieldset);
  return li;
}

/** The list item of another funder. */
function funderItem(values: FunderValues, ctx: ActionContext): HTMLLIElement {
  const n = serial++;
  const id = (name: string) => `financeur-${n}-${name}`;
  const li = document.createElement("li");
  li.className = "pacte-funder";
  const f = fieldset("Autre financeur", "pacte-funder__fields");
  f.add(textField({ id: id("nom"), name: "name", label: "Nom du financeur", hint: "Par exemple : CAF de la Creuse" }, values.name).group);
  const amounts = fieldset("Montants par année, en euros", "pacte-years");
  for (const year of ctx.years) {
    amounts.add(textField({ id: id(`montant-${year}`), name: `amounts[${year}]`, label: year, inputMode: "decimal" }, values.amounts[year] ?? "").group);
  }
  f.add(amounts.fieldset);
  const remove = button("Retirer le financeur", "tertiary", "removeFunder");
  remove.addEventListener("click", () => removeItem(li, ctx, "addFunder"));
  f.add(remove);
  li.append(f.fieldset);
  return li;
}

/** Removes an indicator or a funder; the focus goes to the next one, else the previous one, else the button that adds one. */
function removeItem(li: HTMLLIElement, ctx: ActionContext, addName: string): void {
  const action = li.closest<HTMLElement>("li.pacte-action");
  const next = (li.nextElementSibling ?? li.previousElementSibling) as HTMLElement | null;
  li.remove();
  const target = next?.querySelector<HTMLElement>("input, select, textarea") ?? action?.querySelector<HTMLElement>(`[data-name="${addName}"]`);
  if (target) ctx.changed(target);
}

/**
 * The list item of an action, with its values: title, axis, nature (and how it is reinforced),
 * carrier, publics, territory, description, fiche number, indicators, and its funding each year
 * — the State's, the collectivity's and other funders' — with the buttons that add and remove
 * indicators and funders. `remove` is wired by the page (it knows the list).
 *
 * @example
 * actionItem(emptyAction(years), ctx).querySelector('[data-name="title"]') //=> the title's input
 */
export function actionItem(values: ActionValues, ctx: ActionContext): HTMLLIElement {
  const n = serial++;
  const id = (name: string) => `action-${n}-${name}`;
  const li = document.createElement("li");
  li.className = "pacte-action";
  if (values.kept !== undefined) kept.set(li, values.kept);
  const f = fieldset("Action", "pacte-action__fields");
  f.legend.id = id("legende");

  const nature = selectField({ id: id("nature"), name: "nature", label: "Nature de l’action" }, NATURES, values.nature);
  const reinforcement = document.createElement("div");
  reinforcement.className = "pacte-reinforcement";
  reinforcement.append(
    selectField({ id: id("renforcement"), name: "reinforcement", label: "Comment elle est renforcée" }, REINFORCEMENTS, values.reinforcement).group,
    textField({ id: id("renforcement-detail"), name: "reinforcementDetail", label: "Précisions sur le renforcement (facultatif)", hint: "Par exemple : de 20 à 45 places" }, values.reinforcementDetail).group,
  );
  const showReinforcement = () => {
    reinforcement.hidden = nature.control.value !== "reinforced";
  };
  nature.control.addEventListener("change", showReinforcement);
  showReinforcement();

  f.add(
    textField({ id: id("title"), name: "title", label: "Intitulé de l’action" }, values.title).group,
    selectField(
      { id: id("axis"), name: "axis", label: "Axe du Pacte des solidarités" },
      ctx.axes.map((a) => [String(a.number), `${a.number} – ${a.wording}`] as const),
      values.axis,
    ).group,
    nature.group,
    reinforcement,
    textField({ id: id("porteur"), name: "carrier", label: "Porteur de l’action", hint: "Le service ou l’organisme qui la met en œuvre" }, values.carrier).group,
    textArea({ id: id("publics"), name: "publics", label: "Publics visés", hint: "Un public par ligne" }, values.publics).group,
    textField({ id: id("territoire"), name: "territory", label: "Territoire", hint: "Par exemple : ensemble du département" }, values.territory).group,
    textArea({ id: id("description"), name: "description", label: "Description (facultatif)" }, values.description).group,
    textField({ id: id("numero"), name: "id", label: "Numéro de la fiche action (facultatif)", hint: "Laissez vide pour le numéro proposé", className: "pacte-short" }, values.id).group,
  );

  // Indicators.
  const indicators = fieldset("Indicateurs", "pacte-indicators");
  const indicatorList = document.createElement("ol");
  indicatorList.className = "pacte-list";
  for (const ind of values.indicators) indicatorList.append(indicatorItem(ind, ctx));
  const addIndicator = button("Ajouter un indicateur", "secondary", "addIndicator");
  addIndicator.id = id("ajouter-indicateur");
  addIndicator.addEventListener("click", () => {
    const item = indicatorItem(emptyIndicator(ctx.years), ctx);
    indicatorList.append(item);
    ctx.changed(item.querySelector<HTMLElement>("input") ?? addIndicator);
  });
  indicators.add(indicatorList, addIndicator);

  // Funding: the State's and the collectivity's share each year, then other funders.
  const funding = fieldset("Financement, en euros", "pacte-funding");
  const note = document.createElement("p");
  note.className = "fr-hint-text";
  note.textContent = "Par exemple « 50 000 € ». Chaque année, l’État et la collectivité apportent le même montant ; laissez vides les années sans financement.";
  funding.add(note);
  for (const year of ctx.years) {
    const y = fieldset(year, "pacte-year");
    const own = values.funding[year] ?? { state: "", collectivite: "" };
    y.add(
      textField({ id: id(`etat-${year}`), name: `funding[${year}].state`, label: "Part de l’État", inputMode: "decimal" }, own.state).group,
      textField({ id: id(`collectivite-${year}`), name: `funding[${year}].collectivite`, label: "Part de la collectivité", inputMode: "decimal" }, own.collectivite).group,
    );
    funding.add(y.fieldset);
  }
  const funderList = document.createElement("ol");
  funderList.className = "pacte-list";
  for (const funder of values.others) funderList.append(funderItem(funder, ctx));
  const addFunder = button("Ajouter un autre financeur", "secondary", "addFunder");
  addFunder.id = id("ajouter-financeur");
  addFunder.addEventListener("click", () => {
    const item = funderItem(emptyFunder(ctx.years), ctx);
    funderList.append(item);
    ctx.changed(item.querySelector<HTMLElement>("input") ?? addFunder);
  });
  funding.add(funderList, addFunder);

  f.add(indicators.fieldset, funding.fieldset);
  const remove = button("Retirer l’action", "tertiary", "removeAction");
  remove.id = id("retirer");
  f.add(remove);
  li.append(f.fieldset);
  return li;
}

const valueOf = (root: Element, name: string): string => root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[data-name="${name}"]`)?.value ?? "";
const byYear = (years: readonly string[], read: (year: string) => string): Record<string, string> => Object.fromEntries(years.map((y) => [y, read(y)]));

/**
 * The values of an action's list item, as typed.
 *
 * @example
 * readAction(li, years).funding["2024"] //=> { state: "50 000 €", collectivite: "50 000 €" }
 */
export function readAction(li: Element, years: readonly string[]): ActionValues {
  const nature = valueOf(li, "nature");
  const indicators = [...li.querySelectorAll(":scope .pacte-indicator")].map(
    (ind): IndicatorValues => ({
      label: valueOf(ind, "label"),
      unit: valueOf(ind, "unit"),
      baseline: valueOf(ind, "baseline"),
      targets: byYear(years, (y) => valueOf(ind, `targets[${y}]`)),
      kept: kept.get(ind),
    }),
  );
  const others = [...li.querySelectorAll(":scope .pacte-funder")].map(
    (fu): FunderValues => ({ name: valueOf(fu, "name"), amounts: byYear(years, (y) => valueOf(fu, `amounts[${y}]`)) }),
  );
  return {
    id: valueOf(li, "id"),
    title: valueOf(li, "title"),
    axis: valueOf(li, "axis"),
    nature: nature === "new" || nature === "reinforced" ? nature : "",
    reinforcement: valueOf(li, "reinforcement"),
    reinforcementDetail: valueOf(li, "reinforcementDetail"),
    carrier: valueOf(li, "carrier"),
    publics: valueOf(li, "publics"),
    territory: valueOf(li, "territory"),
    description: valueOf(li, "description"),
    indicators,
    funding: Object.fromEntries(years.map((y) => [y, { state: valueOf(li, `funding[${y}].state`), collectivite: valueOf(li, `funding[${y}].collectivite`) }])),
    others,
    kept: kept.get(li),
  };
}

/**
 * Numbers the actions, their indicators and funders in the order of the list — legends, the
 * words of their buttons (what is seen is what is heard: « Retirer l’action 2 ») — and sets each
 * control's `data-path` (`actions[1].funding[2024].state`), where the checks put their messages.
 * `proposedIds` gives each action's proposed fiche number, for its hint.
 *
 * @example
 * renumber(list, ["A1.1", "A3.1"]); list.querySelector("legend")?.textContent //=> "Action 1"
 */
export function renumber(list: Element, proposedIds: readonly string[]): void {
  [...list.children].forEach((li, i) => {
    const n = i + 1;
    const legend = li.querySelector(".pacte-action__fields > legend");
    if (legend) legend.textContent = `Action ${n}`;
    const set = (name: string, text: string) => {
      const b = li.querySelector(`[data-name="${name}"]`);
      if (b) b.textContent = text;
    };
    set("removeAction", `Retirer l’action ${n}`);
    set("addIndicator", `Ajouter un indicateur à l’action ${n}`);
    set("addFunder", `Ajouter un autre financeur à l’action ${n}`);
    const idHint = li.querySelector('[data-name="id"]')?.closest(".fr-input-group")?.querySelector(".fr-hint-text");
    if (idHint) idHint.textContent = `Laissez vide pour le numéro proposé : ${proposedIds[i] ?? ""}`;
    for (const el of li.querySelectorAll<HTMLElement>("[data-name]")) {
      const ind = el.closest(".pacte-indicator");
      const fu = el.closest(".pacte-funder");
      const name = el.dataset.name ?? "";
      if (ind) {
        const k = [...ind.parentElement!.children].indexOf(ind);
        el.dataset.path = `actions[${i}].indicators[${k}].${name}`;
      } else if (fu) {
        const k = [...fu.parentElement!.children].indexOf(fu);
        el.dataset.path = `actions[${i}].others[${k}].${name}`;
      } else {
        el.dataset.path = `actions[${i}].${name}`;
      }
    }
    li.querySelectorAll(".pacte-indicator").forEach((ind, k) => {
      const l = ind.querySelector(".pacte-indicator__fields > legend");
      if (l) l.textContent = `Indicateur ${k + 1} de l’action ${n}`;
      const b = ind.querySelector('[data-name="removeIndicator"]');
      if (b) b.textContent = `Retirer l’indicateur ${k + 1} de l’action ${n}`;
    });
    li.querySelectorAll(".pacte-funder").forEach((fu, k) => {
      const l = fu.querySelector(".pacte-funder__fields > legend");
      if (l) l.textContent = `Autre financeur ${k + 1} de l’action ${n}`;
      const b = fu.querySelector('[data-name="removeFunder"]');
      if (b) b.textContent = `Retirer le financeur ${k + 1} de l’action ${n}`;
    });
  });
}
