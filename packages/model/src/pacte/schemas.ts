import type { z } from "zod";
import { ActorIdSchema, ActorSchema } from "./actors";
import {
  AxisIdSchema,
  AxisNumberSchema,
  AxisObjectiveSchema,
  AxisRefSchema,
  AxisSchema,
} from "./axes";
import { BudgetItemSchema, BudgetLineSchema } from "./budget";
import {
  ConcertationMeetingSchema,
  ConcertationPhaseIdSchema,
  ConcertationPhaseSchema,
  ConcertationSchema,
  MeetingKindSchema,
} from "./concertation";
import { MinisterSchema, MinistryRoleSchema, MinistrySchema } from "./ministries";
import { PacteSchema } from "./pacte";
import { ProvenanceSchema } from "./provenance";
import { ReferenceDocumentPartIdSchema, ReferenceDocumentPartSchema, ReferenceDocumentSchema } from "./reference-document";
import { StakeholderCategoryIdSchema, StakeholderCategorySchema } from "./stakeholders";
import { TransverseQuestionIdSchema, TransverseQuestionSchema } from "./transverse-questions";

/**
 * Every public schema of the Pacte's vocabulary, by export name: pass it (merged with the
 * other modules' records) to `modelJsonSchemas` to publish their JSON Schemas.
 *
 * @example
 * Object.keys(PACTE_SCHEMAS).includes("AxisNumberSchema") //=> true
 */
export const PACTE_SCHEMAS = Object.freeze({
  ProvenanceSchema,
  AxisNumberSchema,
  AxisIdSchema,
  AxisRefSchema,
  AxisObjectiveSchema,
  AxisSchema,
  TransverseQuestionIdSchema,
  TransverseQuestionSchema,
  ReferenceDocumentPartIdSchema,
  ReferenceDocumentPartSchema,
  ReferenceDocumentSchema,
  StakeholderCategoryIdSchema,
  StakeholderCategorySchema,
  MinistryRoleSchema,
  MinisterSchema,
  MinistrySchema,
  ActorIdSchema,
  ActorSchema,
  BudgetItemSchema,
  BudgetLineSchema,
  PacteSchema,
  MeetingKindSchema,
  ConcertationPhaseIdSchema,
  ConcertationPhaseSchema,
  ConcertationMeetingSchema,
  ConcertationSchema,
} as const satisfies Readonly<Record<string, z.ZodType>>);
