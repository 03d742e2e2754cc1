import { compareAsc } from "date-fns/compareAsc";
import { isAfter } from "date-fns/isAfter";
import { isBefore } from "date-fns/isBefore";
import { deepFreeze } from "../internal/deep-freeze";
import { z } from "zod";
import { addModelIssue } from "../validate";
import { AxisNumberSchema, getAxis } from "./axes";
import { parseCalendarDate } from "./internal/iso-date";
import { SourceRefSchema } from "../territories/sourced";
import { ProvenanceSchema } from "./provenance";
import { TransverseQuestionIdSchema } from "./transverse-questions";

/**
 * The kind of a concertation meeting: on one axis (`thematic`) or on a question that cuts
 * across the axes (`transverse`).
 *
 * @example
 * MeetingKindSchema.parse("transverse") //=> "transverse"
 */
export const MeetingKindSchema = z
  .enum(["thematic", "transverse"])
  .meta({ title: "MeetingKind", description: "Nature d’une réunion de concertation : thématique ou transverse." });
/**
 * `"thematic"` or `"transverse"`. See {@link MeetingKindSchema}.
 *
 * @example
 * const kind: MeetingKind = "thematic";
 */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const ThematicMeetingSchema = z.object({
  id: SlugSchema,
  date: z.iso.date(),
  kind: z.literal("thematic"),
  axis: AxisNumberSchema,
  subject: z.string().min(1),
  provenance: ProvenanceSchema,
  sources: z.array(SourceRefSchema),
});

const TransverseMeetingSchema = z.object({
  id: SlugSchema,
  date: z.iso.date(),
  kind: z.literal("transverse"),
  subject: z.string().min(1),
  transverseQuestion: TransverseQuestionIdSchema.optional(),
  provenance: ProvenanceSchema,
  sources: z.array(SourceRefSchema),
});

/**
 * A meeting of the Pacte's concertation: its `id`, ISO `date`, `kind` and French `subject` (in
 * full, as the sources give it), the `provenance` and `sources` of that subject and date; a
 * thematic meeting names its `axis` (1–4), a transverse one may name the transverse question it
 * served (the project's linking).
 *
 * @example
 * ConcertationMeetingSchema.parse(CONCERTATION_MEETINGS[0]).axis //=> 3
 */
export const ConcertationMeetingSchema = z
  .discriminatedUnion("kind", [ThematicMeetingSchema, TransverseMeetingSchema])
  .meta({ title: "ConcertationMeeting", description: "Réunion de la concertation du Pacte des solidarités." });
/**
 * A concertation meeting. See {@link ConcertationMeetingSchema}.
 *
 * @example
 * const m: ConcertationMeeting = CONCERTATION_MEETINGS[2]!; // m.kind //=> "transverse"
 */
export type ConcertationMeeting = z.infer<typeof ConcertationMeetingSchema>;

/**
 * The stable id of a phase of the concertation, in order.
 *
 * @example
 * ConcertationPhaseIdSchema.parse("consolidation") //=> "consolidation"
 */
export const ConcertationPhaseIdSchema = z
  .enum(["thematic-meetings", "transverse-meetings", "consolidation", "signature"])
  .meta({ title: "ConcertationPhaseId", description: "Identifiant d’une phase de la concertation du Pacte." });
/**
 * One of the phase ids. See {@link ConcertationPhaseIdSchema}.
 *
 * @example
 * const id: ConcertationPhaseId = "signature";
 */
export type ConcertationPhaseId = z.infer<typeof ConcertationPhaseIdSchema>;

/**
 * A phase of the concertation: its `order`, `id`, French `label`, first day `start`, last
 * day `end` when the sources bound it (otherwise the phase runs until the next one starts),
 * the `precision` the sources give its dates with (`day` or `month`), and the `provenance`
 * of those dates.
 *
 * @example
 * ConcertationPhaseSchema.parse(CONCERTATION_PHASES[2]).end //=> "2023-01-31"
 */
export const ConcertationPhaseSchema = z
  .object({
    order: z.int().min(1),
    id: ConcertationPhaseIdSchema,
    label: z.string().min(1),
    start: z.iso.date(),
    end: z.iso.date().optional(),
    precision: z.enum(["day", "month"]),
    provenance: ProvenanceSchema,
  })
  .meta({ title: "ConcertationPhase", description: "Phase de la concertation du Pacte des solidarités." });
/**
 * A concertation phase. See {@link ConcertationPhaseSchema}.
 *
 * @example
 * const p: ConcertationPhase = CONCERTATION_PHASES[0]!; // p.start //=> "2022-11-28"
 */
export type ConcertationPhase = z.infer<typeof ConcertationPhaseSchema>;

/**
 * The concertation as a whole: phases in order of their start (each ending before the next
 * begins) and meetings in date order. Disorder is reported as `period.order`.
 *
 * @example
 * ConcertationSchema.parse(CONCERTATION).meetings.length //=> 3
 */
export const ConcertationSchema = z
  .object({
    phases: z.array(ConcertationPhaseSchema).min(1),
    meetings: z.array(ConcertationMeetingSchema),
  })
  .superRefine((c, ctx) => {
    c.phases.forEach((phase, i) => {
      const start = parseCalendarDate(phase.start);
      const end = parseCalendarDate(phase.end);
      if (start && end && isAfter(start, end)) {
        addModelIssue(ctx, "period.order", { start: phase.start, end: phase.end }, ["phases", i, "end"]);
      }
      const next = c.phases[i + 1];
      const nextStart = parseCalendarDate(next?.start);
      const last = end ?? start;
      if (next && last && nextStart && !isBefore(last, nextStart)) {
        addModelIssue(ctx, "period.order", { start: phase.end ?? phase.start, end: next.start }, ["phases", i + 1, "start"]);
      }
    });
    c.meetings.forEach((meeting, i) => {
      const next = c.meetings[i + 1];
      const a = parseCalendarDate(meeting.date);
      const b = parseCalendarDate(next?.date);
      if (next && a && b && isAfter(a, b)) {
        addModelIssue(ctx, "period.order", { start: meeting.date, end: next.date }, ["meetings", i + 1, "date"]);
      }
    });
  })
  .meta({ title: "Concertation", description: "La concertation du Pacte des solidarités : phases et réunions." });
/**
 * The concertation. See {@link ConcertationSchema}.
 *
 * @example
 * const c: Concertation = CONCERTATION; // c.phases.length //=> 4
 */
export type Concertation = z.infer<typeof ConcertationSchema>;

/**
 * The phases of the concertation: thematic meetings from 2022-11-28, transverse meetings from
 * 2022-12-14, consolidation in January 2023, then signature, ending with the presentation of
 * the Pacte on 2023-09-18. The signature phase's start (the day after the consolidation) is
 * inferred: the sources only say it came next.
 *
 * @example
 * CONCERTATION_PHASES.map((p) => p.id) //=> ["thematic-meetings", "transverse-meetings", "consolidation", "signature"]
 */
export const CONCERTATION_PHASES: readonly ConcertationPhase[] = deepFreeze([
  {
    order: 1,
    id: "thematic-meetings",
    label: "Réunions thématiques",
    start: "2022-11-28",
    precision: "day",
    provenance: "confirmed",
  },
  {
    order: 2,
    id: "transverse-meetings",
    label: "Réunions transverses",
    start: "2022-12-14",
    precision: "day",
    provenance: "confirmed",
  },
  {
    order: 3,
    id: "consolidation",
    label: "Consolidation",
    start: "2023-01-01",
    end: "2023-01-31",
    precision: "month",
    provenance: "confirmed",
  },
  {
    order: 4,
    id: "signature",
    label: "Signature et présentation du Pacte",
    start: "2023-02-01",
    end: "2023-09-18",
    precision: "day",
    provenance: "inferred",
  },
]);

/**
 * The concertation meetings the sources date, in date order, with their full subjects as the
 * press reports the ministry's communiqué of 24 November 2022: the grande exclusion and access
 * to rights (2022-11-28, axis 3), access to work (2022-12-09, axis 2) and the « bilan et avenir
 * de la contractualisation » between the collectivities and the State (2022-12-14).
 *
 * @example
 * CONCERTATION_MEETINGS.map((m) => m.date) //=> ["2022-11-28", "2022-12-09", "2022-12-14"]
 */
export const CONCERTATION_MEETINGS: readonly ConcertationMeeting[] = deepFreeze([
  {
    id: "2022-11-28-axe-3",
    date: "2022-11-28",
    kind: "thematic",
    axis: 3,
    subject: "La grande exclusion et l'accès aux droits",
    provenance: "press",
    sources: ["https://banquedesterritoires.fr/la-concertation-demarre-sur-le-futur-pacte-des-solidarites"],
  },
  {
    id: "2022-12-09-axe-2",
    date: "2022-12-09",
    kind: "thematic",
    axis: 2,
    subject: "L'accès au travail",
    provenance: "press",
    sources: ["https://banquedesterritoires.fr/la-concertation-demarre-sur-le-futur-pacte-des-solidarites"],
  },
  {
    id: "2022-12-14-contractualisation",
    date: "2022-12-14",
    kind: "transverse",
    subject: "Bilan et avenir de la contractualisation entre les collectivités (conseils départementaux et métropoles) et l'État",
    transverseQuestion: "contractualisation-etat-collectivites",
    provenance: "press",
    sources: ["https://banquedesterritoires.fr/la-concertation-demarre-sur-le-futur-pacte-des-solidarites"],
  },
]);

/**
 * The concertation's phases and meetings together.
 *
 * @example
 * CONCERTATION.phases[0]?.start //=> "2022-11-28"
 */
export const CONCERTATION: Concertation = deepFreeze({
  phases: [...CONCERTATION_PHASES],
  meetings: [...CONCERTATION_MEETINGS],
});

function byDate(a: ConcertationMeeting, b: ConcertationMeeting): number {
  return compareAsc(parseCalendarDate(a.date) ?? 0, parseCalendarDate(b.date) ?? 0);
}

/**
 * The thematic meetings on an axis, given by number or slug, in date order; an empty list for
 * an unknown axis. Never throws.
 *
 * @example
 * meetingsOfAxis(3).map((m) => m.date) //=> ["2022-11-28"]
 * meetingsOfAxis(4) //=> []
 * meetingsOfAxis(9) //=> []
 */
export function meetingsOfAxis(
  axis: number | string,
  meetings: readonly ConcertationMeeting[] = CONCERTATION_MEETINGS,
): ConcertationMeeting[] {
  const number = getAxis(axis)?.number;
  if (number === undefined) return [];
  return meetings.filter((m) => m.kind === "thematic" && m.axis === number).sort(byDate);
}

/**
 * The first meeting strictly after a `YYYY-MM-DD` date; `undefined` if there is none or the
 * date is not a real `YYYY-MM-DD` day. Never throws.
 *
 * @example
 * nextMeetingAfter("2022-11-28")?.date //=> "2022-12-09"
 * nextMeetingAfter("2022-12-14") //=> undefined
 * nextMeetingAfter("28/11/2022") //=> undefined
 */
export function nextMeetingAfter(
  isoDate: string,
  meetings: readonly ConcertationMeeting[] = CONCERTATION_MEETINGS,
): ConcertationMeeting | undefined {
  const after = parseCalendarDate(isoDate);
  if (!after) return undefined;
  let best: { meeting: ConcertationMeeting; date: Date } | undefined;
  for (const meeting of meetings) {
    const date = parseCalendarDate(meeting.date);
    if (!date || !isAfter(date, after)) continue;
    if (!best || isBefore(date, best.date)) best = { meeting, date };
  }
  return best?.meeting;
}

/**
 * The meetings from `start` to `end`, both days included, in date order; an empty list when
 * `start` is after `end` or either is not a real `YYYY-MM-DD` day. Never throws.
 *
 * @example
 * meetingsBetween("2022-12-01", "2022-12-31").map((m) => m.date) //=> ["2022-12-09", "2022-12-14"]
 * meetingsBetween("2023-01-01", "2022-01-01") //=> []
 */
export function meetingsBetween(
  start: string,
  end: string,
  meetings: readonly ConcertationMeeting[] = CONCERTATION_MEETINGS,
): ConcertationMeeting[] {
  const from = parseCalendarDate(start);
  const to = parseCalendarDate(end);
  if (!from || !to || isAfter(from, to)) return [];
  return meetings
    .filter((m) => {
      const date = parseCalendarDate(m.date);
      return date !== undefined && !isBefore(date, from) && !isAfter(date, to);
    })
    .sort(byDate);
}

/**
 * The phase of the concertation a `YYYY-MM-DD` day falls in: the latest phase started on or
 * before it, unless that phase's `end` is past. `undefined` before the first phase, after the
 * last one ends, or for anything but a real `YYYY-MM-DD` day. Never throws.
 *
 * @example
 * phaseOn("2022-12-20")?.id //=> "transverse-meetings"
 * phaseOn("2023-01-15")?.id //=> "consolidation"
 * phaseOn("2024-01-01") //=> undefined
 */
export function phaseOn(
  isoDate: string,
  phases: readonly ConcertationPhase[] = CONCERTATION_PHASES,
): ConcertationPhase | undefined {
  const day = parseCalendarDate(isoDate);
  if (!day) return undefined;
  let current: { phase: ConcertationPhase; start: Date } | undefined;
  for (const phase of phases) {
    const start = parseCalendarDate(phase.start);
    if (!start || isAfter(start, day)) continue;
    if (!current || !isBefore(start, current.start)) current = { phase, start };
  }
  if (!current) return undefined;
  const end = parseCalendarDate(current.phase.end);
  return end && isAfter(day, end) ? undefined : current.phase;
}
