// The form's controls, built the way the State's design system (DSFR) writes them: a group, its
// label (with its hint inside, as DSFR does), the control, and the place for its error message.
// Every control carries `data-name` (its role within its action, indicator or funder, or its
// path for the fixed fields): the page computes each one's `data-path` from it.

/** What a field needs: its id, its name, its label and hint. */
export interface FieldOptions {
  readonly id: string;
  /** The control's role: `title`, `funding.2024.state`, or a fixed field's path (`signature.date`). */
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Extra classes of the group (`pacte-short` for a narrow field). */
  readonly className?: string | undefined;
}

function group(kind: "fr-input-group" | "fr-select-group", options: FieldOptions, control: HTMLElement): HTMLDivElement {
  const div = document.createElement("div");
  div.className = [kind, options.className ?? ""].join(" ").trim();
  const label = document.createElement("label");
  label.className = "fr-label";
  label.htmlFor = options.id;
  label.textContent = options.label;
  if (options.hint !== undefined) {
    const hint = document.createElement("span");
    hint.className = "fr-hint-text";
    hint.textContent = options.hint;
    label.append(hint);
  }
  control.id = options.id;
  control.dataset.name = options.name;
  const messages = document.createElement("div");
  messages.className = "fr-messages-group";
  const error = document.createElement("p");
  error.className = "fr-message fr-message--error";
  error.id = `${options.id}-erreur`;
  error.hidden = true;
  messages.append(error);
  div.append(label, control, messages);
  return div;
}

/**
 * A text field (`fr-input`), or a number or an amount (`inputmode`), with its value.
 *
 * @example
 * textField({ id: "signature-lieu", name: "signature.place", label: "Lieu de signature" }, "Guéret").control.value //=> "Guéret"
 */
export function textField(options: FieldOptions & { readonly inputMode?: "decimal" | "numeric" | undefined; readonly type?: "text" | "date" | undefined }, value: string): { group: HTMLDivElement; control: HTMLInputElement } {
  const control = document.createElement("input");
  control.className = "fr-input";
  control.type = options.type ?? "text";
  control.autocomplete = "off";
  if (options.inputMode !== undefined) control.inputMode = options.inputMode;
  control.value = value;
  return { group: group("fr-input-group", options, control), control };
}

/**
 * A text area (`fr-input`), for a few lines.
 *
 * @example
 * textArea({ id: "a-publics", name: "publics", label: "Publics visés" }, "Familles").control.rows //=> 3
 */
export function textArea(options: FieldOptions, value: string): { group: HTMLDivElement; control: HTMLTextAreaElement } {
  const control = document.createElement("textarea");
  control.className = "fr-input";
  control.rows = 3;
  control.value = value;
  return { group: group("fr-input-group", options, control), control };
}

/**
 * A drop-down list (`fr-select`) whose first option, « Sélectionner une option », cannot be chosen again.
 *
 * @example
 * selectField({ id: "a-nature", name: "nature", label: "Nature" }, [["new", "Nouvelle"]], "").control.value //=> ""
 */
export function selectField(options: FieldOptions, choices: readonly (readonly [string, string])[], value: string): { group: HTMLDivElement; control: HTMLSelectElement } {
  const control = document.createElement("select");
  control.className = "fr-select";
  fillSelect(control, choices, value);
  return { group: group("fr-select-group", options, control), control };
}

/**
 * Sets a drop-down list's options, « Sélectionner une option » first, and its value.
 *
 * @example
 * fillSelect(select, [["f", "la préfète"], ["m", "le préfet"]], "m"); select.value //=> "m"
 */
export function fillSelect(control: HTMLSelectElement, choices: readonly (readonly [string, string])[], value: string): void {
  const placeholder = new Option("Sélectionner une option", "", value === "", value === "");
  placeholder.disabled = true;
  control.replaceChildren(placeholder, ...choices.map(([v, label]) => new Option(label, v, false, v === value)));
}

/**
 * A button (`fr-btn`): secondary, tertiary, small.
 *
 * @example
 * button("Ajouter un indicateur", "secondary", "addIndicator").className //=> "fr-btn fr-btn--secondary fr-btn--sm"
 */
export function button(text: string, look: "secondary" | "tertiary", name: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  // Class names written out whole: the build keeps only the DSFR classes it finds in the sources.
  b.className = look === "secondary" ? "fr-btn fr-btn--secondary fr-btn--sm" : "fr-btn fr-btn--tertiary fr-btn--sm";
  b.textContent = text;
  b.dataset.name = name;
  return b;
}

/**
 * A group of fields under a legend (`fr-fieldset`); `add` puts each node in its own
 * `fr-fieldset__element`, as DSFR lays them out.
 *
 * @example
 * const f = fieldset("Indicateur 1", "pacte-indicator"); f.add(textField(…).group); f.legend.textContent //=> "Indicateur 1"
 */
export function fieldset(legendText: string, className: string): { fieldset: HTMLFieldSetElement; legend: HTMLLegendElement; add: (...nodes: HTMLElement[]) => void } {
  const f = document.createElement("fieldset");
  f.className = `fr-fieldset ${className}`;
  const legend = document.createElement("legend");
  legend.className = "fr-fieldset__legend";
  legend.textContent = legendText;
  f.append(legend);
  const add = (...nodes: HTMLElement[]) => {
    for (const node of nodes) {
      const element = document.createElement("div");
      element.className = "fr-fieldset__element";
      element.append(node);
      f.append(element);
    }
  };
  return { fieldset: f, legend, add };
}
