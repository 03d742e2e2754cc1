// The public surface of @pacte/contract. Hand-written: every name here is a promise.

// The input
export {
  ActionSchema,
  CollectiviteSideSchema,
  ContractInputSchema,
  DeliberationSchema,
  GenderSchema,
  IndicatorSchema,
  InstalmentSchema,
  OtherFundingSchema,
  PersonSchema,
  ReinforcementKindSchema,
  StateSideSchema,
  YearFundingSchema,
  type Action,
  type CollectiviteSide,
  type ContractInput,
  type Deliberation,
  type Gender,
  type Indicator,
  type Instalment,
  type OtherFunding,
  type ParsedContractInput,
  type Person,
  type ReinforcementKind,
  type StateSide,
  type YearFunding,
} from "./input";
export {
  CONTRACT_INPUT_FORMATS,
  CONTRACT_INPUT_FORMAT_KEY,
  ContractInputFormatSchema,
  LATEST_CONTRACT_INPUT_FORMAT,
  inputEuros,
  type ContractInputFormat,
} from "./input-format";
export { contractInputInCents, type ContractInputInCents, type ContractInputInCentsOptions } from "./input-in-cents";
export { contractInputInEuros } from "./input-in-euros";
export { contractInputJsonSchema } from "./json-schema";
export { CONTRACT_LIMITS, type ContractLimits } from "./limits";

// Text: YAML or JSON read into an input, with located issues
export {
  contractTextFormatOf,
  parseContractText,
  type ContractTextFormat,
  type ParseContractTextOptions,
} from "./text/parse-contract-text";
export { checkContractText, type CheckContractTextOptions } from "./text/check-contract-text";
export { migrateContractText, type MigratedContractText } from "./text/migrate-contract-text";
export { locateIssues } from "./text/locate-issues";

// Profiles
export {
  ARTICLE_IDS,
  ArticleIdSchema,
  ClauseLibrarySchema,
  ClauseTemplateSchema,
  type ArticleId,
  type ClauseLibrary,
  type ClauseTemplate,
} from "./clauses/clause-library";
export {
  AnnexKindSchema,
  ProfileDataSchema,
  ProfileOptionSchema,
  type AnnexKind,
  type ProfileData,
  type ProfileOption,
} from "./profile-data";
export {
  ProfileRuleSchema,
  ProfileSchema,
  defineProfile,
  type Profile,
  type ProfileInput,
  type ProfileRule,
} from "./profile";
export { ContractNamesSchema, type ContractNames } from "./clauses/contract-names";
export { InitActionSchema, InitTemplateSchema, type InitAction, type InitTemplate } from "./init/init-template";
export { initContractInput, initDates, type InitContractOptions, type InitParty } from "./init/init-contract-input";
export { CLS_DEPARTEMENT_2024 } from "./profiles/cls-2024/cls-departement-2024";
export { CLS_METROPOLE_2024 } from "./profiles/cls-2024/cls-metropole-2024";
export { CLS_2024_DEFAULTS } from "./profiles/cls-2024/cls-2024-defaults";
export { CLS_2024_INIT_ACTIONS } from "./profiles/cls-2024/init-actions";
export { CLS_2024_CLAUSES, CLS_2024_PREAMBULE } from "./profiles/cls-2024/clauses";
export { CLS_DEPARTEMENT_2024_VISAS, CLS_METROPOLE_2024_VISAS } from "./profiles/cls-2024/visas";
export { CALPAE_2019 } from "./profiles/calpae-2019/calpae-2019";
export { CALPAE_2019_CLAUSES, CALPAE_2019_PREAMBULE } from "./profiles/calpae-2019/clauses";
export { CALPAE_2019_VISAS } from "./profiles/calpae-2019/visas";
export { SHIPPED_PROFILES, getProfile, listProfiles, type ProfileLookupOptions } from "./profiles/registry";

// The checked contract, its checks and its builder
export {
  ContractCollectiviteSchema,
  ContractSchema,
  ContractStateSchema,
  type Contract,
  type ContractCollectivite,
  type ContractState,
} from "./contract";
export { CONTRACT_ISSUES, CONTRACT_ISSUE_CODES, CONTRACT_WARNING_CODES, contractMessage, type ContractIssueCode } from "./messages";
export { INPUT_ISSUES, INPUT_ISSUE_CODES, type InputIssueCode } from "./input-issues";
// The one error model lives in @pacte/issues; its core is re-exported for convenience.
export { PacteError, fail, formatPath, ok, type Issue, type IssuePath, type IssueSeverity, type Lang, type Result } from "@pacte/issues";
export { contractIssue, contractIssueSeverity } from "./issues";
export { resolveParties, resolveProfile, type PartiesInput, type ResolvedParties } from "./resolve";
export { parseContract, validateContract, type ValidateContractOptions } from "./validate-contract";
export { ContractBuilder, contractBuilder } from "./builder";
export { defineRule, type ContractInputPart, type ContractRule, type RuleContext } from "./rules/rule";
export { CONTRACT_RULES } from "./rules/all";
export { PARITY_RULE } from "./rules/parity";
export { AT_LEAST_RULE } from "./rules/collectivite-at-least";
export { STATE_CEILING_RULE } from "./rules/state-ceiling";
export { AXIS_ALLOWED_RULE, allowedAxes } from "./rules/axis-allowed";
export { AXIS_COVERAGE_RULE } from "./rules/axis-coverage";

// Computations
export {
  PartyAmountsSchema,
  ZERO_AMOUNTS,
  addAmounts,
  amountsOfFunding,
  type PartyAmounts,
} from "./finance/party-amounts";
export {
  ActionTotalsSchema,
  AxisTotalsSchema,
  ContractTotalsSchema,
  YearAmountsSchema,
  actionTotals,
  contractTotals,
  type ActionTotals,
  type AxisTotals,
  type ContractTotals,
  type YearAmounts,
} from "./finance/totals";
export {
  CofinancingRatesSchema,
  cofinancingRates,
  contractCofinancingRates,
  type CofinancingRates,
} from "./finance/cofinancing-rates";
export {
  FinancialRowSchema,
  FinancialTableSchema,
  financialTable,
  type FinancialRow,
  type FinancialTable,
} from "./finance/financial-table";
export {
  PaymentScheduleSchema,
  PaymentSchema,
  paymentSchedule,
  reportDueDate,
  type Payment,
  type PaymentSchedule,
} from "./finance/payment-schedule";
export {
  AmountFormsSchema,
  FinancialSummarySchema,
  amountForms,
  financialSummary,
  type AmountForms,
  type FinancialSummary,
} from "./finance/financial-summary";
export {
  ObligationKindSchema,
  ObligationSchema,
  contractObligations,
  type Obligation,
  type ObligationKind,
} from "./calendar/obligations";
export {
  contractICalendar,
  escapeICalText,
  foldICalLine,
  toICalendar,
  type ICalendarOptions,
} from "./calendar/icalendar";

// Clauses and composition
export { UnknownSlotError, fillSlots, listSlots, tokenizeClause, type ClauseToken, type ClauseValues } from "./clauses/fill-slots";
export { ANNEX_IDS, CLAUSE_BLOCK_SLOTS, CLAUSE_SLOTS, type AnnexId } from "./clauses/slot-names";
export { contractToDocument } from "./compose/contract-to-document";
export type { ContractToDocumentOptions } from "./compose/contract-to-document-options";
export type { DraftOptions } from "./compose/draft-marks";
export { clauseValues } from "./compose/clause-values";
export { articleOverrideIssues, type ArticleOverrideOptions } from "./compose/article-overrides";

// Amendments
export {
  ActionAddedSchema,
  ActionFieldChangeSchema,
  ActionRemovedSchema,
  ContractChangeSchema,
  FieldChangeSchema,
  FundingChangeSchema,
  FundingPartySchema,
  type ActionAdded,
  type ActionFieldChange,
  type ActionRemoved,
  type ContractChange,
  type FieldChange,
  type FundingChange,
  type FundingParty,
} from "./amend/contract-change";
export { diffContracts, type ContractVersion } from "./amend/diff-contracts";
export {
  AmendmentTermsSchema,
  createAmendment,
  type Amendment,
  type AmendmentTerms,
  type AmendmentTermsInput,
  type CreateAmendmentOptions,
} from "./amend/amendment";
export { amendmentToDocument, type AmendmentToDocumentOptions } from "./compose/amendment-to-document";
export { consolidatedContractToDocument } from "./compose/consolidated-contract-to-document";

// Spreadsheets: a sheet of actions read into a contract input, templates and the financial annex to write
export {
  SheetCellValueSchema,
  SheetRowSchema,
  SheetTableSchema,
  cellAddress,
  cellText,
  columnLetter,
  type SheetCellValue,
  type SheetPosition,
  type SheetRow,
  type SheetTable,
} from "./sheet/sheet-table";
export { SHEET_ISSUES, SHEET_ISSUE_CODES, sheetIssue, sheetIssueAddress, type SheetIssueCode } from "./sheet/sheet-issues";
export { sheetAmount } from "./sheet/sheet-amount";
export {
  normalizeSheetHeader,
  readSheetRecords,
  type SheetColumn,
  type SheetColumnSpec,
  type SheetField,
  type SheetRecord,
  type SheetRecords,
} from "./sheet/sheet-records";
export { locateSheetIssues, originOf, type SheetOrigin } from "./sheet/sheet-origins";
export {
  ACTION_SHEET_COLUMNS,
  ACTION_SHEET_NAME,
  NATURE_CHOICES,
  PART_CHOICES,
  REINFORCEMENT_CHOICES,
  YES_NO_CHOICES,
  type SheetChoices,
} from "./sheet/action-sheet-columns";
export { sheetToActions, type SheetActions, type SheetToActionsOptions } from "./sheet/sheet-to-actions";
export { mergeSheetActions, type MergedActions } from "./sheet/merge-sheet-actions";
export {
  CellRangeSchema,
  CellRefSchema,
  SpreadsheetCellSchema,
  SpreadsheetColumnSchema,
  SpreadsheetSchema,
  SpreadsheetSheetSchema,
  type CellRange,
  type CellRef,
  type Spreadsheet,
  type SpreadsheetCell,
  type SpreadsheetColumn,
  type SpreadsheetSheet,
} from "./sheet/spreadsheet";
export { ACTION_SHEET_INSTRUCTIONS_NAME, actionSheetTemplate } from "./sheet/action-sheet-template";
export { FINANCIAL_ANNEX_SHEETS, financialAnnexSpreadsheet } from "./compose/financial-annex-sheet";
