/**
 * The shape the drift core reads: a table stored by column, name → one value per row, each a number, a
 * string, or `null` for a blank cell. A monitoring run builds one for the reference sample kept with the
 * model version and one for the latest scored students; column order never matters, only names.
 */
import type { StudentRecord } from '../data/dictionary';

/** One value of a column: a number, a string, or `null` when the cell was blank. */
export type DriftValue = string | number | null;

/** A table by column: every column holds one value per row, so all have the same length. */
export type ColumnTable = Readonly<Record<string, readonly DriftValue[]>>;

/**
 * The named columns of `records` as a column table; a column a record lacks reads as `null` (blank). O(rows ×
 * columns).
 */
export function columnTable(records: readonly StudentRecord[], columns: readonly string[]): ColumnTable {
  const table: Record<string, DriftValue[]> = {};
  for (const column of columns) table[column] = records.map((record) => record[column] ?? null);
  return table;
}

/**
 * The number of rows of `table`, checked: every column must have the same length. A table without columns has
 * 0 rows. Throws `RangeError` when the columns' lengths differ; `name` says which table in the message.
 */
export function tableRows(table: ColumnTable, name: string): number {
  let rows: number | undefined;
  for (const [column, values] of Object.entries(table)) {
    if (rows === undefined) rows = values.length;
    else if (values.length !== rows)
      throw new RangeError(
        `Every column of the ${name} table needs ${rows} rows; "${column}" has ${values.length}.`,
      );
  }
  return rows ?? 0;
}

/**
 * The named column of `table`. Throws `RangeError` when the table has no such column, since a test on
 * missing data would report a verdict about nothing.
 */
export function columnOf(table: ColumnTable, column: string, name: string): readonly DriftValue[] {
  const values = table[column];
  if (!values) throw new RangeError(`The ${name} table has no column "${column}".`);
  return values;
}
