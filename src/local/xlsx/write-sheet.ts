/**
 * One sheet of the local spreadsheet into an exceljs worksheet: cells (values, formulas, number formats, fills,
 * bold, font colour, alignment, wrapping, notes), frozen panes, visibility, column widths, conditional formats,
 * the filter's range (as an autoFilter) and sheet protection.
 *
 * Choices: dates are written as their serial number with their format (exactly what the sheet stores, so no
 * time-zone shift); formulas are written without a cached result and the workbook asks Excel to recalculate on
 * open, except text Sheets could not parse as a formula (`+57 301...`, shown as `#ERROR!`), which is written as
the text typed, since an invalid formula would make Excel repair the file; a sheet protection is written without a password, so Excel shows it as protected but lets the user
 * unprotect it in one click, the closest thing Excel has to Sheets' warning-only protection.
 */
import type ExcelJS from 'exceljs';
import { a1Of } from '../spreadsheet/a1';
import type { Cell } from '../spreadsheet/cell';
import { toArgb } from '../spreadsheet/colors';
import { PARSE_ERROR_VALUE } from '../spreadsheet/input';
import { AUTOMATIC_FORMAT } from '../spreadsheet/limits';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { sqrefOf, toExcelRule } from './conditional-formats';

/** Sheets measures columns in pixels, Excel in characters of about 7 pixels. */
export const PIXELS_PER_CHARACTER = 7;

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  if (cell.formula !== undefined && cell.value === PARSE_ERROR_VALUE) target.value = cell.formula.slice(1);
  else if (cell.formula !== undefined) target.value = { formula: cell.formula.slice(1), date1904: false };
  else if (cell.value !== '') target.value = cell.value;
  const style = cell.style;
  if (style?.numberFormat !== undefined && style.numberFormat !== AUTOMATIC_FORMAT)
    target.numFmt = style.numberFormat;
  if (style?.background)
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(style.background) } };
  if (style?.fontWeight || style?.fontColor) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.fontWeight === 'bold') font.bold = true;
    if (style.fontColor) font.color = { argb: toArgb(style.fontColor) };
    target.font = font;
  }
  if (style?.horizontalAlignment || style?.wrapStrategy === 'WRAP') {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontalAlignment) alignment.horizontal = style.horizontalAlignment;
    if (style.wrapStrategy === 'WRAP') alignment.wrapText = true;
    target.alignment = alignment;
  }
  if (cell.note !== undefined) target.note = cell.note;
}

/** Adds `sheet` to `workbook` as a new worksheet. */
export async function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel): Promise<void> {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
  });
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell) writeCell(worksheet.getCell(r + 1, c + 1), cell);
    }),
  );
  for (const [column, width] of sheet.columnWidths)
    worksheet.getColumn(column).width = width / PIXELS_PER_CHARACTER;
  sheet.rules.forEach((rule, i) =>
    worksheet.addConditionalFormatting({ ref: sqrefOf(rule), rules: [toExcelRule(rule, i + 1)] }),
  );
  if (sheet.filter)
    worksheet.autoFilter = a1Of({ ...sheet.filter.grid, endRowOpen: false, endColumnOpen: false });
  if (sheet.protections.some((p) => p.type === 'SHEET')) await worksheet.protect('', {});
}
