import { dateToIsoDate, isIsoDate, isoDateToDate, modelIssue, PacteError, type IsoDate } from "@pacte/model";
import { addDays } from "date-fns/addDays";
import type { Contract } from "../contract";
import { contractObligations, type Obligation, type ObligationKind } from "./obligations";

/**
 * Options of {@link toICalendar}: the contract `reference` (makes the UIDs), the `stamp` date
 * written as every DTSTAMP (the signature date — never the clock), and optionally the calendar's
 * name and PRODID.
 *
 * @example
 * const options: ICalendarOptions = { reference: "CLS-23-2024-001", stamp: "2023-12-20" };
 */
export interface ICalendarOptions {
  readonly reference: string;
  readonly stamp: IsoDate;
  readonly name?: string | undefined;
  readonly prodId?: string | undefined;
}

const CATEGORIES: Readonly<Record<ObligationKind, string>> = {
  report: "RAPPORT",
  "final-report": "RAPPORT",
  committee: "COMITE",
  payment: "VERSEMENT",
  end: "ECHEANCE",
};

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
 *
 * @example
 * escapeICalText("a, b; c\\d\ne") //=> "a\\, b\\; c\\\\d\\ne"
 */
export function escapeICalText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: 3 octets). */
function utf8Length(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function utf8Size(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8Length(ch);
  return n;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space;
 * UTF-8 sequences are never split. Lines are joined with CRLF.
 *
 * @example
 * foldICalLine("X".repeat(80)) //=> "XXX…(75)\r\n XXXXX"
 */
export function foldICalLine(line: string): string {
  if (utf8Size(line) <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, "");
}

function uidPart(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "contrat";
}

/**
 * Writes obligations as an iCalendar file (RFC 5545) people can import in their agendas: one
 * all-day VEVENT each (`DTSTART;VALUE=DATE`, `DTEND` the next day), `UID` made of the reference
 * and the obligation id, `DTSTAMP` from `stamp`, TEXT values escaped, lines folded at 75 octets,
 * CRLF line ends. Deterministic: the same obligations and options give the same string.
 *
 * @throws {PacteError} with `date.format` (at `stamp`, or at the obligation's `date`) when a date
 * is not a real one: `2023-02-30` is never written.
 * @example
 * toICalendar(contractObligations(contract), { reference: "CLS-23-2024-001", stamp: "2023-12-20" }).split("\r\n")[1]
 * //=> "VERSION:2.0"
 */
export function toICalendar(obligations: readonly Obligation[], options: ICalendarOptions): string {
  if (!isIsoDate(options.stamp)) throw new PacteError([modelIssue("date.format", ["stamp"], { received: options.stamp })]);
  const stamp = `${basicDate(options.stamp)}T000000Z`;
  const ref = uidPart(options.reference);
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${options.prodId ?? "-//Pacte des solidarités//@pacte/contract//FR"}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeICalText(options.name)}`);
  for (const o of obligations) {
    const next = dateToIsoDate(addDays(isoDateToDate(o.date), 1));
    lines.push(
      "BEGIN:VEVENT",
      `UID:${ref}-${o.id}@pacte`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(o.date)}`,
      `DTEND;VALUE=DATE:${basicDate(next)}`,
      `SUMMARY:${escapeICalText(`${o.title} (${options.reference})`)}`,
      `DESCRIPTION:${escapeICalText(o.description)}`,
      `CATEGORIES:${CATEGORIES[o.kind]}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldICalLine).join("\r\n") + "\r\n";
}

/**
 * The iCalendar of a contract's obligations: reference and signature date from the contract,
 * the calendar named after its title and reference.
 *
 * @example
 * contractICalendar(creuseContract()).includes("UID:CLS-23-2024-001-report-2024@pacte") //=> true
 */
export function contractICalendar(contract: Contract): string {
  return toICalendar(contractObligations(contract), {
    reference: contract.reference,
    stamp: contract.signature.date,
    name: `${contract.title} ${contract.reference}`,
  });
}
