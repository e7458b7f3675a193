/**
 * Column widths and hidden columns between a local sheet and an exceljs worksheet.
 *
 * Widths: Sheets measures a column in pixels, Excel in characters of the default font's widest digit, which is
 * 7 pixels for Calibri 11 at 96 dpi (ECMA-376 §18.3.1.13; Excel adds 5 pixels of padding on screen). So
 * a width of `w` pixels is written as `w / 7` characters: PassCompass's 140-pixel time column becomes 20
 * characters, 145 pixels in Excel and about as wide in LibreOffice, a few pixels more than in Sheets, never
 * fewer. Reading divides back (`read-sheet.ts`).
 *
 * Hidden columns are written hidden (Excel and LibreOffice show them as a thin double line the user can
 * unhide); one without a width of its own gets Sheets' default, so that unhiding it shows a usable column.
 */
import type ExcelJS from 'exceljs';
import { DEFAULT_COLUMN_WIDTH } from '../spreadsheet/limits';
import type { SheetModel } from '../spreadsheet/sheet-model';

/** Pixels per Excel width unit (characters of the default font's digit width). */
export const PIXELS_PER_CHARACTER = 7;

/** Sets `worksheet`'s column widths and hidden columns from `sheet`; call before its first row is written. */
export function writeColumns(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  for (const [column, width] of sheet.columnWidths)
    worksheet.getColumn(column).width = width / PIXELS_PER_CHARACTER;
  for (const column of sheet.hiddenColumns) {
    const target = worksheet.getColumn(column);
    target.hidden = true;
    target.width ??= DEFAULT_COLUMN_WIDTH / PIXELS_PER_CHARACTER;
  }
}

/** Marks the columns `worksheet` hides as hidden in `sheet` (widths are read with the cells). */
export function readHiddenColumns(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  worksheet.columns?.forEach((column, i) => {
    if (column.hidden) sheet.hiddenColumns.add(i + 1);
  });
}
