/**
 * The `PassCompass properties` sheet: where the offline runner keeps, inside the saved workbook, what Google
 * Sheets keeps in the document's properties (the settings, the salt of the pseudonymous student keys). An .xlsx
 * file has no such store, so without this sheet every offline run would start from the default settings and a
 * new salt. The sheet is written here just before saving, hidden and protected warning-only; it is read and
 * removed again right after loading (read-properties-sheet.ts), so the add-on itself never sees it.
 * The record of which sheets and columns PassCompass made (`passcompass.owned`, sheets/ownership.ts) travels here
 * too, without its sheet ids: an .xlsx file keeps none, and the workbook's sheets get new ids when it is loaded
 * again, so each entry is bound again by its sheet's name.
 */
import { OWNED_KEY, portableOwnership } from '../../sheets/ownership-record';
import type { PropertyMap } from '../services/property-store';
import type { LocalSpreadsheet } from '../spreadsheet';

export const PROPERTIES_SHEET = 'PassCompass properties';
export const PROPERTIES_HEADER = ['Key', 'Value'] as const;

/**
 * Properties that only live while one scoring run is under way (its block-by-block state). A run always
 * finishes before the runner saves, and restoring one from a file could only make the add-on resume a run that
 * is not there, so they are neither written nor read.
 */
/** The add-on keeps this document property while a scoring run has rows left (`jobs/score/scoring-run.ts`). */
export const SCORING_RUN_KEY = 'passcompass.scoringRun';
export const TRANSIENT_KEYS: readonly string[] = [SCORING_RUN_KEY];

/** Says what the sheet is to whoever unhides it in Excel or LibreOffice (the protection's description is not
 * kept in .xlsx files, the note is). */
export const PROPERTIES_NOTE =
  "PassCompass's settings and the salt of its student keys, kept here for offline runs " +
  '(passcompass run --in <this file>): Google Sheets keeps them in the document, an .xlsx file cannot. ' +
  'Change settings with --set key=value rather than here; deleting this sheet resets them to the defaults ' +
  'and gives every student a new key in the Inference log.';

/**
 * Adds the hidden, protected properties sheet at the end of `spreadsheet` with `properties` (transient ones
 * left out), replacing any sheet of that name. The active sheet stays the one it was.
 */
export function writePropertiesSheet(spreadsheet: LocalSpreadsheet, properties: PropertyMap): void {
  const old = spreadsheet.getSheetByName(PROPERTIES_SHEET);
  if (old) spreadsheet.deleteSheet(old);
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(PROPERTIES_SHEET, spreadsheet.getNumSheets());
  // Sorted, so the same store always gives the same sheet (and diffs between two outputs stay small).
  const keys = Object.keys(properties)
    .filter((key) => !TRANSIENT_KEYS.includes(key))
    .sort();
  // The apostrophe keeps each cell text exactly as stored: without it Sheets (and the local runtime) would read
  // `007` as a number, `TRUE` as a boolean and `=...` as a formula. It is not part of the stored value.
  const stored = (key: string): string => {
    const value = properties[key] ?? '';
    return key === OWNED_KEY ? portableOwnership(value) : value;
  };
  const rows = keys.map((key) => [`'${key}`, `'${stored(key)}`]);
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet
    .getRange(1, 1, 1, 2)
    .setValues([[...PROPERTIES_HEADER]])
    .setFontWeight('bold');
  sheet.getRange(1, 1).setNote(PROPERTIES_NOTE);
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, 2).setValues(rows);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidth(2, 640);
  sheet.protect().setWarningOnly(true).setDescription(PROPERTIES_NOTE);
  sheet.hideSheet();
  spreadsheet.setActiveSheet(active);
}
