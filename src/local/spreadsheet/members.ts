/**
 * Which members of the real Apps Script interfaces the four main local classes provide. The lists are the single
 * source for the type checks (`Subset` and `OnlyMembers` in each class file) and are exported as values too, so a
 * test can compare them with the typings and with live objects at run time.
 */

/** `Range` members provided by `LocalRange`. */
// prettier-ignore
export const RANGE_METHODS = [
  'getValues', 'setValues', 'getValue', 'setValue', 'getDisplayValues', 'getDisplayValue', 'getFormula',
  'getFormulas', 'setFormula', 'setFormulas', 'getNumberFormat', 'getNumberFormats', 'setNumberFormat',
  'setNumberFormats', 'getBackground', 'getBackgrounds', 'setBackground', 'setBackgrounds', 'getFontWeight',
  'getFontWeights', 'setFontWeight', 'setFontWeights', 'getFontColor', 'getFontColors', 'setFontColor',
  'setFontColors',
  'getHorizontalAlignment', 'getHorizontalAlignments', 'setHorizontalAlignment', 'getVerticalAlignment',
  'getVerticalAlignments', 'setVerticalAlignment', 'setVerticalAlignments', 'getWrap', 'getWraps',
  'setWrap', 'setWraps', 'getWrapStrategy', 'setWrapStrategy', 'getNote', 'getNotes', 'setNote', 'setNotes',
  'clearNote',
  'getRow', 'getRowIndex', 'getColumn', 'getNumRows', 'getNumColumns', 'getHeight', 'getWidth', 'getLastRow',
  'getLastColumn', 'getA1Notation', 'getSheet', 'getGridId', 'getCell', 'offset', 'isEndRowBounded',
  'isEndColumnBounded', 'isBlank', 'clear', 'clearContent', 'clearFormat', 'createFilter', 'getFilter',
  'protect',
] as const;
export type RangeMethods = (typeof RANGE_METHODS)[number];

/** `Sheet` members provided by `LocalSheet`. */
// prettier-ignore
export const SHEET_METHODS = [
  'activate', 'getName', 'setName', 'getSheetName', 'getSheetId', 'getIndex', 'getParent', 'getType',
  'getRange', 'getDataRange', 'getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns',
  'insertRowsAfter', 'insertRowsBefore', 'insertRowAfter', 'insertRowBefore', 'insertRows',
  'insertColumnsAfter', 'insertColumnsBefore', 'insertColumnAfter', 'insertColumnBefore', 'insertColumns',
  'deleteRows', 'deleteRow', 'deleteColumns', 'deleteColumn', 'appendRow', 'clear', 'clearContents',
  'clearFormats', 'clearNotes', 'getConditionalFormatRules', 'setConditionalFormatRules',
  'clearConditionalFormatRules', 'getFilter', 'protect', 'getProtections', 'setFrozenRows', 'getFrozenRows',
  'setFrozenColumns', 'getFrozenColumns', 'setColumnWidth', 'setColumnWidths', 'getColumnWidth',
  'autoResizeColumns', 'autoResizeColumn', 'hideColumns', 'showColumns', 'isColumnHiddenByUser', 'hideSheet',
  'showSheet', 'isSheetHidden', 'newChart',
  'insertChart', 'getCharts', 'removeChart', 'updateChart',
] as const;
export type SheetMethods = (typeof SHEET_METHODS)[number];

/** `Spreadsheet` members provided by `LocalSpreadsheet`. */
// prettier-ignore
export const SPREADSHEET_METHODS = [
  'getId', 'getUrl', 'getName', 'rename', 'getSpreadsheetTimeZone', 'setSpreadsheetTimeZone',
  'getSpreadsheetLocale', 'setSpreadsheetLocale', 'getSheets', 'getNumSheets', 'getSheetByName', 'getSheetById', 'insertSheet',
  'deleteSheet', 'getActiveSheet', 'setActiveSheet', 'toast', 'getRangeByName', 'setNamedRange',
  'getNamedRanges', 'removeNamedRange', 'getRange', 'getProtections',
] as const;
export type SpreadsheetMethods = (typeof SPREADSHEET_METHODS)[number];

/** `SpreadsheetApp` members provided by `LocalSpreadsheetApp`. */
// prettier-ignore
export const SPREADSHEET_APP_MEMBERS = [
  'getActive', 'getActiveSpreadsheet', 'getActiveSheet', 'setActiveSheet', 'getUi', 'flush', 'openById',
  'newConditionalFormatRule', 'newFilterCriteria', 'BooleanCriteria', 'InterpolationType', 'ProtectionType',
  'Dimension', 'WrapStrategy',
] as const;
export type SpreadsheetAppMembers = (typeof SPREADSHEET_APP_MEMBERS)[number];
