/**
 * Puts the roster of `passcompass check` into the model workbook in place of the `Students` sheet it was saved
 * with (the roster that was scored), at the same tab position: the add-on's check reads the sheet called
 * `Students`, so that is the roster it checks. The roster sheet is copied cell by cell, values with their types
 * and formats as they were read (an .xlsx text cell `007` stays text; a CSV was typed as Sheets types an import),
 * with its frozen rows and column widths; its conditional formats, filter and protections are not copied, and
 * the check does not read them.
 */
import { INTERNAL } from '../spreadsheet/context';
import { copySheetContent } from '../spreadsheet/sheet-copy';
import type { LocalSheet, LocalSpreadsheet } from '../spreadsheet';
import { ROSTER_SHEET } from './load-csv';

/**
 * Replaces `target`'s `Students` sheet (added first when it has none) with a copy of `roster`, a sheet of
 * another spreadsheet of the same realm. The copy is named as the roster sheet is (`Students` in any case).
 */
export function replaceRoster(target: LocalSpreadsheet, roster: LocalSheet): LocalSheet {
  const old = target.getSheetByName(ROSTER_SHEET);
  const at = old ? old.getIndex() - 1 : 0;
  const sheet = target.insertSheet(freeName(target), at);
  // Grown through the API, so the spreadsheet's cell limit is checked as for any other sheet.
  if (sheet.getMaxRows() < roster.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), roster.getMaxRows() - sheet.getMaxRows());
  if (sheet.getMaxColumns() < roster.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), roster.getMaxColumns() - sheet.getMaxColumns());
  copySheetContent(roster[INTERNAL], sheet[INTERNAL]);
  if (old) target.deleteSheet(old);
  sheet.setName(roster.getName());
  target.setActiveSheet(sheet);
  return sheet;
}

/** A sheet name `target` does not use yet, for the copy until the old roster is gone. */
function freeName(target: LocalSpreadsheet): string {
  for (let i = 1; ; i += 1) {
    const name = `${ROSTER_SHEET} (checked ${i})`;
    if (!target.getSheetByName(name)) return name;
  }
}
