/**
 * The state of one spreadsheet: its sheets in tab order, the active sheet, named ranges and the toasts shown.
 * It enforces the rules that span sheets: unique sheet names (compared without case, as Sheets does), at least
 * one visible sheet, and the 10-million-cell limit counted over every sheet's whole grid.
 */
import { MESSAGES, type Errors } from './errors';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, MAX_CELLS } from './limits';
import { SheetModel } from './sheet-model';
import type { RangeRef } from './specs';

export interface Toast {
  message: string;
  title: string;
  timeout: number | null;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  readonly namedRanges = new Map<string, RangeRef>();
  readonly toasts: Toast[] = [];
  private sheetsCreated = 0;
  /** The spreadsheet's locale (File ▸ Settings), e.g. `en_US`; Sheets' default for a new file in the US. */
  locale = 'en_US';

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    readonly errors: Errors,
  ) {}

  /** Cells in every sheet's grid, used or not. */
  totalCells(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.gridCells(), 0);
  }

  /**
   * Checks that `extra` more grid cells keep the spreadsheet within 10 million.
   * @throws RangeError with Sheets' message otherwise.
   */
  assertRoomFor(extra: number): void {
    if (this.totalCells() + extra > MAX_CELLS) throw this.errors.range(MESSAGES.tooManyCells(MAX_CELLS));
  }

  /** The sheet called `name`, ignoring case; `null` when there is none. */
  findSheet(name: string): SheetModel | null {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null;
  }

  /**
   * Checks that `name` is free for `sheet` (another sheet may not have it, in any case).
   * @throws Error with Sheets' message when it is taken; TypeError when it is empty.
   */
  assertNameFree(name: string, sheet: SheetModel | null = null): void {
    if (name.trim() === '') throw this.errors.type('A sheet name cannot be empty.');
    const other = this.findSheet(name);
    if (other && other !== sheet) throw this.errors.state(MESSAGES.duplicateSheetName(name));
  }

  /** The first free default name: `Sheet1`, `Sheet2`, ... */
  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n += 1) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  /**
   * Adds a sheet at 0-based `index` (the end when absent) and returns it.
   * @throws Error for a taken name; RangeError past the cell limit or for a bad index.
   */
  addSheet(
    name: string,
    index = this.sheets.length,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ): SheetModel {
    this.assertNameFree(name);
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length) {
      throw this.errors.range(`Invalid sheet index ${index}: there are ${this.sheets.length} sheets.`);
    }
    this.assertRoomFor(rows * columns);
    const sheet = new SheetModel(this.nextSheetId(), name, rows, columns);
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  /**
   * Removes a sheet, its named ranges, and moves the active sheet away from it.
   * @throws Error when it is the last sheet.
   */
  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw this.errors.state(MESSAGES.removeAllSheets);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const [name, ref] of this.namedRanges) if (ref.sheet === sheet) this.namedRanges.delete(name);
    if (this.active === sheet) this.active = this.sheets.find((s) => !s.hidden) ?? this.sheets[0] ?? null;
  }

  /** The active sheet; a spreadsheet always has one once it has a sheet. */
  activeSheet(): SheetModel {
    const active = this.active ?? this.sheets[0];
    if (!active) throw this.errors.state('The spreadsheet has no sheets.');
    return active;
  }

  /**
   * Sheet ids are not positions: the first sheet is 0 (as in Sheets) and later ones are large, distinct
   * numbers, so code that confuses `getSheetId()` with `getIndex()` fails here as it would in Sheets.
   */
  private nextSheetId(): number {
    const n = this.sheetsCreated;
    this.sheetsCreated += 1;
    return n === 0 ? 0 : (n * 1_000_003 + 123_456_789) % 2_000_000_000;
  }
}
