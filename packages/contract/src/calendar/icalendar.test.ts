import { PacteError } from "@pacte/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creuseContract } from "../test-support/fixtures";
import { contractICalendar, escapeICalText, foldICalLine, toICalendar } from "./icalendar";
import type { Obligation } from "./obligations";

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Unfolds and splits an iCalendar text into its logical lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("escapeICalText", () => {
  it.each([
    ["a, b", "a\\, b"],
    ["a; b", "a\\; b"],
    ["C:\\dossier", "C:\\\\dossier"],
    ["ligne 1\nligne 2\r\nligne 3", "ligne 1\\nligne 2\\nligne 3"],
  ])("%j → %j", (input, output) => {
    expect(escapeICalText(input)).toBe(output);
  });
});

describe("foldICalLine", () => {
  it("leaves short lines alone", () => {
    expect(foldICalLine("SUMMARY:court")).toBe("SUMMARY:court");
  });
  it("folds at 75 octets without splitting a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldICalLine(line);
        for (const l of folded.split("\r\n")) expect(bytes(l)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });
  it("counts octets, not characters", () => {
    const folded = foldICalLine(`SUMMARY:${"é".repeat(60)}`);
    expect(folded.split("\r\n")[0]).toBe(`SUMMARY:${"é".repeat(33)}`);
  });
});

describe("toICalendar", () => {
  const obligations: Obligation[] = [
    { id: "report-2024", kind: "report", date: "2025-06-30", title: "Rapport d’exécution 2024", description: "À remettre, au plus tard; le 30 juin.", year: 2024 },
  ];

  it.each([
    ["a stamp of 30 February", obligations, "2023-02-30", ["stamp"]],
    ["an obligation on 30 February", [{ ...obligations[0]!, date: "2025-02-30" }], "2023-12-20", []],
  ])("refuses %s instead of writing another day", (_, list, stamp, path) => {
    expect(() => toICalendar(list, { reference: "R", stamp })).toThrow(PacteError);
    try {
      toICalendar(list, { reference: "R", stamp });
    } catch (e) {
      expect((e as PacteError).issues.map((i) => [i.code, i.path])).toEqual([["date.format", path]]);
    }
  });

  it("writes a valid RFC 5545 calendar", () => {
    const ics = toICalendar(obligations, { reference: "CLS 23/2024", stamp: "2023-12-20", name: "Contrat, Creuse" });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(unfold(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Pacte des solidarités//@pacte/contract//FR",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Contrat\\, Creuse",
      "BEGIN:VEVENT",
      "UID:CLS-23-2024-report-2024@pacte",
      "DTSTAMP:20231220T000000Z",
      "DTSTART;VALUE=DATE:20250630",
      "DTEND;VALUE=DATE:20250701",
      "SUMMARY:Rapport d’exécution 2024 (CLS 23/2024)",
      "DESCRIPTION:À remettre\\, au plus tard\\; le 30 juin.",
      "CATEGORIES:RAPPORT",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("is deterministic, with one event per obligation and unique UIDs", () => {
    const c = creuseContract();
    const a = contractICalendar(c);
    expect(contractICalendar(creuseContract())).toBe(a);
    const lines = unfold(a);
    const uids = lines.filter((l) => l.startsWith("UID:"));
    expect(uids.length).toBe(lines.filter((l) => l === "BEGIN:VEVENT").length);
    expect(new Set(uids).size).toBe(uids.length);
    // The stamp is the signature date (5 July 2024): no clock.
    expect(lines.filter((l) => l.startsWith("DTSTAMP:")).every((l) => l === "DTSTAMP:20240705T000000Z")).toBe(true);
    expect(a.split("\r\n").every((l) => bytes(l) <= 75)).toBe(true);
  });
});
