// The public surface of @pacte/model. Hand-written: every name here is a promise.

// Issues: the one error model lives in @pacte/issues; its core is re-exported for convenience.
export { PacteError, fail, formatPath, ok, type Issue, type IssuePath, type IssueSeverity, type Lang, type Result } from "@pacte/issues";
export { MODEL_ISSUES, MODEL_ISSUE_CODES, modelMessage, type ModelIssueCode } from "./messages";
export { addModelIssue, fromZodIssues, modelIssue, safeParseWith } from "./validate";

// The Pacte
export { ProvenanceSchema, type Provenance } from "./pacte/provenance";
export {
  AXES,
  AXIS_NUMBERS,
  AxisIdSchema,
  AxisNumberSchema,
  AxisObjectiveSchema,
  AxisRefSchema,
  AxisSchema,
  getAxis,
  type Axis,
  type AxisId,
  type AxisNumber,
  type AxisObjective,
  type AxisRefInput,
} from "./pacte/axes";
export {
  TRANSVERSE_QUESTIONS,
  TransverseQuestionIdSchema,
  TransverseQuestionSchema,
  getTransverseQuestion,
  type TransverseQuestion,
  type TransverseQuestionId,
} from "./pacte/transverse-questions";
export {
  KNOWN_REFERENCE_DOCUMENT_PART_IDS,
  REFERENCE_DOCUMENT_PARTS,
  ReferenceDocumentPartIdSchema,
  ReferenceDocumentPartSchema,
  ReferenceDocumentSchema,
  type ReferenceDocument,
  type ReferenceDocumentPart,
  type ReferenceDocumentPartId,
} from "./pacte/reference-document";
export {
  STAKEHOLDER_CATEGORIES,
  StakeholderCategoryIdSchema,
  StakeholderCategorySchema,
  getStakeholderCategory,
  type StakeholderCategory,
  type StakeholderCategoryId,
} from "./pacte/stakeholders";
export {
  MINISTRIES,
  MinisterSchema,
  MinistryRoleSchema,
  MinistrySchema,
  getMinistry,
  type Minister,
  type Ministry,
  type MinistryRole,
} from "./pacte/ministries";
export { ACTORS, ActorIdSchema, ActorSchema, getActor, type Actor, type ActorId } from "./pacte/actors";
export {
  BudgetItemSchema,
  BudgetLineSchema,
  PACTE_BUDGET_LINE,
  formatBudgetLine,
  type BudgetItem,
  type BudgetLine,
} from "./pacte/budget";
export { PACTE, PacteSchema, type Pacte } from "./pacte/pacte";
export {
  CONCERTATION,
  CONCERTATION_MEETINGS,
  CONCERTATION_PHASES,
  ConcertationMeetingSchema,
  ConcertationPhaseIdSchema,
  ConcertationPhaseSchema,
  ConcertationSchema,
  MeetingKindSchema,
  meetingsBetween,
  meetingsOfAxis,
  nextMeetingAfter,
  phaseOn,
  type Concertation,
  type ConcertationMeeting,
  type ConcertationPhase,
  type ConcertationPhaseId,
  type MeetingKind,
} from "./pacte/concertation";

// Territories
export { ConfidenceSchema, type Confidence } from "./territories/confidence";
export { AsOfDateSchema, REFERENCE_DATE, isInForce, type AsOfDate } from "./territories/as-of";
export { DepartementSchema, TnccSchema, nameForms, type Departement, type Tncc } from "./territories/departement";
export {
  COLLECTIVITE_KIND_LABELS,
  CollectiviteKindSchema,
  CollectiviteSchema,
  ExecutiveTitleSchema,
  feminineTitle,
  type Collectivite,
  type CollectiviteKind,
  type ExecutiveTitle,
} from "./territories/collectivite";
export {
  METROPOLE_STATUTE_LABELS,
  MetropoleSchema,
  MetropoleStatuteSchema,
  type Metropole,
  type MetropoleStatute,
} from "./territories/metropole";
export { findDepartementsByName, getDepartement, listDepartements } from "./territories/departement-lookup";
export {
  collectivitesForDepartement,
  findCollectiviteBySiren,
  findCollectivitesByName,
  getCollectivite,
  listCollectiviteVersions,
  listCollectivites,
  resolveCollectivite,
  type CollectiviteLookupOptions,
  type FindCollectivitesOptions,
} from "./territories/collectivite-lookup";
export { findMetropolesByName, getMetropole, listMetropoles } from "./territories/metropole-lookup";
export { DepartementCodeRefSchema, type DepartementCodeRef } from "./territories/departement-ref";
export {
  CollectiviteRefSchema,
  checkCollectiviteInForce,
  collectiviteRefInForceSchema,
  type CollectiviteRef,
} from "./territories/collectivite-ref";
export { MetropoleRefSchema, type MetropoleRef } from "./territories/metropole-ref";
export { ArticleFormsSchema, articleForms, type ArticleForms } from "./territories/article-forms";
export { SourceRefSchema, SourcedSchema, isSettled, type SourceRef, type Sourced } from "./territories/sourced";
export { GenderSchema, titleFor, type Gender } from "./territories/gender";
export {
  RegionCodeSchema,
  RegionSchema,
  RegionalPrefetSchema,
  RegionalPrefetStyleSchema,
  type Region,
  type RegionCode,
  type RegionalPrefet,
  type RegionalPrefetStyle,
} from "./territories/region";
export { getRegion, listRegions, regionOfDepartement, type RegionLookupOptions } from "./territories/region-lookup";
export {
  PrefetQualitySchema,
  isPrefetDeRegion,
  prefetDeRegionQuality,
  prefetQuality,
  prefetTitleOfDepartement,
  type PrefetQuality,
  type PrefetQualityOptions,
} from "./territories/prefet";
export {
  SigningCheckSchema,
  SigningPrefetSchema,
  checkSigningDepartement,
  signingPrefetFor,
  type SigningCheck,
  type SigningPrefet,
} from "./territories/signing-prefet";
export {
  StateServiceAcronymSchema,
  StateServiceRecordSchema,
  type StateServiceAcronym,
  type StateServiceRecord,
} from "./territories/state-service";
export {
  StateServiceLookupSchema,
  StateServiceSchema,
  listStateServiceRecords,
  stateServiceFor,
  type StateService,
  type StateServiceLookup,
} from "./territories/state-service-lookup";
export { TribunalAdministratifSchema, type TribunalAdministratif } from "./territories/tribunal-administratif";
export {
  listTribunauxAdministratifs,
  tribunalAdministratifFor,
  type TribunalAdministratifWithForms,
} from "./territories/tribunal-administratif-lookup";
export {
  DeliberatingBodyRoleSchema,
  DeliberatingBodySchema,
  type DeliberatingBody,
  type DeliberatingBodyRole,
} from "./territories/deliberating-body";
export {
  deliberatingBodiesOf,
  deliberatingBody,
  listDeliberatingBodies,
  type DeliberatingBodyWithForms,
} from "./territories/deliberating-body-lookup";
export {
  AmbiguityReasonSchema,
  TerritoryCandidateSchema,
  TerritoryEntrySchema,
  TerritoryQueryResultSchema,
  findTerritories,
  territoriesInDepartement,
  type AmbiguityReason,
  type TerritoryCandidate,
  type TerritoryEntry,
  type TerritoryQueryResult,
} from "./territories/territory-query";


// Identifiers
export { IdentifierSeparatorSchema, type FormatIdentifierOptions, type IdentifierSeparator } from "./identifier-format";
export { SirenSchema, formatSiren, isValidSiren, parseSiren, safeParseSiren, type Siren } from "./siren";
export {
  LA_POSTE_SIREN,
  SiretSchema,
  formatSiret,
  isValidSiret,
  parseSiret,
  safeParseSiret,
  sirenOfSiret,
  siretMatchesSiren,
  siretSirenIssue,
  type Siret,
} from "./siret";
export {
  CollectiviteCodeSchema,
  CommuneCodeSchema,
  DepartementCodeSchema,
  departementOfCommune,
  isCollectiviteCode,
  isCommuneCode,
  isDepartementCode,
  type CollectiviteCode,
  type CommuneCode,
  type DepartementCode,
} from "./insee";

// Money
export {
  CentsSchema,
  SignedCentsSchema,
  addCents,
  cents,
  centsToDecimalString,
  compareCents,
  eurosToCents,
  signedCents,
  subtractCents,
  sumCents,
  type Cents,
  type SignedCents,
} from "./money";
export { MoneyError, type MoneyErrorCode } from "./money-error";
export { MoneyInputSchema, parseMoney, safeParseMoney, type MoneyInput } from "./money-parse";
export { splitCents } from "./money-split";
export { RateSchema, percentOf, ratio, type Rate } from "./money-rate";

// Dates and periods
export { IsoDateSchema, dateToIsoDate, isIsoDate, isoDateToDate, type IsoDate } from "./iso-date";
export { MonthDaySchema, isMonthDay, type MonthDay } from "./month-day";
export {
  PeriodInputSchema,
  PeriodSchema,
  YearSchema,
  dateRangeOfPeriod,
  formatPeriod,
  parsePeriod,
  periodContainsDate,
  periodContainsYear,
  safeParsePeriod,
  yearsOf,
  type Period,
  type PeriodInput,
  type Year,
} from "./period";
export { DateRangeSchema, dateRangeContains, type DateRange } from "./date-range";

// JSON Schema
export { modelJsonSchemas, toJsonSchema, type JsonSchema, type ToJsonSchemaOptions } from "./json-schema";
export { MODEL_SCHEMAS } from "./schemas";
export { PACTE_SCHEMAS } from "./pacte/schemas";
