/**
 * `SheetTable` over a real sheet, found by name. Reads with one `getValues()` and writes with one
 * `setValues()`, whatever the row count; text is escaped so that nothing written becomes a formula. The grid is
 * resized to the table (rows and columns inserted or deleted in at most one call each), because Sheets refuses
 * a range that reaches past the sheet's last row or column.
 */
import { escapeForSheet } from '../core/data/formula-escape';
import type { CellValue, SheetTable } from '../jobs/ports';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SpreadsheetTable implements SheetTable {
  private sheet: Sheet | null | undefined;

  /**
   * `ownedByPassCompass`: a sheet PassCompass creates for itself (Data issues, Summary) gets a warning-only
   * protection when it is created, so a person editing it is reminded that PassCompass rewrites it.
   */
  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly sheetName: string,
    private readonly ownedByPassCompass = false,
  ) {}

  read(): CellValue[][] {
    const sheet = this.existingSheet();
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues() as CellValue[][];
    return values.length === 1 && values[0]?.length === 1 && values[0][0] === '' ? [] : values;
  }

  replace(values: CellValue[][]): void {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) throw new RangeError('A table needs at least a header row.');
    const sheet = this.existingSheet() ?? this.createSheet();
    this.sheet = sheet;
    resizeGrid(sheet, values.length, width);
    sheet.getRange(1, 1, values.length, width).setValues(values.map((row) => row.map(escapeForSheet)));
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  }

  private createSheet(): Sheet {
    const sheet = this.spreadsheet.insertSheet(this.sheetName);
    if (this.ownedByPassCompass) {
      sheet.protect().setDescription(`${this.sheetName}: rewritten by PassCompass`).setWarningOnly(true);
    }
    return sheet;
  }

  private existingSheet(): Sheet | null {
    if (this.sheet === undefined) this.sheet = this.spreadsheet.getSheetByName(this.sheetName);
    return this.sheet;
  }
}

/** Makes the sheet's grid exactly `rows` × `columns`. */
function resizeGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}
