// The public surface of @pacte/execution. Hand-written: every name here is a promise.

// The input and its checks
export {
  ActionExecutionSchema,
  ActionStatusSchema,
  ExecutionInputSchema,
  IndicatorValueSchema,
  SpendingSchema,
  SpentAmountSchema,
  type ActionExecution,
  type ActionExecutionInput,
  type ActionStatus,
  type ExecutionInput,
  type IndicatorValue,
  type ParsedExecutionInput,
  type Spending,
} from "./execution-input";
export {
  CheckedActionExecutionSchema,
  CheckedIndicatorValueSchema,
  ExecutionSchema,
  type CheckedActionExecution,
  type CheckedIndicatorValue,
  type Execution,
} from "./execution";
export {
  DEFAULT_EXECUTION_PARAMETERS,
  ExecutionParametersSchema,
  type ExecutionParameters,
  type ExecutionParametersInput,
} from "./parameters";
export { EXECUTION_ISSUES, EXECUTION_ISSUE_CODES, EXECUTION_WARNING_CODES, type ExecutionIssueCode } from "./messages";
export { resolveParameters, validateExecution, type ExecutionOptions } from "./validate-execution";
export { executionTemplate } from "./execution-template";

// What it computes
export {
  ActionSettlementSchema,
  AxisSettlementSchema,
  ExecutionSettlementSchema,
  settleExecution,
  type ActionSettlement,
  type AxisSettlement,
  type ExecutionSettlement,
} from "./compute/settle-execution";
export { IndicatorResultSchema, indicatorRate, indicatorResults, type IndicatorResult } from "./compute/indicator-rate";

// The report as a document
export { executionReportToDocument, statusLabel, type ExecutionReportOptions } from "./compose/execution-report-to-document";

// The national consolidation
export {
  CollectiviteKindSchema,
  ConsolidatedAmountsSchema,
  ConsolidatedIndicatorSchema,
  ConsolidationRowSchema,
  ConsolidationSchema,
  consolidate,
  type CollectiviteKind,
  type ConsolidatedAmounts,
  type ConsolidatedIndicator,
  type Consolidation,
  type ConsolidationRow,
} from "./consolidate/consolidate";
export { collectiviteKindLabel } from "./consolidate/collectivite-kind-label";
export { CONSOLIDATION_CSV_COLUMNS, consolidationToCsv } from "./consolidate/consolidation-to-csv";
export { consolidationToDocument, type ConsolidationDocumentOptions } from "./consolidate/consolidation-to-document";
export { consolidationToXlsx } from "./consolidate/consolidation-to-xlsx";
