/**
 * `Sheet`: one tab of the spreadsheet. Ranges come from `getRange` (1-based coordinates or A1 notation) and must
 * lie inside the grid, which starts at 1,000 × 26 and grows only through `insertRows...`/`insertColumns...`
 * (and `appendRow` at the bottom), as in Sheets. See `SheetBase` for how the class is split.
 */
import { gridOf, parseA1 } from './a1';
import { MESSAGES } from './errors';
import { SheetType } from './enums';
import { assertInside, checkedGrid } from './grid-check';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import type { SheetMethods } from './members';
import { LocalRange } from './range';
import * as cells from './range-cells';
import { SheetFeatures } from './sheet-features';
import { deleteLines, growTo, insertLines } from './sheet-structure';
import type { LocalSpreadsheet } from './spreadsheet';

export class LocalSheet
  extends SheetFeatures
  implements Subset<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods>
{
  activate(): this {
    this.touch('activate');
    this.ctx.book.active = this.model;
    return this;
  }

  getName(): string {
    this.touch('getName');
    return this.model.name;
  }

  getSheetName(): string {
    this.touch('getSheetName');
    return this.model.name;
  }

  /** @throws Error when another sheet has the name (in any case). */
  setName(name: string): this {
    this.touch('setName');
    if (typeof name !== 'string')
      throw this.ctx.errors.type(`A sheet name must be text, got ${String(name)}.`);
    this.ctx.book.assertNameFree(name, this.model);
    this.model.name = name;
    return this;
  }

  getSheetId(): number {
    this.touch('getSheetId');
    return this.model.id;
  }

  /** The 1-based position of the tab. */
  getIndex(): number {
    this.touch('getIndex');
    return this.ctx.book.sheets.indexOf(this.model) + 1;
  }

  getParent(): LocalSpreadsheet {
    this.touch('getParent');
    return this.ctx.spreadsheet;
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    this.touch('getType');
    return SheetType.GRID;
  }

  /**
   * A range by 1-based coordinates (`getRange(2, 1, 10, 3)`) or A1 notation (`getRange('A2:C11')`, or another
   * sheet's with `'Other'!A1`).
   * @throws RangeError for coordinates below 1 or past the grid, and `Range not found` for bad notation.
   */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    this.touch('getRange');
    if (typeof rowOrA1 === 'string') return this.rangeByA1(rowOrA1);
    if (column === undefined) throw this.ctx.errors.type('getRange needs a column after the row.');
    const coordinates = { row: rowOrA1, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    return new LocalRange(this.ctx, {
      sheet: this.model,
      grid: checkedGrid(this.ctx, this.model, coordinates, 'Sheet.getRange'),
    });
  }

  private rangeByA1(notation: string): LocalRange {
    const reference = parseA1(notation);
    const sheet = reference?.sheetName ? this.ctx.book.findSheet(reference.sheetName) : this.model;
    if (!reference || !sheet) throw this.ctx.errors.range(MESSAGES.rangeNotFound);
    const grid = gridOf(reference, sheet.maxRows, sheet.maxColumns);
    assertInside(this.ctx, sheet, grid);
    return new LocalRange(this.ctx, { sheet, grid });
  }

  /** From A1 to the last row and column with content; just A1 on an empty sheet. */
  getDataRange(): LocalRange {
    this.touch('getDataRange');
    const numRows = Math.max(this.model.lastRow(), 1);
    const numColumns = Math.max(this.model.lastColumn(), 1);
    return new LocalRange(this.ctx, { sheet: this.model, grid: { row: 1, column: 1, numRows, numColumns } });
  }

  /** The last row with content; 0 on an empty sheet. */
  getLastRow(): number {
    this.touch('getLastRow');
    return this.model.lastRow();
  }

  getLastColumn(): number {
    this.touch('getLastColumn');
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    this.touch('getMaxRows');
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    this.touch('getMaxColumns');
    return this.model.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.touch('insertRowsAfter');
    insertLines(this.ctx, this.model, 'rows', this.position(afterPosition, 'rows') + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.touch('insertRowsBefore');
    insertLines(this.ctx, this.model, 'rows', this.position(beforePosition, 'rows'), howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    this.touch('insertRowAfter');
    insertLines(this.ctx, this.model, 'rows', this.position(afterPosition, 'rows') + 1, 1);
    return this;
  }

  insertRowBefore(beforePosition: number): this {
    this.touch('insertRowBefore');
    insertLines(this.ctx, this.model, 'rows', this.position(beforePosition, 'rows'), 1);
    return this;
  }

  insertRows(rowIndex: number, numRows?: number): void {
    this.touch('insertRows');
    insertLines(this.ctx, this.model, 'rows', this.position(rowIndex, 'rows'), numRows ?? 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.touch('insertColumnsAfter');
    insertLines(this.ctx, this.model, 'columns', this.position(afterPosition, 'columns') + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.touch('insertColumnsBefore');
    insertLines(this.ctx, this.model, 'columns', this.position(beforePosition, 'columns'), howMany);
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    this.touch('insertColumnAfter');
    insertLines(this.ctx, this.model, 'columns', this.position(afterPosition, 'columns') + 1, 1);
    return this;
  }

  insertColumnBefore(beforePosition: number): this {
    this.touch('insertColumnBefore');
    insertLines(this.ctx, this.model, 'columns', this.position(beforePosition, 'columns'), 1);
    return this;
  }

  insertColumns(columnIndex: number, numColumns?: number): void {
    this.touch('insertColumns');
    insertLines(this.ctx, this.model, 'columns', this.position(columnIndex, 'columns'), numColumns ?? 1);
  }

  /** An existing row (column) position. @throws RangeError ("Those rows are out of bounds.") otherwise. */
  private position(value: number, axis: 'rows' | 'columns'): number {
    const max = axis === 'rows' ? this.model.maxRows : this.model.maxColumns;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw this.ctx.errors.range(axis === 'rows' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds);
    }
    return value;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.touch('deleteRows');
    deleteLines(this.ctx, this.model, 'rows', rowPosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.touch('deleteRow');
    deleteLines(this.ctx, this.model, 'rows', rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.touch('deleteColumns');
    deleteLines(this.ctx, this.model, 'columns', columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.touch('deleteColumn');
    deleteLines(this.ctx, this.model, 'columns', columnPosition, 1);
    return this;
  }

  /**
   * Writes `rowContents` in the row after the last row with content, growing the grid when the sheet is full
   * (or the row is wider than the sheet), as Sheets does. Values are read like `setValues` reads them.
   */
  appendRow(rowContents: unknown[]): this {
    this.touch('appendRow', Array.isArray(rowContents) ? rowContents.length : 0);
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw this.ctx.errors.type('appendRow needs a non-empty array of values.');
    }
    const row = this.model.lastRow() + 1;
    growTo(this.ctx, this.model, row, rowContents.length);
    const grid = { row, column: 1, numRows: 1, numColumns: rowContents.length };
    cells.writeInputs(this.ctx, { sheet: this.model, grid }, (_r, c) => rowContents[c]);
    return this;
  }

  /** Clears content and formats (or only what `options` names); rules, filter and notes stay. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    this.touch('clear', this.usedCells());
    const only = options?.contentsOnly || options?.formatOnly;
    if (!only || options?.contentsOnly) cells.clearContent(this.wholeSheet());
    if (!only || options?.formatOnly) cells.clearFormat(this.wholeSheet());
    return this;
  }

  clearContents(): this {
    this.touch('clearContents', this.usedCells());
    cells.clearContent(this.wholeSheet());
    return this;
  }

  clearFormats(): this {
    this.touch('clearFormats', this.usedCells());
    cells.clearFormat(this.wholeSheet());
    return this;
  }

  clearNotes(): this {
    this.touch('clearNotes', this.usedCells());
    this.model.forEachCell(this.wholeSheet().grid, (cell) => delete cell.note);
    return this;
  }

  private wholeSheet() {
    return {
      sheet: this.model,
      grid: { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns },
    };
  }

  private usedCells(): number {
    return this.model.lastRow() * this.model.lastColumn();
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalSheetHasOnlyRealMembers = AssertTrue<OnlyMembers<LocalSheet, SheetMethods>>;
