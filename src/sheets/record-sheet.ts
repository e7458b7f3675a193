/**
 * `RecordSheet` over a real sheet: PassCompass's append-only records. One read for all rows, one write per
 * append, whatever the count. New sheets get their header (bold, frozen) and a warning-only protection, so a
 * person editing them by hand is reminded that PassCompass owns them but is not locked out.
 */
import { escapeForSheet } from '../core/data/formula-escape';
import type { CellValue, RecordSheet } from '../jobs/ports';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SpreadsheetRecordSheet implements RecordSheet {
  private sheet: Sheet | null | undefined;
  private rowCount: number | undefined;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly sheetName: string,
    private readonly header: readonly string[],
  ) {}

  rows(): CellValue[][] {
    const sheet = this.existingSheet();
    if (!sheet) return [];
    const [, ...rows] = sheet.getDataRange().getValues() as CellValue[][];
    this.rowCount = rows.length;
    return rows;
  }

  append(rows: CellValue[][]): void {
    if (rows.length === 0) return;
    const sheet = this.existingSheet() ?? this.createSheet();
    const after = 1 + (this.rowCount ?? sheet.getLastRow() - 1);
    const needed = after + rows.length;
    const maxRows = sheet.getMaxRows();
    if (maxRows < needed) sheet.insertRowsAfter(maxRows, needed - maxRows);
    sheet
      .getRange(after + 1, 1, rows.length, this.header.length)
      .setValues(rows.map((r) => r.map(escapeForSheet)));
    this.rowCount = after - 1 + rows.length;
  }

  rewrite(rows: CellValue[][]): void {
    const sheet = this.existingSheet() ?? this.createSheet();
    const needed = 1 + rows.length;
    const maxRows = sheet.getMaxRows();
    if (maxRows < needed) sheet.insertRowsAfter(maxRows, needed - maxRows);
    const width = this.header.length;
    const padded = rows.map((r) => Array.from({ length: width }, (_, i) => escapeForSheet(r[i] ?? '')));
    if (padded.length > 0) sheet.getRange(2, 1, padded.length, width).setValues(padded);
    const previous = this.rowCount ?? padded.length;
    if (previous > padded.length)
      sheet.getRange(2 + padded.length, 1, previous - padded.length, width).clearContent();
    this.rowCount = padded.length;
  }

  private existingSheet(): Sheet | null {
    if (this.sheet === undefined) this.sheet = this.spreadsheet.getSheetByName(this.sheetName);
    return this.sheet;
  }

  private createSheet(): Sheet {
    const sheet = this.spreadsheet.insertSheet(this.sheetName);
    const width = this.header.length;
    if (sheet.getMaxColumns() < width)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet
      .getRange(1, 1, 1, width)
      .setValues([[...this.header]])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.protect().setDescription(`${this.sheetName}: kept by PassCompass`).setWarningOnly(true);
    this.sheet = sheet;
    this.rowCount = 0;
    return sheet;
  }
}
