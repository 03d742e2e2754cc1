import type { z } from "zod";
import { DateRangeSchema } from "./date-range";
import { CollectiviteCodeSchema, CommuneCodeSchema, DepartementCodeSchema } from "./insee";
import { IssueSchema, LangSchema } from "@pacte/issues";
import { IsoDateSchema } from "./iso-date";
import { MonthDaySchema } from "./month-day";
import { CentsSchema, SignedCentsSchema } from "./money";
import { MoneyInputSchema } from "./money-parse";
import { RateSchema } from "./money-rate";
import { PACTE_SCHEMAS } from "./pacte/schemas";
import { PeriodInputSchema, PeriodSchema, YearSchema } from "./period";
import { SirenSchema } from "./siren";
import { SiretSchema } from "./siret";
import { AsOfDateSchema } from "./territories/as-of";
import { CollectiviteSchema, CollectiviteKindSchema, ExecutiveTitleSchema } from "./territories/collectivite";
import { CollectiviteRefSchema } from "./territories/collectivite-ref";
import { ConfidenceSchema } from "./territories/confidence";
import { DepartementSchema } from "./territories/departement";
import { DepartementCodeRefSchema } from "./territories/departement-ref";
import { MetropoleSchema, MetropoleStatuteSchema } from "./territories/metropole";
import { MetropoleRefSchema } from "./territories/metropole-ref";
import { ArticleFormsSchema } from "./territories/article-forms";
import { DeliberatingBodyRoleSchema, DeliberatingBodySchema } from "./territories/deliberating-body";
import { GenderSchema } from "./territories/gender";
import { PrefetQualitySchema } from "./territories/prefet";
import { RegionCodeSchema, RegionSchema, RegionalPrefetSchema, RegionalPrefetStyleSchema } from "./territories/region";
import { SigningCheckSchema, SigningPrefetSchema } from "./territories/signing-prefet";
import { SourceRefSchema, SourcedSchema } from "./territories/sourced";
import { StateServiceAcronymSchema, StateServiceRecordSchema } from "./territories/state-service";
import { StateServiceLookupSchema, StateServiceSchema } from "./territories/state-service-lookup";
import {
  AmbiguityReasonSchema,
  TerritoryCandidateSchema,
  TerritoryEntrySchema,
  TerritoryQueryResultSchema,
} from "./territories/territory-query";
import { TribunalAdministratifSchema } from "./territories/tribunal-administratif";

/**
 * Every public schema of `@pacte/model`, by export name — the list `modelJsonSchemas` publishes
 * as JSON Schema for teams that validate the same data in another language.
 *
 * @example
 * const all = modelJsonSchemas(MODEL_SCHEMAS);
 * all.SirenSchema.type //=> "string"
 */
export const MODEL_SCHEMAS = Object.freeze({
  ...PACTE_SCHEMAS,
  LangSchema,
  IssueSchema,
  SirenSchema,
  SiretSchema,
  DepartementCodeSchema,
  CollectiviteCodeSchema,
  CommuneCodeSchema,
  CentsSchema,
  SignedCentsSchema,
  MoneyInputSchema,
  RateSchema,
  IsoDateSchema,
  MonthDaySchema,
  YearSchema,
  PeriodSchema,
  PeriodInputSchema,
  DateRangeSchema,
  AsOfDateSchema,
  ConfidenceSchema,
  DepartementSchema,
  DepartementCodeRefSchema,
  CollectiviteKindSchema,
  ExecutiveTitleSchema,
  CollectiviteSchema,
  CollectiviteRefSchema,
  MetropoleStatuteSchema,
  MetropoleSchema,
  MetropoleRefSchema,
  ArticleFormsSchema,
  SourceRefSchema,
  SourcedSchema,
  GenderSchema,
  RegionCodeSchema,
  RegionalPrefetStyleSchema,
  RegionalPrefetSchema,
  RegionSchema,
  PrefetQualitySchema,
  SigningPrefetSchema,
  SigningCheckSchema,
  StateServiceAcronymSchema,
  StateServiceRecordSchema,
  StateServiceSchema,
  StateServiceLookupSchema,
  TribunalAdministratifSchema,
  DeliberatingBodyRoleSchema,
  DeliberatingBodySchema,
  TerritoryEntrySchema,
  AmbiguityReasonSchema,
  TerritoryCandidateSchema,
  TerritoryQueryResultSchema,
} satisfies Record<string, z.ZodType>);
