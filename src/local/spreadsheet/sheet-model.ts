/**
 * The state of one sheet: its grid size, its cells (sparse, so a 1,000 × 26 sheet with ten values holds ten
 * cells), and what it owns besides cells. It knows nothing of the API or of call counting; the `LocalSheet`
 * and `LocalRange` facades do that, and the xlsx bridge works on models directly.
 */
import type { Grid } from './a1';
import { hasContent, type Cell } from './cell';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from './limits';
import type { ChartModel, FilterModel, ProtectionModel, RuleSpec } from './specs';

/** One row of cells; `undefined` where no row was ever written. */
type Line = (Cell | undefined)[] | undefined;

export class SheetModel {
  maxRows: number;
  maxColumns: number;
  /** Cells by 0-based row, then 0-based column; missing entries are empty cells. */
  rows: Line[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  deleted = false;
  rules: RuleSpec[] = [];
  filter: FilterModel | null = null;
  protections: ProtectionModel[] = [];
  charts: ChartModel[] = [];
  columnWidths = new Map<number, number>();
  /** 1-based columns hidden with `hideColumns` (like widths, they stay put when columns are inserted). */
  hiddenColumns = new Set<number>();

  constructor(
    readonly id: number,
    public name: string,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ) {
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  /** Cells in the grid, used or not: what counts toward the 10-million-cell limit. */
  gridCells(): number {
    return this.maxRows * this.maxColumns;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at (row, column), created empty if needed, for writing. */
  writableCell(row: number, column: number): Cell {
    const line = (this.rows[row - 1] ??= []);
    return (line[column - 1] ??= { value: '' });
  }

  /** The last row with content (a value or a formula), 0 when there is none. */
  lastRow(): number {
    for (let r = this.rows.length; r > 0; r -= 1) {
      const line = this.rows[r - 1];
      if (line && line.some(hasContent)) return r;
    }
    return 0;
  }

  /** The last column with content, 0 when there is none. */
  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c -= 1) {
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Visits the cells of `grid` that exist (were ever written), row by row; skips empty positions fast. */
  forEachCell(grid: Grid, visit: (cell: Cell, row: number, column: number) => void): void {
    const lastRow = Math.min(grid.row + grid.numRows, this.rows.length + 1);
    for (let r = grid.row; r < lastRow; r += 1) {
      const line = this.rows[r - 1];
      if (!line) continue;
      const lastColumn = Math.min(grid.column + grid.numColumns, line.length + 1);
      for (let c = grid.column; c < lastColumn; c += 1) {
        const cell = line[c - 1];
        if (cell) visit(cell, r, c);
      }
    }
  }

  /** Inserts `count` empty rows so that the first of them is row `at`; cells below move down. */
  insertRows(at: number, count: number): void {
    // `concat` of sparse arrays keeps the holes: no per-row work, whatever `count` is.
    if (at - 1 < this.rows.length) {
      this.rows = this.rows.slice(0, at - 1).concat(new Array<Line>(count), this.rows.slice(at - 1));
    }
    this.maxRows += count;
  }

  /** Deletes `count` rows starting at row `at`; cells below move up. */
  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
  }

  /** Inserts `count` empty columns so that the first of them is column `at`; cells to the right move right. */
  insertColumns(at: number, count: number): void {
    this.rows = this.rows.map((line) =>
      line && at - 1 < line.length
        ? line.slice(0, at - 1).concat(new Array<Cell | undefined>(count), line.slice(at - 1))
        : line,
    );
    this.maxColumns += count;
  }

  /** Deletes `count` columns starting at column `at`; cells to the right move left. */
  deleteColumns(at: number, count: number): void {
    for (const line of this.rows) line?.splice(at - 1, count);
    this.maxColumns -= count;
  }
}
