// The form saved as a YAML file and opened again, with @pacte/contract's own functions: written in
// format 2 (`format: 2`, amounts in euros: « 50 000 € ») by `contractInputInEuros`, read back by
// `parseContractText` — the file `pacte validate` and `pacte render` read too. Pure.
import { checkContractText, contractInputInEuros, parseContractText, type ContractInput, type IssuePath } from "@pacte/contract";
import { Document } from "yaml";
import type { Choices } from "./choices";
import type { FormValues } from "./form-values";
import { inputToForm } from "./input-to-form";
import { typeset } from "./official-messages";

/**
 * The YAML text of a contract's input, in format 2 (amounts in euros, as typed in the form),
 * with a comment that says what it is. The same input gives the same text.
 *
 * @example
 * contractYaml(input).split("\n").find((l) => l.startsWith("format")) //=> "format: 2"
 */
export function contractYaml(input: ContractInput): string {
  const doc = new Document(contractInputInEuros(input));
  doc.commentBefore = [
    " Contrat local des solidarités — projet enregistré depuis la page « Préparer un contrat local des solidarités ».",
    " Pour le reprendre : bouton « Ouvrir un projet enregistré » de la page. Montants en euros (format 2) ;",
    " dates au format AAAA-MM-JJ. Le même fichier se vérifie avec « pacte validate » et se rend avec « pacte render ».",
  ].join("\n");
  return doc.toString({ lineWidth: 0 });
}

/** A problem of a file that could not be opened, at its line. */
export interface FileProblem {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** What opening a file gives: the form's values and notes, or the problems that stop it. */
export type OpenedContract =
  | { readonly success: true; readonly values: FormValues; readonly notes: readonly string[] }
  | { readonly success: false; readonly problems: readonly FileProblem[] };

/** A copy of `value` without the key at `path`. */
function withoutPath(value: unknown, path: IssuePath): unknown {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withoutPath(v, rest) : v));
  const record = value as Record<string, unknown>;
  if (rest.length === 0) return Object.fromEntries(Object.entries(record).filter(([k]) => k !== head));
  return { ...record, [head]: withoutPath(record[head], rest) };
}

/**
 * Opens the text of a saved contract — format 2 or a file in cents (format 1), as `pacte init`
 * writes them — into the form's values: `parseContractText` reads it (syntax, amounts), and the
 * keys `checkContractText` does not know are left out, each with a note at its line. A text the
 * library cannot read gives its problems, each at its line.
 *
 * @example
 * openContractYaml(contractYaml(formToInput(values, choices).input), choices) //=> { success: true, values: deep-equal to values, notes: [] }
 * openContractYaml("reference: [", choices).success //=> false
 */
export function openContractYaml(text: string, choices: Choices): OpenedContract {
  const parsed = parseContractText(text, { format: "yaml", lang: "fr" });
  if (!parsed.success) {
    const problems = parsed.issues
      .filter((i) => i.severity === "error")
      .map((i) => ({ line: i.location?.line ?? 1, code: i.code, message: typeset(i.message) }))
      .sort((a, b) => a.line - b.line);
    return { success: false, problems };
  }
  const checked = checkContractText(text, { format: "yaml", lang: "fr" });
  const unknown = (checked.success ? checked.warnings : [...checked.issues, ...checked.warnings]).filter((i) => i.code === "input.unknown_key");
  let data = parsed.data;
  for (const issue of unknown) data = withoutPath(data, issue.path);
  const r = inputToForm(data, choices);
  if (!r.success) return { success: false, problems: [{ line: 1, code: "form.profile", message: typeset(r.message) }] };
  const ignored = unknown.map((i) => {
    const key = typeof i.params.key === "string" ? i.params.key : String(i.path.at(-1) ?? "");
    const hint = typeof i.params.suggestion === "string" ? ` (vouliez-vous dire « ${i.params.suggestion} » ?)` : "";
    return `Ligne ${i.location?.line ?? 1} : rubrique inconnue « ${key} »${hint}, ignorée.`;
  });
  return { success: true, values: r.values, notes: [...ignored, ...r.notes].map(typeset) };
}
