import { fail, ok, safeParseWith, type Issue, type IssuePath, type Lang, type Result } from "@pacte/issues";
import { MODEL_ISSUES, type Cents } from "@pacte/model";
import { ActionSchema, type ContractInput } from "../input";
import { INPUT_ISSUES, inEurosIssue } from "../input-issues";
import { CONTRACT_LIMITS } from "../limits";
import { CONTRACT_ISSUES } from "../messages";
import { ACTION_SHEET_COLUMNS, NATURE_CHOICES, PART_CHOICES, REINFORCEMENT_CHOICES, YES_NO_CHOICES, type SheetChoices } from "./action-sheet-columns";
import { sheetAmount } from "./sheet-amount";
import { sheetIssue } from "./sheet-issues";
import { locateSheetIssues, type SheetOrigin } from "./sheet-origins";
import { readSheetRecords, type SheetField, type SheetRecord } from "./sheet-records";
import { cellText, type SheetTable } from "./sheet-table";

type ActionInput = ContractInput["actions"][number];
type YearFundingInput = ActionInput["funding"][string];

/**
 * What {@link sheetToActions} read: the actions (as a contract input writes them, amounts in
 * cents; an empty cell sets nothing), the years of the sheet's amount columns, the keys of the
 * columns the sheet has (see `ACTION_SHEET_COLUMNS`), and where each value came from, to point
 * later issues at their cells (`locateSheetIssues`).
 *
 * @example
 * sheetToActions(table).data?.actions[0]?.funding["2024"] //=> { state: 5000000, collectivite: 5000000 }
 */
export interface SheetActions {
  readonly actions: readonly ActionInput[];
  readonly years: readonly number[];
  readonly columns: readonly string[];
  readonly origins: readonly SheetOrigin[];
}

/** Options of {@link sheetToActions}: the language of the messages. */
export interface SheetToActionsOptions {
  readonly lang?: Lang | undefined;
}

/** The text fields of an action that a cell gives as it is. */
const TEXT_FIELDS = ["title", "description", "carrier", "territory", "referentiel", "socle"] as const;
/** The fields of an action that a cell gives as a list, items separated by « ; » or line breaks. */
const LIST_FIELDS = ["publics", "partners"] as const;
/** The columns a further row of the same action may not fill differently (it adds another funder only). */
const ACTION_COLUMNS = ["axis", "part", "socle", "title", "description", "carrier", "publics", "partners", "territory", "nature", "reinforcement", "reinforcementDetail", "referentiel", "personalData"] as const;

/** What `ActionSchema` accepts as an action's identifier. */
const ACTION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const listOf = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");

/** The axis a cell names: `3`, `Axe 3`, `3 – Lutter contre…`. */
function axisOf(text: string): 1 | 2 | 3 | 4 | undefined {
  const m = /^(?:axe\s*)?([1-4])(?![\d.,])/i.exec(text.trim());
  return m === null ? undefined : (Number(m[1]) as 1 | 2 | 3 | 4);
}

/** One sheet read row by row: the issues found, the origins of the values. */
class Reader {
  readonly issues: Issue[] = [];
  readonly origins: SheetOrigin[] = [];
  readonly lang: Lang;
  constructor(lang: Lang) {
    this.lang = lang;
  }

  from(path: IssuePath, field: SheetField): void {
    this.origins.push({ path, at: field.at });
  }

  amount(field: SheetField | undefined, path: IssuePath): Cents | undefined | "error" {
    if (field === undefined) return undefined;
    const r = sheetAmount(field.value, field.label, field.at, { lang: this.lang, path });
    if (!r.success) {
      this.issues.push(...r.issues);
      return "error";
    }
    this.from(path, field);
    return r.data;
  }

  choice<T>(field: SheetField | undefined, list: SheetChoices<T>, path: IssuePath): T | undefined | "error" {
    const text = cellText(field?.value ?? null);
    if (field === undefined || text === undefined) return undefined;
    const value = list.read(text);
    if (value === undefined) {
      this.issues.push(sheetIssue("sheet.choice", field.at, { label: field.label, received: text, allowed: list.words }, { lang: this.lang, path }));
      return "error";
    }
    this.from(path, field);
    return value;
  }
}

/** The first cell of a further row of `first`'s action that says something else than `first`'s row about the action, or `undefined`. */
function conflicting(record: SheetRecord, first: SheetRecord): SheetField | undefined {
  for (const key of ACTION_COLUMNS) {
    const field = record.fields[key];
    const text = cellText(field?.value ?? null);
    if (field !== undefined && text !== undefined && text !== cellText(first.fields[key]?.value ?? null)) return field;
  }
  for (const year of Object.values(record.years)) {
    for (const key of ["state", "collectivite"] as const) {
      const field = year[key];
      if (field !== undefined && cellText(field.value) !== undefined) return field;
    }
  }
  return undefined;
}

/** Reads the funding columns of a row into `action.funding`; `others` adds to what is there. */
function readFunding(reader: Reader, record: SheetRecord, action: ActionInput, path: IssuePath, name: string | undefined, nameField: SheetField | undefined): { ok: boolean; others: number } {
  let ok = true;
  let others = 0;
  for (const [year, cells] of Object.entries(record.years)) {
    const at = [...path, "funding", year];
    const state = reader.amount(cells.state, [...at, "state"]);
    const collectivite = reader.amount(cells.collectivite, [...at, "collectivite"]);
    const existing = action.funding[year];
    const index = existing?.others?.length ?? 0;
    const other = reader.amount(cells.others, [...at, "others", index, "amount"]);
    if (other !== "error" && other !== undefined && other > 0) {
      others++;
      if (name === undefined && cells.others !== undefined) {
        reader.issues.push(sheetIssue("sheet.other_funder_name", cells.others.at, { label: cells.others.label }, { lang: reader.lang, path: [...at, "others", index, "name"] }));
        ok = false;
        continue;
      }
    }
    if (state === "error" || collectivite === "error" || other === "error") {
      ok = false;
      continue;
    }
    if (state === undefined && collectivite === undefined && (other === undefined || other === 0)) continue;
    const funding: YearFundingInput = existing ?? { state: state ?? 0, collectivite: collectivite ?? 0 };
    if (other !== undefined && other > 0 && name !== undefined) {
      funding.others = [...(funding.others ?? []), { name, amount: other }];
      if (nameField !== undefined) reader.from([...at, "others", index, "name"], nameField);
    }
    action.funding[year] = funding;
  }
  return { ok, others };
}

/** Reads the cells of an action's first row. */
function readAction(reader: Reader, record: SheetRecord, id: string, path: IssuePath): { action: ActionInput; ok: boolean } {
  const before = reader.issues.length;
  const f = record.fields;
  const action: Record<string, unknown> = { id };
  const axis = f.axis === undefined ? undefined : cellText(f.axis.value);
  if (axis !== undefined && f.axis !== undefined) {
    const n = axisOf(axis);
    if (n === undefined) reader.issues.push(sheetIssue("sheet.choice", f.axis.at, { label: f.axis.label, received: axis, allowed: ["1", "2", "3", "4"] }, { lang: reader.lang, path: [...path, "axis"] }));
    else {
      action.axis = n;
      reader.from([...path, "axis"], f.axis);
    }
  }
  const part = reader.choice(f.part, PART_CHOICES, [...path, "part"]);
  if (part !== undefined && part !== "error") action.part = part;
  for (const key of TEXT_FIELDS) {
    const field = f[key];
    const text = cellText(field?.value ?? null);
    if (field === undefined) continue;
    if (text !== undefined) {
      action[key] = text;
      reader.from([...path, key], field);
    } else if (key === "title") {
      reader.issues.push(sheetIssue("sheet.missing_value", field.at, { label: field.label }, { lang: reader.lang, path: [...path, key] }));
    }
  }
  for (const key of LIST_FIELDS) {
    const field = f[key];
    const text = cellText(field?.value ?? null);
    if (field === undefined || text === undefined) continue;
    action[key] = listOf(text);
    reader.from([...path, key], field);
  }
  const nature = reader.choice(f.nature, NATURE_CHOICES, [...path, "nature"]);
  if (nature === undefined && f.nature !== undefined) reader.issues.push(sheetIssue("sheet.missing_value", f.nature.at, { label: f.nature.label }, { lang: reader.lang, path: [...path, "nature"] }));
  if (nature !== undefined && nature !== "error") action.nature = nature;
  const kind = reader.choice(f.reinforcement, REINFORCEMENT_CHOICES, [...path, "reinforcement", "kind"]);
  const detail = cellText(f.reinforcementDetail?.value ?? null);
  if (kind !== undefined && kind !== "error") {
    action.reinforcement = { kind, ...(detail !== undefined ? { detail } : {}) };
    if (detail !== undefined && f.reinforcementDetail !== undefined) reader.from([...path, "reinforcement", "detail"], f.reinforcementDetail);
  }
  const personal = reader.choice(f.personalData, YES_NO_CHOICES, [...path, "personalData"]);
  if (personal !== undefined && personal !== "error") action.personalData = personal;
  action.funding = {};
  return { action: action as ActionInput, ok: reader.issues.length === before };
}

/**
 * Builds the actions of a contract input and their yearly funding from a sheet of actions, as
 * `pacte init --sheet` lays it out (see `ACTION_SHEET_COLUMNS`; the columns may come in any order,
 * optional ones may be left out, a title row may sit above the header): one action per row, its
 * funding per year from the `État`, `Collectivité` and `Autres financeurs` columns of that year,
 * read exactly into cents (`sheetAmount`). A year whose three cells are empty is not funded; an
 * empty cell in a year that is funded counts 0. Another funder of the same action is a further
 * row with the same `Code action` that fills only `Autre financeur` and its amounts (and repeats,
 * if it likes, what the first row says).
 *
 * Every problem of the sheet comes out at once, each at its cell (`sheet.*`), then each action is
 * checked against `ActionSchema` (identifier, lengths, invisible characters, amount limits) with
 * its issues pointed at the cells. Pure and runtime-neutral: the rows come from whoever read the
 * file.
 *
 * @example
 * const r = sheetToActions({ sheet: "Actions", rows: [
 *   { row: 1, cells: ["Axe", "Code action", "Intitulé", "Nature", "État 2024", "Collectivité 2024"] },
 *   { row: 2, cells: [1, "A1.1", "Accueil du jeune enfant", "nouvelle", "40 000 €", 40000] },
 * ] });
 * r.success && r.data.actions[0] //=> { id: "A1.1", axis: 1, title: "Accueil du jeune enfant", nature: "new", funding: { "2024": { state: 4000000, collectivite: 4000000 } } }
 */
export function sheetToActions(table: SheetTable, options: SheetToActionsOptions = {}): Result<SheetActions> {
  const lang = options.lang ?? "fr";
  const read = readSheetRecords(table, ACTION_SHEET_COLUMNS, { lang });
  if (!read.success) return fail([...read.issues, ...read.warnings]);
  const { records, years, columns, headerRow } = read.data;
  const reader = new Reader(lang);
  reader.issues.push(...read.warnings);
  if (records.length === 0) reader.issues.push(sheetIssue("sheet.no_rows", { sheet: table.sheet, row: headerRow, column: 1 }, {}, { lang }));

  const actions: ActionInput[] = [];
  const clean: boolean[] = [];
  const firstRows = new Map<string, { record: SheetRecord; index: number }>();
  for (const record of records) {
    const idField = record.fields.id;
    const id = cellText(idField?.value ?? null);
    const nameField = record.fields.otherName;
    const name = cellText(nameField?.value ?? null);
    const first = id === undefined ? undefined : firstRows.get(id);
    if (id === undefined || idField === undefined) {
      if (idField !== undefined) reader.issues.push(sheetIssue("sheet.missing_value", idField.at, { label: idField.label }, { lang }));
      // The rest of the row is still read, so that all its problems come out at once (its values go nowhere).
      const scratch = new Reader(lang);
      readFunding(scratch, record, { id: "", title: "", nature: "new", funding: {} }, [], name, nameField);
      reader.issues.push(...scratch.issues.map((i) => ({ ...i, path: [] })));
      continue;
    }
    if (first !== undefined) {
      const conflict = conflicting(record, first.record);
      const action = actions[first.index];
      if (conflict !== undefined) {
        reader.issues.push(sheetIssue("sheet.duplicate_action", conflict.at, { id, firstRow: first.record.row, label: `« ${conflict.label} »` }, { lang, path: ["actions", first.index] }));
        clean[first.index] = false;
      } else if (action !== undefined) {
        const r = readFunding(reader, record, action, ["actions", first.index], name, nameField);
        if (!r.ok) clean[first.index] = false;
        if (r.ok && r.others === 0 && name !== undefined && nameField !== undefined) reader.issues.push(sheetIssue("sheet.other_funder_unused", nameField.at, { name }, { lang }));
      }
      continue;
    }
    const index = actions.length;
    const path: IssuePath = ["actions", index];
    reader.from(path, idField);
    reader.from([...path, "id"], idField);
    if (!ACTION_ID.test(id)) reader.issues.push(sheetIssue("sheet.action_id", idField.at, { label: idField.label, received: id }, { lang, path: [...path, "id"] }));
    const built = readAction(reader, record, id, path);
    const funding = readFunding(reader, record, built.action, path, name, nameField);
    if (funding.ok && funding.others === 0 && name !== undefined && nameField !== undefined) reader.issues.push(sheetIssue("sheet.other_funder_unused", nameField.at, { name }, { lang }));
    firstRows.set(id, { record, index });
    actions.push(built.action);
    clean.push(built.ok && funding.ok);
  }

  if (actions.length > CONTRACT_LIMITS.actions) {
    const extra = firstRows.get(actions[CONTRACT_LIMITS.actions]?.id ?? "")?.record;
    const issue = INPUT_ISSUES.issue("limit.actions", ["actions"], { count: actions.length, max: CONTRACT_LIMITS.actions }, { lang });
    reader.issues.push(extra === undefined ? issue : { ...issue, location: { line: extra.row, column: 1 } });
  }
  // Each action is checked as a contract checks it, its issues at their cells; on a row with
  // problems already said, what those problems left out (a field not set) is not said twice.
  const said = new Set(reader.issues.map((i) => i.path.slice(0, 3).join("\u0000")));
  const schemaIssues: Issue[] = [];
  actions.forEach((action, i) => {
    const r = safeParseWith(ActionSchema, action, { lang, catalogs: [MODEL_ISSUES, CONTRACT_ISSUES, INPUT_ISSUES] });
    if (r.success) return;
    for (const issue of [...r.issues, ...r.warnings]) {
      const path = ["actions", i, ...issue.path];
      const field = issue.path[0];
      if (said.has(path.slice(0, 3).join("\u0000")) || (clean[i] !== true && typeof field === "string" && !(field in action))) continue;
      // A sheet's amounts are euros, as its cells show them: a limit's message says nothing of cents.
      schemaIssues.push(inEurosIssue({ ...issue, path }, lang));
    }
  });
  reader.issues.push(...locateSheetIssues(schemaIssues, reader.origins));
  const data: SheetActions = { actions, years, columns: [...new Set(columns.map((c) => c.key))], origins: reader.origins };
  return reader.issues.some((i) => i.severity === "error") ? fail(reader.issues) : ok(data, reader.issues);
}
