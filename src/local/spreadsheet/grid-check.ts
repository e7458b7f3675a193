/**
 * The checks `getRange(row, column, numRows, numColumns)` and `offset(...)` make before a range exists, in
 * Sheets' order and with its messages: a start below 1, a size below 1, then a rectangle that reaches past the
 * sheet's last row or column (Sheets does not grow the grid for a range; `insertRowsAfter` does that).
 * Local choice where the docs are silent: a coordinate that is not an integer is a `TypeError` (Apps Script
 * may truncate it; here it is treated as the bug it almost always is).
 */
import type { Grid } from './a1';
import type { Context } from './context';
import { MESSAGES } from './errors';
import type { SheetModel } from './sheet-model';

function assertInteger(ctx: Context, value: unknown, what: string, method: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw ctx.errors.type(`${method}: ${what} must be an integer, got ${String(value)}.`);
  }
  return value;
}

/**
 * The grid for `getRange`-style coordinates on `sheet`.
 * @throws TypeError for non-integers; RangeError with Sheets' messages for bad starts, sizes or bounds.
 */
export function checkedGrid(
  ctx: Context,
  sheet: SheetModel,
  coordinates: { row: unknown; column: unknown; numRows: unknown; numColumns: unknown },
  method: string,
): Grid {
  const row = assertInteger(ctx, coordinates.row, 'the row', method);
  const column = assertInteger(ctx, coordinates.column, 'the column', method);
  const numRows = assertInteger(ctx, coordinates.numRows, 'the number of rows', method);
  const numColumns = assertInteger(ctx, coordinates.numColumns, 'the number of columns', method);
  if (row < 1) throw ctx.errors.range(MESSAGES.startRowTooSmall);
  if (column < 1) throw ctx.errors.range(MESSAGES.startColumnTooSmall);
  if (numRows < 1) throw ctx.errors.range(MESSAGES.rowsAtLeastOne);
  if (numColumns < 1) throw ctx.errors.range(MESSAGES.columnsAtLeastOne);
  assertInside(ctx, sheet, { row, column, numRows, numColumns });
  return { row, column, numRows, numColumns };
}

/** @throws RangeError when `grid` reaches past the sheet's grid. */
export function assertInside(ctx: Context, sheet: SheetModel, grid: Grid): void {
  if (grid.row + grid.numRows - 1 > sheet.maxRows || grid.column + grid.numColumns - 1 > sheet.maxColumns) {
    throw ctx.errors.range(MESSAGES.outsideSheet);
  }
}
