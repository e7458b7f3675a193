/**
 * A1 notation: parsing what the add-on passes to `getRange('B2:D10')` and printing what `getA1Notation()`
 * returns. Sheets accepts single cells, rectangles, whole columns (`A:C`), whole rows (`2:5`), rectangles open at
 * the bottom (`A2:C`), `$` anchors, lower case, and an optional sheet name (`'Risk log'!A1:B2`).
 */

/** A rectangle of a sheet, 1-based. `endRowOpen` marks `A2:C` and `A:C` (to the last row), likewise columns. */
export interface Grid {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  endRowOpen?: boolean;
  endColumnOpen?: boolean;
}

/** A parsed A1 reference before it meets a sheet: `null` bounds are open (whole rows or columns). */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** `1` → `A`, `27` → `AA`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `A` → `1`, `aa` → `27`. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `'My sheet'!A1:B2` into the sheet name (quotes removed, `''` unescaped) and the range part. */
function splitSheetName(notation: string): { sheetName: string | null; rest: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, rest: notation };
  let name = notation.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
    name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, rest: notation.slice(bang + 1) };
}

/** Parses A1 notation; `null` when it is not a reference Sheets would accept. */
export function parseA1(notation: string): A1Reference | null {
  const { sheetName, rest } = splitSheetName(notation.trim());
  const parts = rest.split(':');
  if (parts.length > 2 || rest === '') return null;
  const [first, second = first] = parts.map((p) => PART.exec(p.trim()));
  if (!first || !second) return null;
  const [, c1 = '', r1 = ''] = first;
  const [, c2 = '', r2 = ''] = second;
  if ((c1 === '' && r1 === '') || (c2 === '' && r2 === '')) return null;
  const single = parts.length === 1;
  // A single part must name a cell; `A` or `3` alone is not a reference.
  if (single && (c1 === '' || r1 === '')) return null;
  const startColumn = c1 === '' ? null : columnNumber(c1);
  const endColumn = c2 === '' ? null : columnNumber(c2);
  const startRow = r1 === '' ? null : Number(r1);
  const endRow = r2 === '' ? null : Number(r2);
  // `1:3` names whole rows and `A:C` whole columns: both sides must be open on the same axis...
  if ((startColumn === null) !== (endColumn === null)) return null;
  // ...except `A2:C`, a rectangle open at the bottom, which Sheets accepts.
  if (startRow === null && endRow !== null) return null;
  if (startRow === 0 || endRow === 0) return null;
  return {
    sheetName,
    startRow: startRow !== null && endRow !== null ? Math.min(startRow, endRow) : startRow,
    endRow: startRow !== null && endRow !== null ? Math.max(startRow, endRow) : endRow,
    startColumn: startColumn !== null && endColumn !== null ? Math.min(startColumn, endColumn) : startColumn,
    endColumn: startColumn !== null && endColumn !== null ? Math.max(startColumn, endColumn) : endColumn,
  };
}

/** The rectangle `reference` names on a sheet of `maxRows` × `maxColumns` (open bounds reach the edge). */
export function gridOf(reference: A1Reference, maxRows: number, maxColumns: number): Grid {
  const row = reference.startRow ?? 1;
  const column = reference.startColumn ?? 1;
  const lastRow = reference.endRow ?? maxRows;
  const lastColumn = reference.endColumn ?? maxColumns;
  const grid: Grid = { row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 };
  if (reference.endRow === null) grid.endRowOpen = true;
  if (reference.endColumn === null) grid.endColumnOpen = true;
  return grid;
}

/** The A1 notation of a rectangle, as `Range.getA1Notation()` prints it (`B2`, `A1:C3`, `A:A`, `A2:C`, `3:3`). */
export function a1Of(grid: Grid): string {
  const left = columnLetters(grid.column);
  const right = columnLetters(grid.column + grid.numColumns - 1);
  const lastRow = grid.row + grid.numRows - 1;
  if (grid.endColumnOpen && grid.column === 1) return `${grid.row}:${lastRow}`;
  if (grid.endRowOpen) return grid.row === 1 ? `${left}:${right}` : `${left}${grid.row}:${right}`;
  if (grid.numRows === 1 && grid.numColumns === 1) return `${left}${grid.row}`;
  return `${left}${grid.row}:${right}${lastRow}`;
}

/** A sheet name as it must appear before `!`: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
