/**
 * `RecordSheet` over a real sheet: PassCompass's append-only records (Experiments, Versions, Aliases, Inference
 * log), found through their `SheetPlace`, so a teacher's sheet of the same name is never read or appended to
 * (ownership.ts). One read for all rows, one write per append, whatever the count. New sheets get their header
 * (bold, frozen) and a warning-only protection, so a person editing them by hand is reminded that PassCompass
 * owns them but is not locked out.
 *
 * How a sheet looks comes from its layout (layouts/), found by its header: widths, hidden columns, the notes
 * of the header row with the legend on A1, set when the sheet is created; number formats (the spreadsheet
 * locale's date-time for times), and wrapping where the layout wraps, set on every row written, one call each
 * whatever the count (see `apply-layout.ts`). A sheet made by an earlier PassCompass, which has no legend on
 * A1, is laid out at its first write: one call (reading the note) per execution that writes it, a few once.
 */
import { escapeForSheet } from '../core/data/formula-escape';
import { sheetTimestampFormat } from '../core/time/timestamp-format';
import type { CellValue, InferenceLog, RecordSheet } from '../jobs/ports';
import { lacksLayout, layOutColumns, styleBlock } from './apply-layout';
import { layoutFor } from './layouts';
import { type SheetLayout, defaultLayout } from './layouts/layout';
import type { SheetPlace } from './ownership';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SpreadsheetRecordSheet implements RecordSheet, InferenceLog {
  private rowCount: number | undefined;
  private timeFormat: string | undefined;
  private readonly layout: SheetLayout;
  /** True once this execution knows the sheet has its layout. */
  private laidOut = false;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly place: SheetPlace,
    private readonly header: readonly string[],
  ) {
    this.layout = layoutFor(header) ?? defaultLayout(header);
  }

  rows(): CellValue[][] {
    const sheet = this.existingSheet();
    if (!sheet) return [];
    const [first = [], ...rows] = sheet.getDataRange().getValues() as CellValue[][];
    // A sheet emptied by hand, its header included, reads as one blank cell: `append` looks again and writes the
    // header back.
    const emptied = rows.length === 0 && first.every((cell) => cell === '');
    this.rowCount = emptied ? undefined : rows.length;
    return rows;
  }

  append(rows: CellValue[][]): number {
    const sheet = this.laidOutSheet();
    let last = this.rowCount === undefined ? sheet.getLastRow() : 1 + this.rowCount;
    if (last === 0) {
      // Someone emptied PassCompass's sheet, its header row included: the header goes back first, so that the
      // rows land below it (row 0 does not exist) and the sheet still reads as a record.
      this.writeHeader(sheet);
      last = 1;
    }
    if (rows.length > 0) {
      // Always make room with one insert, whether or not the grid has blank rows left: the call count then does
      // not depend on how full the sheet is, and a range never reaches past the grid.
      sheet.insertRowsAfter(last, rows.length);
      const width = this.header.length;
      const range = sheet.getRange(last + 1, 1, rows.length, width);
      range.setValues(rows.map((r) => r.map(escapeForSheet)));
      styleBlock(range, rows, this.layout, () => this.timestampFormat(), last === 1);
    }
    this.rowCount = last - 1 + rows.length;
    return last + 1;
  }

  rowsWhere(column: number, value: CellValue): number[] {
    const sheet = this.existingSheet();
    if (!sheet) return [];
    const last = sheet.getLastRow();
    if (last < 2) return [];
    const cells = sheet.getRange(2, column + 1, last - 1, 1).getValues();
    const rows: number[] = [];
    cells.forEach(([cell], i) => {
      if (cell === value) rows.push(i + 2);
    });
    return rows;
  }

  /** One read and one write over the span from the first row to the last, whatever the count. */
  writeCells(column: number, rows: readonly number[], values: readonly CellValue[]): void {
    const sheet = this.existingSheet();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!sheet || first === undefined || last === undefined) return;
    const range = sheet.getRange(first, column + 1, last - first + 1, 1);
    const cells = range.getValues() as CellValue[][];
    rows.forEach((row, i) => {
      cells[row - first] = [escapeForSheet(values[i] ?? '')];
    });
    range.setValues(cells);
  }

  /** Bottom-up, one call per run of consecutive rows, so earlier deletions do not move later ones. */
  deleteRows(rows: readonly number[]): void {
    const sheet = this.existingSheet();
    if (!sheet || rows.length === 0) return;
    const sorted = [...rows].sort((a, b) => b - a);
    let index = 0;
    while (index < sorted.length) {
      const bottom = sorted[index] as number;
      let top = bottom;
      while (sorted[index + 1] === top - 1) {
        index += 1;
        top -= 1;
      }
      sheet.deleteRows(top, bottom - top + 1);
      index += 1;
    }
    this.rowCount = undefined;
  }

  /** Deletes the oldest rows so that at most `maxRows` remain, in one call. */
  trim(maxRows: number): number {
    const sheet = this.existingSheet();
    if (!sheet) return 0;
    const rows = this.rowCount ?? sheet.getLastRow() - 1;
    const excess = rows - maxRows;
    if (excess <= 0) return 0;
    sheet.deleteRows(2, excess);
    this.rowCount = maxRows;
    return excess;
  }

  rewrite(rows: CellValue[][]): void {
    const sheet = this.laidOutSheet();
    const needed = 1 + rows.length;
    const maxRows = sheet.getMaxRows();
    if (maxRows < needed) sheet.insertRowsAfter(maxRows, needed - maxRows);
    const width = this.header.length;
    const padded = rows.map((r) => Array.from({ length: width }, (_, i) => escapeForSheet(r[i] ?? '')));
    if (padded.length > 0) {
      const range = sheet.getRange(2, 1, padded.length, width);
      range.setValues(padded);
      styleBlock(range, padded, this.layout, () => this.timestampFormat(), true);
    }
    const previous = this.rowCount ?? padded.length;
    if (previous > padded.length)
      sheet.getRange(2 + padded.length, 1, previous - padded.length, width).clearContent();
    this.rowCount = padded.length;
  }

  private timestampFormat(): string {
    this.timeFormat ??= sheetTimestampFormat(this.spreadsheet.getSpreadsheetLocale());
    return this.timeFormat;
  }

  private existingSheet(): Sheet | null {
    return this.place.find();
  }

  /** The sheet, created if need be, with its layout (applied now to a sheet an earlier PassCompass made). */
  private laidOutSheet(): Sheet {
    const existing = this.existingSheet();
    if (!existing) return this.createSheet();
    if (!this.laidOut && lacksLayout(existing, this.layout)) layOutColumns(existing, this.layout);
    this.laidOut = true;
    return existing;
  }

  /** The header row, bold, in row 1 (the grid widened to it first). */
  private writeHeader(sheet: Sheet): void {
    const width = this.header.length;
    if (sheet.getMaxColumns() < width)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet
      .getRange(1, 1, 1, width)
      .setValues([[...this.header]])
      .setFontWeight('bold');
  }

  private createSheet(): Sheet {
    return this.place.findOrCreate((sheet, name) => {
      this.writeHeader(sheet);
      layOutColumns(sheet, this.layout);
      this.laidOut = true;
      sheet.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
      this.rowCount = 0;
    });
  }
}
