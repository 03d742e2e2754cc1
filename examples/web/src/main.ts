// The page: a form whose every change is checked at once (French messages beside the fields),
// and two buttons that compose the contract and render it to PDF or DOCX — here, in the
// browser, with the same packages a server or the `pacte` command uses.
import { contractTotals, contractToDocument, type Contract } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { AXES, formatPath, type Issue } from "@pacte/model";
import {
  DEFAULT_ACTIONS,
  checkForm,
  defaultReference,
  filterOptions,
  partyOptions,
  type ActionValues,
  type FormCheck,
  type FormValues,
  type PartyOption,
} from "./contract-form";

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} manque dans la page`);
  return el as T;
};

const search = $<HTMLInputElement>("recherche");
const select = $<HTMLSelectElement>("collectivite");
const count = $<HTMLParagraphElement>("collectivite-compte");
const reference = $<HTMLInputElement>("reference");
const prefetName = $<HTMLInputElement>("prefet-nom");
const prefetGender = $<HTMLSelectElement>("prefet-genre");
const executiveName = $<HTMLInputElement>("executif-nom");
const executiveGender = $<HTMLSelectElement>("executif-genre");
const actionList = $<HTMLOListElement>("actions");
const addButton = $<HTMLButtonElement>("ajouter");
const verification = $<HTMLDivElement>("verification");
const summary = $<HTMLParagraphElement>("resume");
const pdfButton = $<HTMLButtonElement>("telecharger-pdf");
const docxButton = $<HTMLButtonElement>("telecharger-docx");
const status = $<HTMLParagraphElement>("etat");

const OPTIONS = partyOptions();
const GROUPS: Readonly<Record<PartyOption["group"], string>> = {
  collectivite: "Collectivités à compétences départementales",
  metropole: "Métropoles",
};

// --- The collectivity: a search box that filters a list ------------------------------------

function fillSelect(): void {
  const current = select.value;
  const shown = filterOptions(OPTIONS, search.value);
  select.replaceChildren();
  for (const group of ["collectivite", "metropole"] as const) {
    const options = shown.filter((o) => o.group === group);
    if (options.length === 0) continue;
    const optgroup = document.createElement("optgroup");
    optgroup.label = GROUPS[group];
    for (const o of options) optgroup.append(new Option(o.label, o.value, false, o.value === current));
    select.append(optgroup);
  }
  // A single match is chosen at once; otherwise the choice stays as long as it is listed.
  if (shown.length === 1 && shown[0] !== undefined) select.value = shown[0].value;
  count.textContent =
    shown.length === 0 ? "Aucune collectivité ne correspond." : `${shown.length} collectivité${shown.length > 1 ? "s" : ""} affichée${shown.length > 1 ? "s" : ""}.`;
}

// --- The actions: one fieldset each --------------------------------------------------------

let nextRow = 0;

function addAction(values: ActionValues): void {
  const n = nextRow++;
  const li = document.createElement("li");
  li.className = "action";
  const fieldset = document.createElement("fieldset");
  const legend = document.createElement("legend");
  fieldset.append(legend);

  const field = (label: string, control: HTMLInputElement | HTMLSelectElement, name: string) => {
    const wrapper = document.createElement("div");
    wrapper.className = "field";
    control.id = `action-${n}-${name}`;
    control.dataset.field = name;
    const l = document.createElement("label");
    l.htmlFor = control.id;
    l.textContent = label;
    const error = document.createElement("p");
    error.className = "error";
    error.id = `${control.id}-erreur`;
    wrapper.append(l, control, error);
    return wrapper;
  };
  const title = document.createElement("input");
  title.type = "text";
  title.value = values.title;
  const axis = document.createElement("select");
  for (const a of AXES) axis.append(new Option(`${a.number} – ${a.wording}`, String(a.number), false, String(a.number) === values.axis));
  const amount = document.createElement("input");
  amount.type = "text";
  amount.inputMode = "decimal";
  amount.value = values.amount;
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "remove";
  remove.addEventListener("click", () => {
    // Keyboard users keep their place: focus goes to the next action, else the previous one, else
    // the button that adds one.
    const next = li.nextElementSibling ?? li.previousElementSibling;
    li.remove();
    numberActions();
    refresh();
    (next?.querySelector<HTMLInputElement>('[data-field="title"]') ?? addButton).focus();
  });
  fieldset.append(
    field("Intitulé", title, "title"),
    field("Axe du Pacte des solidarités", axis, "axis"),
    field("Montant annuel de l’État, en euros (la collectivité apporte le même)", amount, "amount"),
    remove,
  );
  li.append(fieldset);
  actionList.append(li);
  numberActions();
}

function numberActions(): void {
  actionList.querySelectorAll("li").forEach((li, i) => {
    const legend = li.querySelector("legend");
    if (legend) legend.textContent = `Action ${i + 1}`;
    // (The visible text names the action, so that what is seen is what is heard: WCAG 2.5.3.)
    const remove = li.querySelector<HTMLButtonElement>("button.remove");
    if (remove) remove.textContent = `Retirer l’action ${i + 1}`;
  });
}

function actionControls(): { title: HTMLInputElement; axis: HTMLSelectElement; amount: HTMLInputElement }[] {
  return [...actionList.querySelectorAll("li")].map((li) => ({
    title: li.querySelector<HTMLInputElement>('[data-field="title"]')!,
    axis: li.querySelector<HTMLSelectElement>('[data-field="axis"]')!,
    amount: li.querySelector<HTMLInputElement>('[data-field="amount"]')!,
  }));
}

// --- Reading the form, checking it, showing the issues -------------------------------------

function readForm(): FormValues {
  return {
    party: select.value,
    reference: reference.value,
    prefet: { name: prefetName.value, gender: prefetGender.value === "m" ? "m" : "f" },
    executive: { name: executiveName.value, gender: executiveGender.value === "m" ? "m" : "f" },
    actions: actionControls().map((c) => ({ title: c.title.value, axis: c.axis.value, amount: c.amount.value })),
  };
}

/** The control an issue points at, if the form has one. */
function controlFor(issue: Issue): HTMLElement | undefined {
  const [head, index, field] = issue.path;
  if (head === "actions" && typeof index === "number") {
    const c = actionControls()[index];
    if (c === undefined) return undefined;
    if (field === "title") return c.title;
    if (field === "axis") return c.axis;
    if (field === "amount" || field === "funding") return c.amount;
    return c.title;
  }
  const p = formatPath(issue.path);
  if (p.startsWith("collectivite.ref")) return select;
  if (p.startsWith("collectivite.executive")) return executiveName;
  if (p.startsWith("state.prefet")) return prefetName;
  if (p === "reference") return reference;
  return undefined;
}

/** Words for the parts of the contract the form does not show. */
const PLACES: Readonly<Record<string, string>> = {
  "collectivite.siret": "SIRET de la collectivité",
  "collectivite.deliberation.body": "Délibération",
  "signature.date": "Date de signature",
  "state.departement": "Département du préfet",
};

/** Where an issue is, in words: « Action 2 — intitulé ». */
function place(issue: Issue): string {
  const [head, index, field] = issue.path;
  if (head === "actions" && index === undefined) return "Actions";
  if (head === "actions" && typeof index === "number") {
    const what = field === "title" ? " — intitulé" : field === "axis" ? " — axe" : field === "amount" || field === "funding" ? " — montant" : "";
    return `Action ${index + 1}${what}`;
  }
  const control = controlFor(issue);
  const label = control ? document.querySelector(`label[for="${control.id}"]`)?.textContent : undefined;
  const path = formatPath(issue.path);
  return label ?? PLACES[path] ?? (issue.path.length > 0 ? path : "Contrat");
}

/** Links a control to its error message (or unlinks it with `null`), keeping the hints it already had. */
function describe(control: HTMLElement, message: HTMLElement | null): void {
  const own = (control.dataset.describedby ??= control.getAttribute("aria-describedby") ?? "");
  const ids = [own, message?.id ?? ""].filter((id) => id !== "").join(" ");
  if (ids === "") control.removeAttribute("aria-describedby");
  else control.setAttribute("aria-describedby", ids);
}

function showIssues(check: FormCheck): void {
  // Clear the previous marks.
  for (const el of document.querySelectorAll<HTMLElement>("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-errormessage");
    describe(el, null);
  }
  for (const p of document.querySelectorAll<HTMLElement>("p.error")) p.textContent = "";

  const list = (issues: readonly Issue[], title: string, className: string) => {
    const section = document.createElement("div");
    section.className = className;
    const h = document.createElement("h3");
    h.textContent = title;
    const ul = document.createElement("ul");
    for (const issue of issues) {
      const li = document.createElement("li");
      li.dataset.code = issue.code;
      const where = document.createElement("strong");
      const control = controlFor(issue);
      if (control) {
        // A link to the field, so that the summary leads to what to correct (keyboard included).
        const a = document.createElement("a");
        a.href = `#${control.id}`;
        a.textContent = place(issue);
        a.addEventListener("click", (e) => {
          e.preventDefault();
          control.focus();
        });
        where.append(a, " : ");
      } else where.textContent = `${place(issue)} : `;
      li.append(where, issue.message);
      ul.append(li);
    }
    section.append(h, ul);
    return section;
  };

  for (const issue of check.errors) {
    const control = controlFor(issue);
    const message = control ? document.getElementById(`${control.id}-erreur`) : null;
    if (control) control.setAttribute("aria-invalid", "true");
    if (control && message) {
      control.setAttribute("aria-errormessage", message.id);
      describe(control, message);
      message.textContent = issue.message;
    }
  }

  const parts: HTMLElement[] = [];
  if (check.errors.length === 0) {
    const ok = document.createElement("p");
    ok.className = "ok";
    ok.textContent = "Le contrat est complet et cohérent.";
    parts.push(ok);
  } else {
    parts.push(list(check.errors, `${check.errors.length} problème${check.errors.length > 1 ? "s" : ""} à corriger`, "errors"));
  }
  if (check.warnings.length > 0) {
    parts.push(list(check.warnings, `${check.warnings.length} avertissement${check.warnings.length > 1 ? "s" : ""} (n’empêchent pas le téléchargement)`, "warnings"));
  }
  verification.replaceChildren(...parts);
}

let current: Contract | undefined;
let busy = false;

function refresh(): void {
  reference.placeholder = defaultReference(select.value);
  const check = checkForm(readForm());
  current = check.contract;
  showIssues(check);
  pdfButton.disabled = busy || current === undefined;
  docxButton.disabled = busy || current === undefined;
  if (current !== undefined) {
    const totals = contractTotals(current);
    summary.textContent = `${current.collectivite.name} — ${current.actions.length} action${current.actions.length > 1 ? "s" : ""}, État ${formatEuros(totals.total.state)} et collectivité ${formatEuros(totals.total.collectivite)} sur ${current.years[0]}–${current.years.at(-1)}.`;
  } else {
    summary.textContent = "Corrigez les problèmes signalés pour pouvoir télécharger le contrat.";
  }
}

// --- Downloads: composed and rendered here ---------------------------------------------------

function fileBaseName(ref: string): string {
  return ref.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "contrat";
}

function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function generate(format: "pdf" | "docx"): Promise<void> {
  const contract = current;
  if (contract === undefined || busy) return;
  busy = true;
  pdfButton.disabled = docxButton.disabled = true;
  status.textContent = `Génération du ${format.toUpperCase()}…`;
  try {
    const doc = contractToDocument(contract);
    const started = performance.now();
    // Each renderer is loaded on first use: the page itself stays light.
    const bytes =
      format === "pdf"
        ? await (await import("@pacte/pdf")).renderPdf(doc)
        : await (await import("@pacte/docx")).renderDocx(doc);
    const name = `${fileBaseName(contract.reference)}.${format}`;
    download(bytes, name, format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    status.textContent = `${name} prêt (${Math.round(bytes.length / 1000)} ko, ${Math.round(performance.now() - started)} ms).`;
  } catch (e) {
    const issues = (e as { issues?: Issue[] }).issues;
    status.textContent = `Le ${format.toUpperCase()} n’a pas pu être produit : ${
      Array.isArray(issues) && issues.length > 0 ? issues.map((i) => i.message).join(" ; ") : e instanceof Error ? e.message : String(e)
    }`;
    console.error(e);
  } finally {
    busy = false;
    refresh();
  }
}

// --- A contract written in YAML, checked with the library -----------------------------------

const yamlText = $<HTMLTextAreaElement>("yaml-texte");
const yamlResult = $<HTMLDivElement>("yaml-resultat");

async function checkYamlText(): Promise<void> {
  // Loaded on first use, like the renderers: the YAML reader is not part of the page's first load.
  const { checkYaml } = await import("./yaml-check");
  const check = checkYaml(yamlText.value);
  const parts: HTMLElement[] = [];
  if (check.valid) {
    const ok = document.createElement("p");
    ok.className = "ok";
    ok.textContent = `Le contrat est valide : ${check.summary ?? ""}.`;
    parts.push(ok);
  }
  if (check.problems.length > 0) {
    const errors = check.problems.filter((p) => p.severity === "error").length;
    const h = document.createElement("h3");
    h.textContent = errors > 0 ? `${errors} problème${errors > 1 ? "s" : ""} à corriger` : "Avertissements";
    const ul = document.createElement("ul");
    for (const problem of check.problems) {
      const li = document.createElement("li");
      li.dataset.code = problem.code;
      li.dataset.line = String(problem.line);
      const where = document.createElement("strong");
      where.textContent = `Ligne ${problem.line}${problem.path !== "" && !problem.path.startsWith("(") ? ` (${problem.path})` : ""} : `;
      li.append(where, problem.severity === "warning" ? `avertissement : ${problem.message}` : problem.message);
      ul.append(li);
    }
    const section = document.createElement("div");
    section.className = errors > 0 ? "errors" : "warnings";
    section.append(h, ul);
    parts.push(section);
  }
  yamlResult.replaceChildren(...parts);
}

// --- Wiring -----------------------------------------------------------------------------------

search.addEventListener("input", () => {
  fillSelect();
  refresh();
});
select.addEventListener("change", refresh);
$<HTMLFormElement>("contrat").addEventListener("input", (e) => {
  if (e.target !== search) refresh();
});
$<HTMLFormElement>("contrat").addEventListener("submit", (e) => e.preventDefault());
addButton.addEventListener("click", () => {
  addAction({ title: "", axis: "1", amount: "" });
  refresh();
  actionControls().at(-1)?.title.focus();
});
pdfButton.addEventListener("click", () => void generate("pdf"));
$<HTMLButtonElement>("yaml-verifier").addEventListener("click", () => void checkYamlText());
docxButton.addEventListener("click", () => void generate("docx"));

fillSelect();
for (const action of DEFAULT_ACTIONS) addAction(action);
refresh();
document.body.dataset.ready = "true";
