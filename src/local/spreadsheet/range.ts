/**
 * `Range`: a rectangle of one sheet, fixed when it is made (like Sheets, a range does not follow rows inserted
 * above it). Every method is recorded in the call log with the number of cells it reads or writes. Values go
 * in and out as Sheets does it (see `input.ts` and `range-cells.ts`); formats are kept per cell.
 */
import { a1Of } from './a1';
import { displayText } from './display';
import { MESSAGES } from './errors';
import { LocalFilter } from './filter';
import { checkedGrid } from './grid-check';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import type { RangeMethods } from './members';
import { interpretText } from './input';
import { LocalProtection } from './protection';
import * as cells from './range-cells';
import { RangeFormatting } from './range-formatting';
import type { LocalSheet } from './sheet';

/** A rectangle of one sheet; see `RangeBase` for how the class is split. */
export class LocalRange
  extends RangeFormatting
  implements Subset<GoogleAppsScript.Spreadsheet.Range, RangeMethods>
{
  getValues(): unknown[][] {
    this.touch('getValues', this.size);
    return cells.readMatrix(this.ref, (cell) => cells.valueOf(this.ctx, cell));
  }

  setValues(values: unknown[][]): this {
    this.touch('setValues', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, values, 'SpreadsheetApp.Range.setValues');
    cells.writeInputs(this.ctx, this.ref, (r, c) => data[r]?.[c]);
    return this;
  }

  getValue(): unknown {
    this.touch('getValue', 1);
    return cells.valueOf(this.ctx, this.topLeft());
  }

  /** Writes `value` to every cell of the range, as Sheets does. */
  setValue(value: unknown): this {
    this.touch('setValue', this.size);
    cells.writeInputs(this.ctx, this.ref, () => value);
    return this;
  }

  getDisplayValues(): string[][] {
    this.touch('getDisplayValues', this.size);
    return cells.readMatrix(this.ref, displayText);
  }

  getDisplayValue(): string {
    this.touch('getDisplayValue', 1);
    return displayText(this.topLeft());
  }

  getFormula(): string {
    this.touch('getFormula', 1);
    return this.topLeft()?.formula ?? '';
  }

  getFormulas(): string[][] {
    this.touch('getFormulas', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.formula ?? '');
  }

  /** Sets the same formula text in every cell (Sheets would shift relative references; this does not). */
  setFormula(formula: string): this {
    this.touch('setFormula', this.size);
    cells.writeInputs(this.ctx, this.ref, () => this.formulaInput(formula));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.touch('setFormulas', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, formulas, 'SpreadsheetApp.Range.setFormulas');
    cells.writeInputs(this.ctx, this.ref, (r, c) => this.formulaInput(data[r]?.[c]));
    return this;
  }

  /** A formula goes in as text; an empty string clears the cell. */
  private formulaInput(formula: unknown): unknown {
    if (typeof formula !== 'string')
      throw this.ctx.errors.type(`A formula must be text, got ${String(formula)}.`);
    return formula === ''
      ? ''
      : interpretText(formula, undefined, this.ctx.errors).formula
        ? formula
        : `'${formula}`;
  }

  getRow(): number {
    this.touch('getRow');
    return this.grid.row;
  }

  getRowIndex(): number {
    this.touch('getRowIndex');
    return this.grid.row;
  }

  getColumn(): number {
    this.touch('getColumn');
    return this.grid.column;
  }

  getNumRows(): number {
    this.touch('getNumRows');
    return this.grid.numRows;
  }

  getHeight(): number {
    this.touch('getHeight');
    return this.grid.numRows;
  }

  getNumColumns(): number {
    this.touch('getNumColumns');
    return this.grid.numColumns;
  }

  getWidth(): number {
    this.touch('getWidth');
    return this.grid.numColumns;
  }

  /** The range's own last row (not the sheet's). */
  getLastRow(): number {
    this.touch('getLastRow');
    return this.grid.row + this.grid.numRows - 1;
  }

  getLastColumn(): number {
    this.touch('getLastColumn');
    return this.grid.column + this.grid.numColumns - 1;
  }

  getA1Notation(): string {
    this.touch('getA1Notation');
    return a1Of(this.grid);
  }

  getSheet(): LocalSheet {
    this.touch('getSheet');
    return this.ctx.sheet(this.ref.sheet);
  }

  getGridId(): number {
    this.touch('getGridId');
    return this.ref.sheet.id;
  }

  isEndRowBounded(): boolean {
    this.touch('isEndRowBounded');
    return !this.grid.endRowOpen;
  }

  isEndColumnBounded(): boolean {
    this.touch('isEndColumnBounded');
    return !this.grid.endColumnOpen;
  }

  isBlank(): boolean {
    this.touch('isBlank', this.size);
    let blank = true;
    this.ref.sheet.forEachCell(this.grid, (cell) => {
      if (cell.value !== '' || cell.formula !== undefined) blank = false;
    });
    return blank;
  }

  /** The cell at (row, column) of this range, both 1-based within it. */
  getCell(row: number, column: number): LocalRange {
    this.touch('getCell');
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numColumns) {
      throw this.ctx.errors.range('Cell reference out of range');
    }
    return this.derived({ row: this.grid.row + row - 1, column: this.grid.column + column - 1 }, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    this.touch('offset');
    const start = { row: this.grid.row + rowOffset, column: this.grid.column + columnOffset };
    return this.derived(start, numRows ?? this.grid.numRows, numColumns ?? this.grid.numColumns);
  }

  private derived(start: { row: number; column: number }, numRows: number, numColumns: number): LocalRange {
    const grid = checkedGrid(this.ctx, this.ref.sheet, { ...start, numRows, numColumns }, 'Range.offset');
    return new LocalRange(this.ctx, { sheet: this.ref.sheet, grid });
  }

  /** Clears content and formats, or only what `options` names; notes stay (Sheets clears them separately). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean }): this {
    this.touch('clear', this.size);
    const only = options?.contentsOnly || options?.formatOnly;
    if (!only || options?.contentsOnly) cells.clearContent(this.ref);
    if (!only || options?.formatOnly) cells.clearFormat(this.ref);
    return this;
  }

  clearContent(): this {
    this.touch('clearContent', this.size);
    cells.clearContent(this.ref);
    return this;
  }

  clearFormat(): this {
    this.touch('clearFormat', this.size);
    cells.clearFormat(this.ref);
    return this;
  }

  /** @throws Error, with Sheets' message, when the sheet already has a filter. */
  createFilter(): LocalFilter {
    // One structural change, whatever the range's size: no cell is read or written, so the cost model charges
    // the call only.
    this.touch('createFilter', 0);
    if (this.ref.sheet.filter) throw this.ctx.errors.state(MESSAGES.secondFilter);
    this.ref.sheet.filter = { grid: { ...this.grid }, criteria: new Map() };
    return new LocalFilter(this.ctx, this.ref.sheet);
  }

  /** The sheet's filter (Sheets returns it whatever range asks), or `null`. */
  getFilter(): LocalFilter | null {
    this.touch('getFilter');
    return this.ref.sheet.filter ? new LocalFilter(this.ctx, this.ref.sheet) : null;
  }

  /** Protects this range; each call adds a protection, as in Sheets. */
  protect(): LocalProtection {
    this.touch('protect');
    const model = { type: 'RANGE' as const, grid: { ...this.grid }, description: '', warningOnly: false };
    this.ref.sheet.protections.push(model);
    return new LocalProtection(this.ctx, this.ref.sheet, model);
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalRangeHasOnlyRealMembers = AssertTrue<OnlyMembers<LocalRange, RangeMethods>>;
