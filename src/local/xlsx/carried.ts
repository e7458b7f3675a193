/**
 * What a workbook holds that the local spreadsheet has no model for, carried from `readXlsx` to `writeXlsx` beside
 * the model (keyed by its objects, so nothing is kept once the spreadsheet is gone), so that a roster read from
 * a teacher's file and saved again keeps it:
 *
 * - merged ranges. The runtime has no merges (the add-on never merges or reads merges), so a merged range is an
 *   opaque record: its top-left cell and its size. It follows that cell when rows or columns are inserted or
 *   deleted before it, and is dropped when the cell is gone or when another cell of the range has been given
 *   content (a merge would hide it). As in Sheets, only the top-left cell of a merged range has a value.
 * - error values (`#DIV/0!`, `#N/A`, ...) typed or pasted as values. The runtime stores an error as its text,
 *   as Sheets' `getValue()` returns it; the cell is written back as an error while it still holds that text.
 *   A copy of the cell (sorting, `copyTo`) is text.
 */
import type { Cell } from '../spreadsheet/cell';
import type { SheetModel } from '../spreadsheet/sheet-model';

export interface CarriedMerge {
  /** The range's top-left cell, whose place in the sheet is the range's place. */
  master: Cell;
  rows: number;
  columns: number;
}

const merges = new WeakMap<SheetModel, CarriedMerge[]>();
const errors = new WeakMap<Cell, string>();

export function carryMerges(sheet: SheetModel, list: CarriedMerge[]): void {
  if (list.length > 0) merges.set(sheet, list);
  else merges.delete(sheet);
}

/** The merged ranges read with `sheet`; empty when there were none. */
export function carriedMerges(sheet: SheetModel): readonly CarriedMerge[] {
  return merges.get(sheet) ?? [];
}

/** Records that `cell` was read as the error `value`. */
export function carryError(cell: Cell, value: string): void {
  errors.set(cell, value);
}

/** True when `cell` was read as an error and still holds it (no formula, the same text). */
export function isCarriedError(cell: Cell): boolean {
  return cell.formula === undefined && errors.get(cell) === cell.value;
}
