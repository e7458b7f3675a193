/**
 * Saves the result as an .xlsx workbook without ever leaving a half-written file under the output name: the
 * workbook is written to a hidden temporary file beside it, then renamed over it in one step.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LocalSpreadsheet } from '../spreadsheet';
import { writeXlsx } from '../xlsx';
import { ROSTER_SHEET } from './load-csv';

/**
 * Writes `spreadsheet` to `output` (an absolute path whose folder exists), replacing any file there. The
 * workbook opens on the roster (the add-on's last click may have left another sheet active, as a new sheet is).
 */
export async function saveWorkbook(spreadsheet: LocalSpreadsheet, output: string): Promise<void> {
  const roster = spreadsheet.getSheetByName(ROSTER_SHEET);
  if (roster) spreadsheet.setActiveSheet(roster);
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeXlsx(spreadsheet, temporary);
    renameSync(temporary, output);
  } finally {
    rmSync(temporary, { force: true });
  }
}
