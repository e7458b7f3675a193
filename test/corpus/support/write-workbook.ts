/**
 * Puts a generated workbook into a local spreadsheet as a teacher would have made it: the roster sheet with
 * its cells, frozen panes, filter, conditional formats and notes, and the teacher's other sheets.
 */
import type { LocalRuntime } from '../../../src/local/runtime';
import type { LocalSheet, LocalSpreadsheet } from '../../../src/local/spreadsheet';
import type { Cell, Table } from './cells';
import { type RosterSheetRecipe, type TeacherSheetRecipe, teacherSheetCells } from './workbook-recipes';

/** Grows `sheet` so that `rows` × `columns` fit (a new sheet is 1,000 × 26, and a range past it throws). */
export function fit(sheet: LocalSheet, rows: number, columns: number): void {
  if (sheet.getMaxColumns() < columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
}

/** Writes `cells` (rows of equal width) from A1, as typed into the sheet. */
export function writeCells(sheet: LocalSheet, cells: Cell[][]): void {
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0) return;
  fit(sheet, cells.length, width);
  sheet.getRange(1, 1, cells.length, width).setValues(cells);
}

/** The roster sheet, named and set up as `recipe` says, holding `table`. */
export function writeRosterSheet(runtime: LocalRuntime, table: Table, recipe: RosterSheetRecipe): LocalSheet {
  const sheet = runtime.spreadsheet.insertSheet(recipe.name);
  const cells = [table.header, ...table.rows];
  writeCells(sheet, cells);
  const width = table.header.length;
  const height = cells.length;
  if (width === 0) return sheet;
  if (recipe.frozenRows > 0) sheet.setFrozenRows(recipe.frozenRows);
  if (recipe.frozenColumns > 0) sheet.setFrozenColumns(Math.min(recipe.frozenColumns, width));
  for (const note of recipe.notes) {
    sheet.getRange(1 + (note.row % height), 1 + (note.column % width)).setNote(`teacher's note ${note.row}`);
  }
  const app = runtime.SpreadsheetApp;
  const dataRange = (column: number) =>
    sheet.getRange(Math.min(2, height), column, Math.max(height - 1, 1), 1);
  const tierLike = table.header.findIndex((h) => typeof h === 'string' && /tier/i.test(h));
  const rules = recipe.rules.map((kind, i) => {
    const builder = app.newConditionalFormatRule().setBackground(i === 0 ? '#00ff00' : '#123456');
    switch (kind) {
      case 'number':
        return builder
          .whenNumberGreaterThan(10)
          .setRanges([dataRange(width)])
          .build();
      case 'tierText':
        // A teacher's colours for their own tiers, in PassCompass's very shape.
        return builder
          .whenTextEqualTo('High')
          .setRanges([dataRange(tierLike >= 0 ? tierLike + 1 : 1)])
          .build();
      case 'text':
        return builder
          .whenTextContains('GP')
          .setRanges([dataRange(1)])
          .build();
      default:
        return builder
          .whenCellNotEmpty()
          .setRanges([sheet.getRange(1, 1, height, width)])
          .build();
    }
  });
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  if (recipe.filter) {
    const last = 1 + ((recipe.filter.lastColumn - 1) % width);
    const filter = sheet.getRange(1, 1, height, last).createFilter();
    if (recipe.filter.criteria)
      filter.setColumnFilterCriteria(1, app.newFilterCriteria().whenCellNotEmpty().build());
  }
  return sheet;
}

/** Adds the teacher's own sheets. */
export function writeTeacherSheets(
  spreadsheet: LocalSpreadsheet,
  recipes: readonly TeacherSheetRecipe[],
): void {
  for (const recipe of recipes) {
    const sheet = spreadsheet.insertSheet(recipe.name);
    const cells = teacherSheetCells(recipe);
    writeCells(sheet, cells);
    if (recipe.content !== 'empty') sheet.getRange(1, 1).setNote('Started in September');
    if (recipe.protection === 'mine') sheet.protect().setDescription('My lesson notes').setWarningOnly(true);
    if (recipe.protection === 'locked') sheet.protect();
  }
}
