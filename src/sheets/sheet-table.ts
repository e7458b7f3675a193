/**
 * `SheetTable` over a real sheet, found through its `SheetPlace`: the teacher's `Students` sheet by name, or one
 * of PassCompass's own (Data issues, Summary) through the ownership record, so that a teacher's sheet of the
 * same name is never replaced (sheets/ownership.ts). Reads with one `getValues()` and writes with one
 * `setValues()`, whatever the row count; text is escaped so that nothing written becomes a formula. The grid is
 * resized to the table (rows and columns inserted or deleted in at most one call each), because Sheets refuses
 * a range that reaches past the sheet's last row or column.
 *
 * A table PassCompass has a layout for (layouts/: Data issues, Summary), found by its header row, is laid out
 * when its sheet is created (or, for a sheet an earlier PassCompass made, at its next rewrite), and every
 * rewrite sets its number formats, wrapping, bold header rows and alignment, one call each. Any other table
 * (the roster loaded from the sample) only gets its header row bold.
 */
import { escapeForSheet } from '../core/data/formula-escape';
import { sheetTimestampFormat } from '../core/time/timestamp-format';
import type { CellValue, OwnColumn, SheetTable } from '../jobs/ports';
import { lacksLayout, layOutColumns, styleBlock } from './apply-layout';
import { layoutFor } from './layouts';
import type { SheetOwnership, SheetPlace } from './ownership';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableOptions {
  /**
   * A sheet PassCompass creates for itself (Data issues, Summary): it gets a warning-only protection when it is
   * created, so a person editing it is reminded that PassCompass rewrites it.
   */
  rewrittenByPassCompass?: boolean;
  /** For the roster: the record of PassCompass's own columns in it, for `ownColumns`. */
  columns?: SheetOwnership;
}

export class SpreadsheetTable implements SheetTable {
  constructor(
    private readonly place: SheetPlace,
    private readonly options: TableOptions = {},
  ) {}

  read(): CellValue[][] {
    const sheet = this.place.find();
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues() as CellValue[][];
    return values.length === 1 && values[0]?.length === 1 && values[0][0] === '' ? [] : values;
  }

  replace(values: CellValue[][]): void {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0) throw new RangeError('A table needs at least a header row.');
    const layout = layoutFor(values[0] ?? []);
    let laidOut = false;
    const sheet = this.place.findOrCreate((created, name) => {
      if (this.options.rewrittenByPassCompass) {
        created.protect().setDescription(`${name}: rewritten by PassCompass`).setWarningOnly(true);
      }
      if (layout) layOutColumns(created, layout);
      laidOut = true;
    });
    resizeGrid(sheet, values.length, width);
    if (layout && !laidOut && lacksLayout(sheet, layout)) layOutColumns(sheet, layout);
    const range = sheet.getRange(1, 1, values.length, width);
    range.setValues(values.map((row) => row.map(escapeForSheet)));
    sheet.setFrozenRows(1);
    const timeFormat = () => sheetTimestampFormat(sheet.getParent().getSpreadsheetLocale());
    if (layout) styleBlock(range, values, layout, timeFormat, true);
    else sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  }

  name(): string {
    return this.place.find()?.getName() ?? this.place.usual;
  }

  ownColumns(columns: readonly OwnColumn[], table: readonly CellValue[][]): number[] {
    const sheet = this.place.find();
    if (!sheet || !this.options.columns) return columns.map(() => -1);
    return this.options.columns.ownColumns(sheet, this.place.usual, columns, table);
  }
}

/** Makes the sheet's grid exactly `rows` × `columns`: inserted or deleted at its edges, one call each at most. */
export function resizeGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}
