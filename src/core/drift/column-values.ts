/**
 * How one column's cells become the values a drift test compares, and what is left out. Blanks (`null`, or a
 * string of spaces) are ignored and counted: a rising share of blanks is a data-quality signal in its own
 * right, reported beside the drift verdict. In a numeric column a cell that is not a finite number is counted
 * as invalid and left out too; in a categorical column a number is read as its text (`1` is the category
 * `"1"`). Whether a column is numeric comes from the data dictionary unless the caller says.
 */
import { attributeNamed, isBlank, isCategorical } from '../data/dictionary';
import type { DriftValue } from './column-table';

/** `numeric` columns get distribution tests (KS, Wasserstein); `categorical` ones count categories. */
export type ColumnKind = 'numeric' | 'categorical';

/** What one side of one column held. */
export interface ColumnCounts {
  /** Cells in the column (rows of the table). */
  readonly rows: number;
  /** Blank cells: `null` or whitespace only. */
  readonly blank: number;
  /** Non-blank cells that do not fit the kind (a numeric column's text or NaN). */
  readonly invalid: number;
  /** Cells the test uses: rows − blank − invalid. */
  readonly used: number;
  /** blank / rows; 0 for a column without rows. */
  readonly blankShare: number;
}

export interface ColumnValues<T> {
  readonly values: T[];
  readonly counts: ColumnCounts;
}

/**
 * The kind the data dictionary gives `column`: `numeric` for numeric and ordinal attributes (counts, coded
 * scales), `categorical` for binary and nominal ones. Throws `RangeError` for a name the dictionary lacks.
 */
export function dictionaryKind(column: string): ColumnKind {
  return isCategorical(attributeNamed(column)) ? 'categorical' : 'numeric';
}

function counts(rows: number, blank: number, invalid: number): ColumnCounts {
  return { rows, blank, invalid, used: rows - blank - invalid, blankShare: rows === 0 ? 0 : blank / rows };
}

/** The finite numbers of a numeric column, with its counts. O(rows). */
export function numericValues(cells: readonly DriftValue[]): ColumnValues<number> {
  const values: number[] = [];
  let blank = 0;
  for (const cell of cells) {
    if (isBlank(cell)) blank += 1;
    else if (typeof cell === 'number' && Number.isFinite(cell)) values.push(cell);
  }
  return { values, counts: counts(cells.length, blank, cells.length - blank - values.length) };
}

/** The categories of a categorical column as text, with its counts. O(rows). */
export function categoricalValues(cells: readonly DriftValue[]): ColumnValues<string> {
  const values: string[] = [];
  let blank = 0;
  for (const cell of cells) {
    if (isBlank(cell)) blank += 1;
    else if (typeof cell === 'string') values.push(cell);
    else if (Number.isFinite(cell)) values.push(String(cell));
  }
  return { values, counts: counts(cells.length, blank, cells.length - blank - values.length) };
}

function compareCategories(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  if (left < right) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort only asks whether a result is below 0, so 1 and 0 sort alike here
  return left > right ? 1 : 0;
}

/**
 * Counts per category over the union of both sides' categories, sorted (numbers numerically, text by code
 * unit) so results do not depend on row order: `reference[i]` and `current[i]` count `categories[i]`. O(n log n).
 */
export function countCategories<T extends string | number>(
  reference: readonly T[],
  current: readonly T[],
): { categories: T[]; reference: number[]; current: number[] } {
  const tally = new Map<T, [number, number]>();
  const add = (value: T, side: 0 | 1): void => {
    let pair = tally.get(value);
    if (!pair) {
      pair = [0, 0];
      tally.set(value, pair);
    }
    pair[side] += 1;
  };
  for (const value of reference) add(value, 0);
  for (const value of current) add(value, 1);
  const categories = [...tally.keys()].sort(compareCategories);
  return {
    categories,
    reference: categories.map((category) => tally.get(category)?.[0] ?? 0),
    current: categories.map((category) => tally.get(category)?.[1] ?? 0),
  };
}
