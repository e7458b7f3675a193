/**
 * Inserting and deleting rows and columns, with Sheets' checks: positions inside the grid ("Those rows are out
 * of bounds."), at least one non-frozen row or column left, and the 10-million-cell limit when the grid grows.
 * Cells move with their rows and columns; conditional-format ranges, the filter and named ranges do not (Sheets
 * moves them; the add-on is not expected to depend on that).
 */
import type { Context } from './context';
import { MESSAGES } from './errors';
import { MAX_COLUMNS } from './limits';
import type { SheetModel } from './sheet-model';

type Axis = 'rows' | 'columns';

function count(ctx: Context, howMany: unknown, axis: Axis): number {
  if (typeof howMany !== 'number' || !Number.isInteger(howMany)) {
    throw ctx.errors.type(`The number of ${axis} must be an integer, got ${String(howMany)}.`);
  }
  if (howMany < 1) throw ctx.errors.range(`The number of ${axis} must be at least 1.`);
  return howMany;
}

function outOfBounds(ctx: Context, axis: Axis): RangeError {
  return ctx.errors.range(axis === 'rows' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds);
}

/**
 * Inserts `howMany` empty rows or columns so that the first one is at position `at` (1 to max + 1).
 * @throws RangeError for a position outside the grid, a count below 1, or a grid past the cell limit.
 */
export function insertLines(ctx: Context, sheet: SheetModel, axis: Axis, at: number, howMany: number): void {
  const n = count(ctx, howMany, axis);
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
  if (!Number.isInteger(at) || at < 1 || at > max + 1) throw outOfBounds(ctx, axis);
  if (axis === 'columns' && sheet.maxColumns + n > MAX_COLUMNS) throw outOfBounds(ctx, axis);
  ctx.book.assertRoomFor(n * (axis === 'rows' ? sheet.maxColumns : sheet.maxRows));
  if (axis === 'rows') sheet.insertRows(at, n);
  else sheet.insertColumns(at, n);
}

/**
 * Deletes `howMany` rows or columns starting at position `at`.
 * @throws RangeError outside the grid, or when no non-frozen row (column) would be left.
 */
export function deleteLines(ctx: Context, sheet: SheetModel, axis: Axis, at: number, howMany: number): void {
  const n = count(ctx, howMany, axis);
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
  if (!Number.isInteger(at) || at < 1 || at + n - 1 > max) throw outOfBounds(ctx, axis);
  const frozen = axis === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
  if (max - n <= frozen) {
    throw ctx.errors.range(axis === 'rows' ? MESSAGES.deleteAllRows : MESSAGES.deleteAllColumns);
  }
  if (axis === 'rows') sheet.deleteRows(at, n);
  else sheet.deleteColumns(at, n);
}

/**
 * Grows the grid so that it has at least `rows` rows and `columns` columns (what `appendRow` does at the
 * bottom of a full sheet).
 * @throws RangeError past the cell limit.
 */
export function growTo(ctx: Context, sheet: SheetModel, rows: number, columns: number): void {
  if (rows > sheet.maxRows) insertLines(ctx, sheet, 'rows', sheet.maxRows + 1, rows - sheet.maxRows);
  if (columns > sheet.maxColumns)
    insertLines(ctx, sheet, 'columns', sheet.maxColumns + 1, columns - sheet.maxColumns);
}
