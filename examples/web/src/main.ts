// The page: a form a State official fills in, checked as they go (beside each field they touched,
// and in a summary once they ask), saved to and opened from a YAML file, and turned into the
// contract's PDF and DOCX — here, in the browser, with the same packages a server or the `pacte`
// command uses. What the page needs first is light: the choices come as plain data
// (`virtual:pacte-choices`, made at build time); the checks are loaded when the person first
// touches the form, the renderers on the first download.
// The State's design system (DSFR): only the component styles the page uses (see style.css).
import "./style.css";
import { CHOICES } from "virtual:pacte-choices";
import type { FormCheck } from "./check-form";
import { emptyAction, emptyForm } from "./form-values";
import { createFormView } from "./form-view";
import { showIssues } from "./issues-view";

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} manque dans la page`);
  return el as T;
};

const form = byId<HTMLFormElement>("contrat");
const search = byId<HTMLInputElement>("recherche");
const select = byId<HTMLSelectElement>("collectivite");
const summary = byId<HTMLDivElement>("verification");
const resume = byId<HTMLParagraphElement>("resume");
const status = byId<HTMLParagraphElement>("etat");
const pdfButton = byId<HTMLButtonElement>("telecharger-pdf");
const docxButton = byId<HTMLButtonElement>("telecharger-docx");
const saveButton = byId<HTMLButtonElement>("enregistrer");
const openInput = byId<HTMLInputElement>("ouvrir");
const openStatus = byId<HTMLDivElement>("ouvrir-etat");
const years = CHOICES.profiles["cls-departement-2024"].years;

// --- Checks: loaded on first use, run after every change ------------------------------------

type Checker = typeof import("./check-form");
let checker: Promise<Checker> | undefined;
const loadChecker = (): Promise<Checker> => (checker ??= import("./check-form"));

/** The controls the person changed: their problems are shown before the check is asked for. */
const touched = new WeakSet<Element>();
let submitted = false;
let last: FormCheck | undefined;
let run = 0;

async function refresh(): Promise<FormCheck> {
  const mine = ++run;
  const { checkForm } = await loadChecker();
  const check = checkForm(view.read(), CHOICES);
  if (mine === run) {
    last = check;
    showIssues({ errors: check.errors, warnings: check.warnings, touched, submitted, summary });
    if (check.summary !== undefined) {
      resume.textContent = check.summary;
    } else {
      resume.textContent = submitted ? "Corrigez les problèmes signalés pour télécharger le contrat." : "Les fichiers sont produits une fois le contrat complet et cohérent.";
    }
  }
  return check;
}

/** Asks for the check: every problem shown, the focus on the summary when there is one. */
async function submit(): Promise<FormCheck> {
  submitted = true;
  const check = await refresh();
  if (check.errors.length > 0) byId("verification-titre").focus();
  return check;
}

const view = createFormView(CHOICES, (focus) => {
  void refresh();
  focus.focus();
});

// --- Downloads: composed and rendered here -----------------------------------------------------

function fileBaseName(ref: string): string {
  return ref.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "contrat";
}

function download(bytes: Uint8Array | string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let busy = false;

async function generate(format: "pdf" | "docx"): Promise<void> {
  if (busy) return;
  const check = await submit();
  const contract = check.contract;
  if (contract === undefined) {
    status.textContent = `Le ${format.toUpperCase()} sera produit une fois les problèmes corrigés.`;
    return;
  }
  busy = true;
  status.textContent = `Production du ${format.toUpperCase()}…`;
  try {
    const { contractToDocument } = await import("@pacte/contract");
    const doc = contractToDocument(contract);
    // Each renderer is loaded on first use: the page itself stays light.
    const bytes = format === "pdf" ? await (await import("@pacte/pdf")).renderPdf(doc) : await (await import("@pacte/docx")).renderDocx(doc);
    const name = `${fileBaseName(contract.reference)}.${format}`;
    download(bytes, name, format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    status.textContent = `${name} est prêt (${Math.max(1, Math.round(bytes.length / 1000))} ko).`;
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues;
    status.textContent = `Le ${format.toUpperCase()} n’a pas pu être produit : ${
      Array.isArray(issues) && issues.length > 0 ? issues.map((i) => i.message).join(" ; ") : e instanceof Error ? e.message : String(e)
    }`;
    console.error(e);
  } finally {
    busy = false;
  }
}

// --- The project as a YAML file: saved, opened -------------------------------------------------

async function save(): Promise<void> {
  const check = await refresh();
  if (!check.readable) {
    submitted = true;
    await refresh();
    status.textContent = "Pour enregistrer le projet, corrigez d’abord les montants et les nombres signalés.";
    byId("verification-titre").focus();
    return;
  }
  const { contractYaml } = await import("./contract-yaml");
  const name = `${fileBaseName(check.input.reference)}.yaml`;
  download(contractYaml(check.input), name, "application/yaml");
  status.textContent = `${name} est enregistré dans vos téléchargements : ouvrez-le avec « Ouvrir un projet enregistré » pour le reprendre.`;
}

async function open(file: File): Promise<void> {
  const [{ openContractYaml }, text] = await Promise.all([import("./contract-yaml"), file.text()]);
  const opened = openContractYaml(text, CHOICES);
  const note = document.createElement("div");
  if (!opened.success) {
    note.className = "fr-alert fr-alert--error fr-alert--sm";
    const p = document.createElement("p");
    p.textContent = `« ${file.name} » n’a pas pu être ouvert : le fichier a sans doute été modifié à la main.`;
    const ul = document.createElement("ul");
    for (const problem of opened.problems) {
      const li = document.createElement("li");
      li.dataset.code = problem.code;
      li.dataset.line = String(problem.line);
      li.textContent = `Ligne ${problem.line} : ${problem.message}`;
      ul.append(li);
    }
    note.append(p, ul);
    openStatus.replaceChildren(note);
    return;
  }
  view.fill(opened.values);
  note.className = "fr-alert fr-alert--info fr-alert--sm";
  const p = document.createElement("p");
  const n = opened.values.actions.length;
  p.textContent = `« ${file.name} » est ouvert : ${n} action${n > 1 ? "s" : ""}. Vérifiez le contrat ci-dessous.`;
  note.append(p);
  if (opened.notes.length > 0) {
    const ul = document.createElement("ul");
    for (const text of opened.notes) {
      const li = document.createElement("li");
      li.textContent = text;
      ul.append(li);
    }
    note.append(ul);
  }
  openStatus.replaceChildren(note);
  submitted = true;
  await refresh();
}

// --- Wiring ------------------------------------------------------------------------------------

search.addEventListener("input", () => {
  view.filterParties();
  view.update();
  void refresh();
});
select.addEventListener("change", () => view.update());
form.addEventListener("focusin", () => void loadChecker(), { once: true });
// A control is touched once the person changed it (a list, a date, a box) or typed in it and left
// it — even to leave it empty again: from then on its problems show beside it.
const typedIn = new WeakSet<Element>();
form.addEventListener("input", (e) => {
  if (e.target === search) return;
  if (e.target instanceof Element) typedIn.add(e.target);
  void refresh();
});
form.addEventListener("focusout", (e) => {
  if (e.target instanceof Element && typedIn.has(e.target) && !touched.has(e.target)) {
    touched.add(e.target);
    void refresh();
  }
});
form.addEventListener("change", (e) => {
  if (e.target instanceof Element && e.target !== search) touched.add(e.target);
  view.update();
  void refresh();
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void submit();
});
byId<HTMLButtonElement>("ajouter").addEventListener("click", () => view.addAction(emptyAction(years), true));
pdfButton.addEventListener("click", () => void generate("pdf"));
docxButton.addEventListener("click", () => void generate("docx"));
saveButton.addEventListener("click", () => void save());
openInput.addEventListener("change", () => {
  const file = openInput.files?.[0];
  // Emptied at once, so that choosing the same file again (saved again meanwhile) opens it again.
  openInput.value = "";
  if (file !== undefined) void open(file);
});

view.fill(emptyForm(years));
view.filterParties();
document.body.dataset.ready = "true";

