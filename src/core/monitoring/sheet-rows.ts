/**
 * Sheet row numbers as monitoring reports them: checked, sorted, and only the first few listed, so a
 * sentence points at where to look without turning into a dump of the roster. Row numbers are the only
 * thing about individual students that a monitoring report or alert names; never a cell's value.
 */

/** How many affected rows a data-quality problem lists. */
export const FIRST_ROWS_LISTED = 5;

/** Throws `RangeError` unless `row` is a sheet row number: a whole number ≥ 1. */
export function assertSheetRow(row: number, what: string): void {
  if (!Number.isInteger(row) || row < 1)
    throw new RangeError(`${what} must be a sheet row number (a whole number ≥ 1), got ${row}.`);
}

/** The `FIRST_ROWS_LISTED` smallest distinct rows, ascending. O(n log n). */
export function firstRows(rows: readonly number[]): number[] {
  return [...new Set(rows)].sort((a, b) => a - b).slice(0, FIRST_ROWS_LISTED);
}

/**
 * "row 4", "rows 4 and 9", "rows 4, 9, 12, 15 and 20", or "rows 4, 9, 12, 15, 20 and 7 more" when `total`
 * affected rows are more than the listed ones. "" when nothing is listed.
 */
export function rowsPhrase(listed: readonly number[], total: number): string {
  if (listed.length === 0) return '';
  if (total > listed.length) return `rows ${listed.join(', ')} and ${total - listed.length} more`;
  if (listed.length === 1) return `row ${listed[0]}`;
  return `rows ${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
}
