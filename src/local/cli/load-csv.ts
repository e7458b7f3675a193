/**
 * Loads a CSV roster into a new local spreadsheet, as a `Students` sheet written with `setValues`: the cells
 * are then typed the way Sheets types an imported CSV (`12` becomes a number, `TRUE` a boolean, `'12` stays
 * text), so the add-on sees what it would see in a real spreadsheet. Comma and semicolon separators, quoted
 * fields and a byte-order mark are handled by `parseCsv`; the text is read as UTF-8.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseCsv } from '../../core/data/csv';
import type { CallLog } from '../call-log';
import type { Realm } from '../realm';
import { LocalSpreadsheet } from '../spreadsheet';
import { InputError, isRangeError } from './cli-errors';

export const ROSTER_SHEET = 'Students';

export interface SpreadsheetDeps {
  calls: CallLog;
  realm: Realm;
}

/**
 * Reads the CSV file at `path` (`shown` is how to name it in messages).
 * @throws InputError when the file is empty, has a header but no students, or has a row of another width.
 */
export function loadCsvRoster(path: string, shown: string, deps: SpreadsheetDeps): LocalSpreadsheet {
  const text = readFileSync(path, 'utf8');
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    // parseCsv names the line of a row whose field count differs from the header's.
    if (error instanceof RangeError) throw new InputError(`${shown}: ${error.message}`);
    throw error;
  }
  const { header, rows } = parsed;
  if (header.every((h) => h.trim() === '')) {
    throw new InputError(`${shown} is empty: a roster needs a header row, then one row per student.`);
  }
  if (rows.length === 0) throw new InputError(`${shown} has a header row but no students below it.`);

  const spreadsheet = new LocalSpreadsheet({
    ...deps,
    name: basename(path, extname(path)),
    timeZone: 'Etc/UTC',
  });
  const sheet = spreadsheet.getSheets()[0];
  if (!sheet) throw new Error('A new local spreadsheet has no sheet.');
  sheet.setName(ROSTER_SHEET);
  const values = [header, ...rows];
  const width = header.length;
  // A new sheet is 1,000 × 26 and a range past the grid throws, as in Sheets: grow it first.
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < values.length) {
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  }
  try {
    sheet.getRange(1, 1, values.length, width).setValues(values);
  } catch (error) {
    // A cell over 50,000 characters or a file over 10 million cells: Sheets' own limits, in the runtime's realm.
    if (isRangeError(error)) throw new InputError(`${shown}: ${error.message}`);
    throw error;
  }
  return spreadsheet;
}
