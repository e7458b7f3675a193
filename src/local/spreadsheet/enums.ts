/**
 * The `SpreadsheetApp` enums the add-on uses, with the member names of `@types/google-apps-script`. Values are
 * built by the runtime's shared `appsScriptEnum`, so they behave like Apps Script's (an object per value whose
 * `toString()` is its name) and compare by identity the same way in every service.
 */
import { appsScriptEnum, enumName } from '../services/enum';

type S = typeof GoogleAppsScript.Spreadsheet;

export const BooleanCriteria = appsScriptEnum<S['BooleanCriteria']>([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);

export const InterpolationType = appsScriptEnum<S['InterpolationType']>([
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
]);

export const ProtectionType = appsScriptEnum<S['ProtectionType']>(['RANGE', 'SHEET']);

export const Dimension = appsScriptEnum<S['Dimension']>(['COLUMNS', 'ROWS']);

export const WrapStrategy = appsScriptEnum<S['WrapStrategy']>(['WRAP', 'OVERFLOW', 'CLIP']);

export const SheetType = appsScriptEnum<S['SheetType']>(['GRID', 'OBJECT']);

export type BooleanCriteriaValue = GoogleAppsScript.Spreadsheet.BooleanCriteria;
export type InterpolationTypeValue = GoogleAppsScript.Spreadsheet.InterpolationType;
export type ProtectionTypeValue = GoogleAppsScript.Spreadsheet.ProtectionType;
export type WrapStrategyValue = GoogleAppsScript.Spreadsheet.WrapStrategy;

/**
 * The value of `enumObject` called like `value`, accepting the enum value itself or its name. Returns
 * `undefined` for anything else, so the caller can throw its own `TypeError`.
 */
export function enumMember<E extends object>(enumObject: E, value: unknown): E[keyof E] | undefined {
  if (value === null || value === undefined) return undefined;
  const name = enumName(value);
  return Object.prototype.hasOwnProperty.call(enumObject, name) ? enumObject[name as keyof E] : undefined;
}
