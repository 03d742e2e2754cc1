// The problems shown: beside each control (DSFR's error look, `aria-invalid`, the message linked
// by `aria-describedby` and `aria-errormessage`) once the person has touched it or asked for the
// check, and in a summary of DSFR alerts whose every entry is a link to the control to correct.
import type { FieldIssue } from "./check-form";

/**
 * The control of a field: the one whose `data-path` is the field, else the first one under it
 * (`actions[0].funding` leads to the first amount).
 *
 * @example
 * controlOf("signature.date") //=> <input id="signature-date">
 */
export function controlOf(field: string | undefined, root: ParentNode = document): HTMLElement | undefined {
  if (field === undefined) return undefined;
  const exact = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(field)}"]`);
  if (exact !== null) return exact;
  return [...root.querySelectorAll<HTMLElement>("[data-path]")].find((el) => {
    const p = el.dataset.path ?? "";
    return p.startsWith(`${field}.`) || p.startsWith(`${field}[`);
  });
}

const ERROR_CLASSES: readonly (readonly [string, string])[] = [
  ["fr-input-group", "fr-input-group--error"],
  ["fr-select-group", "fr-select-group--error"],
  ["fr-checkbox-group", "fr-checkbox-group--error"],
  ["fr-input", "fr-input--error"],
  ["fr-select", "fr-select--error"],
];

/** Links a control to its error message, keeping what it described before. */
function describe(control: HTMLElement, messageId: string | undefined): void {
  const own = (control.dataset.describedby ??= control.getAttribute("aria-describedby") ?? "");
  const ids = [own, messageId ?? ""].filter((id) => id !== "").join(" ");
  if (ids === "") control.removeAttribute("aria-describedby");
  else control.setAttribute("aria-describedby", ids);
}

/** Takes every error mark off the page. */
function clearMarks(): void {
  for (const el of document.querySelectorAll<HTMLElement>("[aria-invalid]")) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-errormessage");
    describe(el, undefined);
  }
  for (const [, error] of ERROR_CLASSES) for (const el of document.querySelectorAll(`.${error}`)) el.classList.remove(error);
  for (const p of document.querySelectorAll<HTMLElement>("p.fr-message--error")) {
    p.textContent = "";
    p.hidden = true;
  }
}

/** Puts a control in error: its group's and its own DSFR error classes, the message beside it, the ARIA links. */
function mark(control: HTMLElement, messages: readonly string[]): void {
  if (control.tagName === "BUTTON") return;
  const group = control.closest(".fr-input-group, .fr-select-group, .fr-checkbox-group");
  const message = group?.querySelector<HTMLElement>("p.fr-message--error") ?? null;
  control.setAttribute("aria-invalid", "true");
  for (const [base, error] of ERROR_CLASSES) {
    if (control.classList.contains(base)) control.classList.add(error);
    if (group?.classList.contains(base)) group.classList.add(error);
  }
  if (message !== null) {
    message.textContent = messages.join(" ");
    message.hidden = false;
    control.setAttribute("aria-errormessage", message.id);
    describe(control, message.id);
  }
}

/** The DOM order of two controls, those without one last. */
function byPlace(a: HTMLElement | undefined, b: HTMLElement | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** One DSFR alert listing problems, each entry a link to its control. */
function alert(kind: "error" | "warning", title: string, issues: readonly FieldIssue[], titleId: string): HTMLElement {
  const div = document.createElement("div");
  // Class names written out whole: the build keeps only the DSFR classes it finds in the sources.
  div.className = kind === "error" ? "fr-alert fr-alert--error pacte-summary" : "fr-alert fr-alert--warning pacte-summary";
  const h = document.createElement("h2");
  h.className = "fr-alert__title";
  h.id = titleId;
  h.tabIndex = -1;
  h.textContent = title;
  const ul = document.createElement("ul");
  for (const issue of issues) {
    const li = document.createElement("li");
    li.dataset.code = issue.code;
    const control = controlOf(issue.field);
    if (control !== undefined) {
      const a = document.createElement("a");
      a.className = "fr-link";
      a.href = `#${control.id}`;
      a.textContent = issue.where;
      a.addEventListener("click", (e) => {
        e.preventDefault();
        control.scrollIntoView({ block: "center" });
        control.focus();
      });
      li.append(a, ` : ${issue.message}`);
    } else {
      li.textContent = `${issue.where} : ${issue.message}`;
    }
    ul.append(li);
  }
  div.append(h, ul);
  return div;
}

/** What to show: the problems, which controls were touched, and whether the check was asked for. */
export interface ShowOptions {
  readonly errors: readonly FieldIssue[];
  readonly warnings: readonly FieldIssue[];
  readonly touched: ReadonlySet<Element> | WeakSet<Element>;
  readonly submitted: boolean;
  readonly summary: HTMLElement;
}

/**
 * Shows the problems: beside each control the person touched (or every one, once the check was
 * asked for), and — once asked for — in the summary: the errors, then the warnings (which do
 * not stop the downloads), in the order of the page, or a success message.
 *
 * @example
 * showIssues({ errors: check.errors, warnings: check.warnings, touched, submitted: true, summary: document.getElementById("verification")! })
 */
export function showIssues(options: ShowOptions): void {
  clearMarks();
  const { errors, warnings, touched, submitted, summary } = options;
  const perControl = new Map<HTMLElement, string[]>();
  for (const issue of errors) {
    const control = controlOf(issue.field);
    if (control === undefined || !(submitted || touched.has(control))) continue;
    perControl.set(control, [...(perControl.get(control) ?? []), issue.message]);
  }
  for (const [control, messages] of perControl) mark(control, messages);

  if (!submitted) {
    summary.replaceChildren();
    delete summary.dataset.words;
    return;
  }
  const sorted = (list: readonly FieldIssue[]) => [...list].sort((a, b) => byPlace(controlOf(a.field), controlOf(b.field)));
  const parts: HTMLElement[] = [];
  if (errors.length === 0) {
    const ok = document.createElement("div");
    ok.className = "fr-alert fr-alert--success pacte-summary";
    const h = document.createElement("h2");
    h.className = "fr-alert__title";
    h.id = "verification-titre";
    h.tabIndex = -1;
    h.textContent = "Le contrat est complet et cohérent.";
    ok.append(h);
    parts.push(ok);
  } else {
    const n = errors.length;
    parts.push(alert("error", `${n} problème${n > 1 ? "s" : ""} à corriger avant de télécharger`, sorted(errors), "verification-titre"));
  }
  if (warnings.length > 0) {
    const n = warnings.length;
    parts.push(alert("warning", `${n} point${n > 1 ? "s" : ""} à vérifier (n’empêche${n > 1 ? "nt" : ""} pas le téléchargement)`, sorted(warnings), "verification-avertissements"));
  }
  // Replaced only when the words change: the summary is a live region, read again at each change.
  const words = parts.map((p) => p.textContent).join("\n");
  if (summary.dataset.words !== words) {
    summary.dataset.words = words;
    summary.replaceChildren(...parts);
  }
}
