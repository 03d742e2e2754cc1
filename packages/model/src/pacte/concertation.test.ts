import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeParseWith } from "../validate";
import {
  CONCERTATION,
  CONCERTATION_MEETINGS,
  CONCERTATION_PHASES,
  ConcertationMeetingSchema,
  ConcertationPhaseSchema,
  ConcertationSchema,
  meetingsBetween,
  meetingsOfAxis,
  nextMeetingAfter,
  phaseOn,
  type ConcertationMeeting,
} from "./concertation";

/** Any string, any `YYYY-MM-DD` shape (real day or not), or a real day around the concertation. */
const anyDateText = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .date({ min: new Date(2022, 0, 1), max: new Date(2024, 11, 31), noInvalidDate: true })
    .map((d) => format(d, "yyyy-MM-dd")),
);

/** A real day between 2021 and 2025, as `YYYY-MM-DD`. */
const realDay = fc
  .date({ min: new Date(2021, 0, 1), max: new Date(2025, 11, 31), noInvalidDate: true })
  .map((d) => format(d, "yyyy-MM-dd"));

const meetingList = fc.array(
  fc.record({
    id: fc.constantFrom("a", "b", "c"),
    date: realDay,
    kind: fc.constant("thematic" as const),
    axis: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    subject: fc.constant("Sujet"),
    provenance: fc.constant("press" as const),
    sources: fc.constant([] as string[]),
  }),
  { maxLength: 8 },
);

describe("the concertation's data", () => {
  it("validates against its schemas", () => {
    expect(z.array(ConcertationMeetingSchema).parse(CONCERTATION_MEETINGS)).toEqual(CONCERTATION_MEETINGS);
    expect(z.array(ConcertationPhaseSchema).parse(CONCERTATION_PHASES)).toEqual(CONCERTATION_PHASES);
    expect(ConcertationSchema.parse(CONCERTATION)).toEqual(CONCERTATION);
  });

  it("holds only the three meetings the sources date", () => {
    expect(CONCERTATION_MEETINGS.map((m) => [m.date, m.kind, m.kind === "thematic" ? m.axis : null])).toEqual([
      ["2022-11-28", "thematic", 3],
      ["2022-12-09", "thematic", 2],
      ["2022-12-14", "transverse", null],
    ]);
    expect(CONCERTATION_MEETINGS[2]?.subject).toBe(
      "Bilan et avenir de la contractualisation entre les collectivités (conseils départementaux et métropoles) et l'État",
    );
    expect(new Set(CONCERTATION_MEETINGS.map((m) => m.id)).size).toBe(3);
  });

  it("opens with thematic meetings on 2022-11-28, transverse ones on 2022-12-14, consolidation in January 2023", () => {
    expect(CONCERTATION_PHASES.map((p) => [p.order, p.id, p.start, p.end ?? null])).toEqual([
      [1, "thematic-meetings", "2022-11-28", null],
      [2, "transverse-meetings", "2022-12-14", null],
      [3, "consolidation", "2023-01-01", "2023-01-31"],
      [4, "signature", "2023-02-01", "2023-09-18"],
    ]);
  });

  it("marks the signature phase's inferred start", () => {
    expect(CONCERTATION_PHASES.find((p) => p.id === "signature")?.provenance).toBe("inferred");
  });
});

describe("ConcertationMeetingSchema", () => {
  it("requires an axis on a thematic meeting", () => {
    const { axis: _axis, ...noAxis } = { ...CONCERTATION_MEETINGS[0], axis: 3 };
    const r = safeParseWith(ConcertationMeetingSchema, noAxis, { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ code: "schema.invalid_value", path: ["axis"] });
    expect(r.issues[0]?.message).toBe("Invalid option: expected one of 1|2|3|4");
  });

  it.each([
    { kind: "plenary" },
    { date: "2022-11-31" },
    { date: "28/11/2022" },
    { axis: 5 },
    { subject: "" },
    { id: "Réunion 1" },
  ])("rejects a meeting with %j", (patch) => {
    expect(ConcertationMeetingSchema.safeParse({ ...CONCERTATION_MEETINGS[0], ...patch }).success).toBe(false);
  });

  it("words zod's issues in French by default and in English on request", () => {
    const input = { ...CONCERTATION_MEETINGS[0], date: 20221128 };
    const fr = safeParseWith(ConcertationMeetingSchema, input);
    const en = safeParseWith(ConcertationMeetingSchema, input, { lang: "en" });
    expect(fr.success || en.success).toBe(false);
    if (fr.success || en.success) return;
    expect(fr.issues[0]).toMatchObject({ code: "schema.invalid_type", path: ["date"] });
    expect(fr.issues[0]?.message).toBe("Entrée invalide : chaîne de caractères attendu, nombre reçu");
    expect(en.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });
});

describe("ConcertationSchema", () => {
  it("reports meetings out of date order as period.order", () => {
    const meetings = [...CONCERTATION_MEETINGS].reverse();
    const r = safeParseWith(ConcertationSchema, { phases: CONCERTATION_PHASES, meetings });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["period.order", ["meetings", 1, "date"]],
      ["period.order", ["meetings", 2, "date"]],
    ]);
  });

  it("reports a phase that ends before it starts or overlaps the next", () => {
    const phases = CONCERTATION_PHASES.map((p) => (p.id === "consolidation" ? { ...p, end: "2023-03-01" } : p));
    const r = safeParseWith(ConcertationSchema, { phases, meetings: [] }, { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "period.order", path: ["phases", 3, "start"] });
    expect(r.issues[0]?.message).toBe("Invalid period: the start (2023-03-01) is after the end (2023-02-01).");
    const backwards = CONCERTATION_PHASES.map((p) => (p.id === "signature" ? { ...p, end: "2023-01-15" } : p));
    expect(ConcertationSchema.safeParse({ phases: backwards, meetings: [] }).error?.issues[0]?.path).toEqual([
      "phases",
      3,
      "end",
    ]);
  });
});

describe("meetingsOfAxis", () => {
  it("gives the 2022-11-28 meeting for axis 3, by number or slug", () => {
    expect(meetingsOfAxis(3).map((m) => m.date)).toEqual(["2022-11-28"]);
    expect(meetingsOfAxis("grande-exclusion-acces-droits")).toEqual(meetingsOfAxis(3));
  });

  it("gives the 2022-12-09 meeting for axis 2", () => {
    expect(meetingsOfAxis(2).map((m) => m.id)).toEqual(["2022-12-09-axe-2"]);
  });

  it.each([1, 4, 5, 0, "transverse", ""])("gives no meeting for %j", (axis) => {
    expect(meetingsOfAxis(axis)).toEqual([]);
  });

  it("sorts its result by date without touching the list it is given", () => {
    const list: ConcertationMeeting[] = [
      { id: "b", date: "2023-01-10", kind: "thematic", axis: 1, subject: "B", provenance: "press", sources: [] },
      { id: "a", date: "2022-12-01", kind: "thematic", axis: 1, subject: "A", provenance: "press", sources: [] },
      { id: "t", date: "2022-12-05", kind: "transverse", subject: "T", provenance: "press", sources: [] },
    ];
    const before = structuredClone(list);
    expect(meetingsOfAxis(1, list).map((m) => m.id)).toEqual(["a", "b"]);
    expect(list).toEqual(before);
  });
});

describe("nextMeetingAfter", () => {
  it.each([
    ["2022-11-01", "2022-11-28"],
    ["2022-11-27", "2022-11-28"],
    ["2022-11-28", "2022-12-09"],
    ["2022-12-09", "2022-12-14"],
    ["2022-12-13", "2022-12-14"],
  ])("after %s is the meeting of %s", (day, expected) => {
    expect(nextMeetingAfter(day)?.date).toBe(expected);
  });

  it.each(["2022-12-14", "2023-06-01", "9999-12-31"])("finds nothing after %s", (day) => {
    expect(nextMeetingAfter(day)).toBeUndefined();
  });

  it.each(["", "28/11/2022", "2022-11-28T00:00:00Z", "2022-02-30", "20221127", "2022-W48"])(
    "finds nothing for the non-date %j",
    (text) => {
      expect(nextMeetingAfter(text)).toBeUndefined();
    },
  );

  it("returns the earliest meeting strictly after the day, whatever the list's order", () => {
    fc.assert(
      fc.property(realDay, meetingList, (day, meetings) => {
        const next = nextMeetingAfter(day, meetings);
        const later = meetings.filter((m) => m.date > day).map((m) => m.date);
        if (later.length === 0) expect(next).toBeUndefined();
        else expect(next?.date).toBe(later.sort()[0]);
      }),
    );
  });
});

describe("meetingsBetween", () => {
  it("includes both ends", () => {
    expect(meetingsBetween("2022-11-28", "2022-12-09").map((m) => m.date)).toEqual(["2022-11-28", "2022-12-09"]);
    expect(meetingsBetween("2022-12-14", "2022-12-14").map((m) => m.date)).toEqual(["2022-12-14"]);
  });

  it("gives nothing for an empty or reversed range, or for non-dates", () => {
    expect(meetingsBetween("2022-12-10", "2022-12-13")).toEqual([]);
    expect(meetingsBetween("2022-12-31", "2022-11-01")).toEqual([]);
    expect(meetingsBetween("2022-11-01", "31/12/2022")).toEqual([]);
  });

  it("gives exactly the meetings within the range, in date order", () => {
    fc.assert(
      fc.property(realDay, realDay, meetingList, (start, end, meetings) => {
        const got = meetingsBetween(start, end, meetings).map((m) => m.date);
        const want = meetings.map((m) => m.date).filter((d) => start <= d && d <= end);
        expect(got).toEqual(start <= end ? want.sort() : []);
      }),
    );
  });
});

describe("phaseOn", () => {
  it.each([
    ["2022-11-27", undefined],
    ["2022-11-28", "thematic-meetings"],
    ["2022-12-13", "thematic-meetings"],
    ["2022-12-14", "transverse-meetings"],
    ["2022-12-31", "transverse-meetings"],
    ["2023-01-01", "consolidation"],
    ["2023-01-31", "consolidation"],
    ["2023-02-01", "signature"],
    ["2023-09-18", "signature"],
    ["2023-09-19", undefined],
    ["2024-01-01", undefined],
  ])("on %s is %s", (day, expected) => {
    expect(phaseOn(day)?.id).toBe(expected);
  });

  it("puts every dated meeting in the phase of its kind", () => {
    for (const m of CONCERTATION_MEETINGS) {
      expect(phaseOn(m.date)?.id).toBe(m.kind === "thematic" ? "thematic-meetings" : "transverse-meetings");
    }
  });

  it("knows no phase for non-dates", () => {
    expect(phaseOn("décembre 2022")).toBeUndefined();
    expect(phaseOn("2022-12-32")).toBeUndefined();
  });

  it("is defined on every day from the opening to the presentation, and on no day outside", () => {
    fc.assert(
      fc.property(realDay, (day) => {
        const inside = "2022-11-28" <= day && day <= "2023-09-18";
        expect(phaseOn(day) !== undefined).toBe(inside);
      }),
    );
  });
});

describe("the helpers on arbitrary text", () => {
  it("never throw and return well-formed results", () => {
    fc.assert(
      fc.property(anyDateText, anyDateText, fc.oneof(fc.integer(), fc.string()), (a, b, axis) => {
        const next = nextMeetingAfter(a);
        expect(next === undefined || CONCERTATION_MEETINGS.includes(next)).toBe(true);
        expect(Array.isArray(meetingsBetween(a, b))).toBe(true);
        const phase = phaseOn(a);
        expect(phase === undefined || CONCERTATION_PHASES.includes(phase)).toBe(true);
        expect(Array.isArray(meetingsOfAxis(axis))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
