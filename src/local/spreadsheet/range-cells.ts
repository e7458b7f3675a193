/**
 * The cell-level work behind `LocalRange`: reading a rectangle into fresh arrays, checking the shape of what
 * is written, and writing values, formulas and formats. Reads hand out new arrays every time (so mutating a
 * result changes nothing) and `Date`s of the add-on's realm; writes check the whole matrix before changing any
 * cell, so a failed `setValues` leaves the sheet as it was.
 */
import type { Cell, CellStyle } from './cell';
import type { Context } from './context';
import { instantOfSerial, isDateFormat, isDateSerialInRange } from './dates';
import { MESSAGES } from './errors';
import { interpretInput, type Interpreted } from './input';
import type { RangeRef } from './specs';

const dateFormats = new Map<string, boolean>();

function isDateFormatCached(format: string | undefined): boolean {
  if (format === undefined) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = isDateFormat(format);
    dateFormats.set(format, known);
  }
  return known;
}

/**
 * The value `getValue()` reports for a cell: `''` when empty, a realm `Date` for a date-formatted number (the
 * number itself when no `Date` can hold it: `isDateSerialInRange`).
 */
export function valueOf(ctx: Context, cell: Cell | undefined): unknown {
  if (cell === undefined) return '';
  const { value } = cell;
  if (
    typeof value === 'number' &&
    isDateFormatCached(cell.style?.numberFormat) &&
    isDateSerialInRange(value)
  ) {
    return new ctx.realm.Date(instantOfSerial(value, ctx.book.timeZone));
  }
  return value;
}

/** A fresh matrix of `read(cell)` over the rectangle. */
export function readMatrix<T>({ sheet, grid }: RangeRef, read: (cell: Cell | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = grid.row; r < grid.row + grid.numRows; r += 1) {
    const line = sheet.rows[r - 1];
    const row: T[] = new Array<T>(grid.numColumns);
    for (let c = 0; c < grid.numColumns; c += 1) row[c] = read(line?.[grid.column - 1 + c]);
    out.push(row);
  }
  return out;
}

/**
 * Checks that `data` is an array of arrays of the range's size.
 * @throws TypeError when it is not an array of arrays; RangeError, with Sheets' message, when a size differs.
 */
export function assertMatrix(ctx: Context, { grid }: RangeRef, data: unknown, method: string): unknown[][] {
  if (!Array.isArray(data))
    throw ctx.errors.type(`The parameters don't match the method signature for ${method}.`);
  if (data.length !== grid.numRows) throw ctx.errors.range(MESSAGES.rowsMismatch(data.length, grid.numRows));
  for (const row of data) {
    if (!Array.isArray(row))
      throw ctx.errors.type(`The parameters don't match the method signature for ${method}.`);
    if (row.length !== grid.numColumns)
      throw ctx.errors.range(MESSAGES.columnsMismatch(row.length, grid.numColumns));
  }
  return data as unknown[][];
}

function store(cell: Cell, interpreted: Interpreted): void {
  cell.value = interpreted.value;
  if (interpreted.formula === undefined) delete cell.formula;
  else cell.formula = interpreted.formula;
  if (interpreted.numberFormat !== undefined) (cell.style ??= {}).numberFormat = interpreted.numberFormat;
}

/**
 * Writes `value(row, column)` (0-based within the range) to every cell, interpreted as Sheets would.
 * Interprets everything first, so that an error (a too-long text) leaves every cell unchanged.
 */
export function writeInputs(
  ctx: Context,
  { sheet, grid }: RangeRef,
  value: (r: number, c: number) => unknown,
): void {
  const tz = ctx.book.timeZone;
  const planned: Interpreted[][] = [];
  for (let r = 0; r < grid.numRows; r += 1) {
    const row: Interpreted[] = new Array<Interpreted>(grid.numColumns);
    for (let c = 0; c < grid.numColumns; c += 1) {
      const format = sheet.cell(grid.row + r, grid.column + c)?.style?.numberFormat;
      row[c] = interpretInput(value(r, c), format, tz, ctx.errors);
    }
    planned.push(row);
  }
  planned.forEach((row, r) =>
    row.forEach((interpreted, c) => {
      const existing = sheet.cell(grid.row + r, grid.column + c);
      if (!existing && interpreted.value === '' && interpreted.formula === undefined) return;
      store(existing ?? sheet.writableCell(grid.row + r, grid.column + c), interpreted);
    }),
  );
}

/** Applies `change` to every cell of the range, creating cells as needed. */
export function changeCells({ sheet, grid }: RangeRef, change: (cell: Cell) => void): void {
  for (let r = grid.row; r < grid.row + grid.numRows; r += 1) {
    for (let c = grid.column; c < grid.column + grid.numColumns; c += 1) change(sheet.writableCell(r, c));
  }
}

/** Applies `change(cell, data[r][c])` to every cell; `data` must already have the range's shape. */
export function changeCellsFrom<T>(
  { sheet, grid }: RangeRef,
  data: T[][],
  change: (cell: Cell, v: T) => void,
): void {
  data.forEach((row, r) =>
    row.forEach((v, c) => change(sheet.writableCell(grid.row + r, grid.column + c), v)),
  );
}

/** Sets (or, for `undefined`, removes) one style property of a cell. */
export function setStyle<K extends keyof CellStyle>(
  cell: Cell,
  key: K,
  value: CellStyle[K] | undefined,
): void {
  if (value === undefined) {
    if (cell.style) delete cell.style[key];
  } else {
    (cell.style ??= {})[key] = value;
  }
}

/** Removes content (value and formula) from the range's cells, keeping formats and notes. */
export function clearContent({ sheet, grid }: RangeRef): void {
  sheet.forEachCell(grid, (cell) => {
    cell.value = '';
    delete cell.formula;
  });
}

/** Removes formats from the range's cells, keeping content and notes. */
export function clearFormat({ sheet, grid }: RangeRef): void {
  sheet.forEachCell(grid, (cell) => delete cell.style);
}
