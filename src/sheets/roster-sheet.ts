/**
 * `RosterSheet` over the Students sheet. Reads come in blocks (one `getValues` per block); writes touch only
 * PassCompass's own columns, one `setValues` per run of adjacent own columns, so a teacher's cell is never
 * rewritten. Own columns are found by the header PassCompass gave them, through the ownership record, so they may
 * be moved; a teacher's column of the same name is never taken for one (ownership.ts).
 */
import { escapeForSheet } from '../core/data/formula-escape';
import { sheetTimestampFormat } from '../core/time/timestamp-format';
import type { CellValue, OwnColumn, RosterSheet } from '../jobs/ports';
import type { SheetOwnership } from './ownership';
import { adjacentRuns } from './adjacent-runs';
import { styleOwnColumns } from './risk-colours';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SpreadsheetRosterSheet implements RosterSheet {
  private sheet: Sheet | null | undefined;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly sheetName: string,
    private readonly ownership: SheetOwnership,
  ) {}

  layout(): { header: CellValue[]; dataRows: number } {
    const sheet = this.existing();
    if (!sheet) return { header: [], dataRows: 0 };
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    if (lastRow === 0 || lastColumn === 0) return { header: [], dataRows: 0 };
    const [header = []] = sheet.getRange(1, 1, 1, lastColumn).getValues() as CellValue[][];
    return { header, dataRows: lastRow - 1 };
  }

  readRows(first: number, count: number, width: number): CellValue[][] {
    return this.required()
      .getRange(first + 2, 1, count, width)
      .getValues() as CellValue[][];
  }

  ensureColumns(
    columns: readonly OwnColumn[],
    header: readonly CellValue[],
    dataRows: number,
  ): { columns: number[]; headers: string[] } {
    return this.ownership.ensureColumns(this.required(), this.sheetName, columns, header, dataRows);
  }

  writeColumns(columns: readonly number[], first: number, values: CellValue[][]): void {
    if (values.length === 0) return;
    const sheet = this.required();
    for (const run of adjacentRuns(columns)) {
      const block = values.map((row) => run.positions.map((p) => escapeForSheet(row[p] ?? '')));
      sheet.getRange(first + 2, run.start + 1, values.length, run.positions.length).setValues(block);
    }
  }

  readColumn(column: number, count: number): CellValue[] {
    if (count === 0) return [];
    return (
      this.required()
        .getRange(2, column + 1, count, 1)
        .getValues() as CellValue[][]
    ).map((row) => row[0] ?? '');
  }

  style(
    columns: { risk: number; tier: number; reasons: number; version: number; scoredAt: number },
    dataRows: number,
    notes: { risk: string; tier: string; reasons: string },
  ): void {
    styleOwnColumns(this.required(), columns, dataRows, notes, () =>
      sheetTimestampFormat(this.spreadsheet.getSpreadsheetLocale()),
    );
  }

  private existing(): Sheet | null {
    if (this.sheet === undefined) this.sheet = this.spreadsheet.getSheetByName(this.sheetName);
    return this.sheet;
  }

  private required(): Sheet {
    const sheet = this.existing();
    if (!sheet) throw new RangeError(`There is no sheet named ${this.sheetName}.`);
    return sheet;
  }
}
