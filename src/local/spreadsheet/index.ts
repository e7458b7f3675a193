/**
 * The local runtime's spreadsheet: an in-memory `SpreadsheetApp` that behaves like Google Sheets where the
 * add-on depends on it (coordinates, value conversion, limits, conditional formats, filters, protection), and
 * records every call for tests and benchmarks. `LocalSpreadsheetApp` and `Charts` are the globals to install.
 */
export { columnLetters, columnNumber, parseA1, a1Of, type Grid, type A1Reference } from './a1';
export { Charts, ChartType, type LocalCharts } from './charts';
export { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './chart';
export { LocalBooleanCondition, LocalGradientCondition } from './conditions';
export { LocalConditionalFormatRule } from './conditional-format-rule';
export { LocalConditionalFormatRuleBuilder } from './conditional-format-builder';
export { INTERNAL, CONTEXT, SERVICE, type Context } from './context';
export {
  BooleanCriteria,
  Dimension,
  InterpolationType,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from './enums';
export { MESSAGES, errorsFor, type Errors } from './errors';
export * from './members';
export { LocalFilter } from './filter';
export { LocalFilterCriteria, LocalFilterCriteriaBuilder } from './filter-criteria';
export type { AssertTrue, LooseOverloads, LooseReturn, OnlyMembers, Subset } from '../implements';
export { FORMULA_VALUE, PARSE_ERROR_VALUE } from './input';
export * from './limits';
export { LocalNamedRange } from './named-range';
export { LocalProtection } from './protection';
export { LocalRange } from './range';
export { LocalSheet } from './sheet';
export { SheetModel } from './sheet-model';
export type * from './specs';
export { LocalSpreadsheet, type LocalSpreadsheetOptions } from './spreadsheet';
export { LocalSpreadsheetApp, type LocalSpreadsheetAppOptions } from './spreadsheet-app';
export { SpreadsheetModel, type Toast } from './spreadsheet-model';
